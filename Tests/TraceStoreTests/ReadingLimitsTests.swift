import Foundation
import Testing
import TraceModel
import TraceStore

/// Limits applied while reading: an overlong line is refused without being held whole, and a store written by a later
/// FoodTrace is refused rather than opened and written.
@Suite("limits while reading input and stores")
struct ReadingLimitsTests {
    // Guards: a 3 MiB line is refused as too long (naming its line), and the records around it are read as usual.
    @Test func anOverlongLineIsRefusedWhileReading() throws {
        let directory = try TemporaryDirectory()
        let chain = try ChainBuilder()
        let sample = try chain.sampleChain()
        let path = directory.file("records.jsonl")
        var bytes = sample.records[0].canonicalBytes + [0x0A]
        bytes += Array(repeating: UInt8(ascii: "x"), count: 3 << 20) + [0x0A]
        bytes += sample.records[1].canonicalBytes + [0x0A]
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let store = try TraceStore.create(path: directory.file("store.sqlite"), anchors: chain.anchors)
        let report = try store.ingest(
            try IngestInput.file(path), source: "records.jsonl", now: ChainBuilder.ingestClock(1_000))
        #expect(report.rejected.map(\.line) == [2])
        #expect(report.rejected.first?.reason.contains("longer than 1048576 bytes") == true, "\(report.rejected)")
        #expect(try store.counts()["records"] == 0)
        // Just within the limit is read (and refused for what it is, not for its length).
        var within = sample.records[0].canonicalBytes + [0x0A]
        within += Array(repeating: UInt8(ascii: " "), count: (1 << 20) - 2) + Array("{}".utf8) + [0x0A]
        try Data(within).write(to: URL(fileURLWithPath: path))
        let second = try store.ingest(
            try IngestInput.file(path), source: "records.jsonl", now: ChainBuilder.ingestClock(2_000))
        #expect(second.rejected.first.map { !$0.reason.contains("longer than") } == true, "\(second.rejected)")
    }

    // Guards: a store with a schema migration this FoodTrace does not know is refused, with a message saying so.
    @Test func aStoreFromALaterVersionIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        _ = try TraceStore.create(path: path, anchors: try ChainBuilder().anchors)
        _ = try TraceStore.open(path: path)
        try RawDatabase.execute(path: path, "INSERT INTO grdb_migrations(identifier) VALUES ('v99: from the future')")
        #expect {
            _ = try TraceStore.open(path: path)
        } throws: { error in
            "\(error)".contains("written by a later version of FoodTrace")
                && "\(error)".contains("v99: from the future")
        }
        try RawDatabase.execute(path: path, "DELETE FROM grdb_migrations WHERE identifier LIKE 'v99:%'")
        try RawDatabase.execute(path: path, "UPDATE config SET value = '2' WHERE key = 'version'")
        #expect(throws: StoreError.self) { _ = try TraceStore.open(path: path, readOnly: true) }
    }
}
