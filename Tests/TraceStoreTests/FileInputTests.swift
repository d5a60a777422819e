import Foundation
import Testing
import TraceCrypto
import TraceModel

@testable import TraceStore

/// Ingest of a file read block by block: lines split as in memory, across blocks; the same reports as lines in
/// memory, refusals included (the record-by-record pass reads the file again); a file that cannot be read.
@Suite("ingest from a file")
struct FileInputTests {
    /// Text with CRLF and LF endings, blank and whitespace-only lines, lines longer than a read block and a last
    /// line without its line feed.
    private func awkwardText() -> [UInt8] {
        var text: [UInt8] = []
        for index in 0..<3_000 {
            switch index % 7 {
            case 0: text += Array("line \(index)\r\n".utf8)
            case 1: text += Array("\n".utf8)
            case 2: text += Array(" \t \r\n".utf8)
            case 3: text += Array(repeating: UInt8(ascii: "x"), count: 700 + index) + [0x0A]
            default: text += Array("{\"n\":\(index)}\n".utf8)
            }
        }
        text += Array(repeating: UInt8(ascii: "y"), count: 1_500_000) + [0x0D, 0x0A]
        text += Array("last".utf8)
        return text
    }

    // Guards: the file reader numbers, trims and skips lines exactly as the in-memory split does, wherever a
    // block ends.
    @Test func aFileSplitsIntoTheSameLinesAsItsBytes() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("input.jsonl")
        let text = awkwardText()
        try Data(text).write(to: URL(fileURLWithPath: path))
        let expected = IngestLine.split(text)
        let read = try IngestInput.file(path).lines()
        #expect(read.count == expected.count)
        #expect(read.map(\.number) == expected.map(\.number))
        #expect(read.map(\.bytes) == expected.map(\.bytes))
        #expect(expected.last.map { String(decoding: $0.bytes, as: UTF8.self) } == "last")
        #expect(expected.contains { $0.bytes.count == 1_500_000 })
        #expect(!expected.contains { $0.bytes.last == 0x0D || $0.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } })
        // Read a few lines at a time, as ingest does.
        let reader = try IngestInput.file(path).reader()
        var chunked: [IngestLine] = []
        while case let next = try reader.next(upTo: 5), !next.isEmpty { chunked += next }
        #expect(chunked.map(\.number) == expected.map(\.number))
    }

    private func writeLines(_ records: [TraceModel.Record], _ directory: TemporaryDirectory) throws -> String {
        let path = directory.file("records.jsonl")
        var text: [UInt8] = []
        for record in records { text += record.canonicalBytes + [0x0A] }
        try Data(text).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func longChain(_ chain: ChainBuilder) throws -> [TraceModel.Record] {
        let (farm, register) = try chain.registration("FARM-510112-003", role: .farm, area: "510112", node: "003")
        var records = [register]
        for _ in 0..<400 { records.append(try chain.produce(farm).0) }
        return records
    }

    // Guards: a file input is applied whole, in order, and a second time adds nothing.
    @Test func aFileIsIngestedLikeItsLines() throws {
        let chain = try ChainBuilder()
        let directory = try TemporaryDirectory()
        let store = try TraceStore.create(path: directory.file("store.sqlite"), anchors: chain.anchors)
        let records = try longChain(chain)
        let input = try IngestInput.file(try writeLines(records, directory))
        let report = try store.ingest(input, source: "records.jsonl", now: ChainBuilder.ingestClock(1_000))
        #expect(report.rejected.isEmpty && report.committed)
        #expect(try store.lastRecordIDs(report.accepted) == records.map(\.id))
        let again = try store.ingest(input, source: "records.jsonl", now: ChainBuilder.ingestClock(2_000))
        #expect(again.accepted == 0 && again.alreadyPresent == records.count)
    }

    // Guards: a refusal in a file is found by the record-by-record pass, which reads the file again: the line
    // and reason are reported, and nothing (or, with `partial`, everything else) is kept.
    @Test(arguments: [false, true])
    func aRefusalInAFileIsReportedWithItsLine(partial: Bool) throws {
        let chain = try ChainBuilder()
        let directory = try TemporaryDirectory()
        let store = try TraceStore.create(path: directory.file("store.sqlite"), anchors: chain.anchors)
        var records = try longChain(chain)
        // The chain's last record: the others stay valid without it.
        records[records.count - 1] = records[records.count - 1].withFlippedSignature()
        let input = try IngestInput.file(try writeLines(records, directory))
        let report = try store.ingest(
            input, source: "records.jsonl", partial: partial, now: ChainBuilder.ingestClock(1_000))
        #expect(report.rejected.map(\.line) == [records.count])
        #expect(report.rejected.first?.field == "$.sig.value")
        #expect(report.committed == partial)
        #expect(try store.counts()["records"] == (partial ? records.count - 1 : 0))
    }

    // Guards: input that cannot be read twice (a pipe) is read whole first, so that a refusal is still reported by
    // the record-by-record pass.
    @Test func aPipeIsReadWholeBeforeIngest() throws {
        let chain = try ChainBuilder()
        let directory = try TemporaryDirectory()
        var records = try longChain(chain)
        records[records.count - 1] = records[records.count - 1].withFlippedSignature()
        let fifo = directory.file("records.fifo")
        try #require(mkfifo(fifo, 0o600) == 0)
        var text: [UInt8] = []
        for record in records { text += record.canonicalBytes + [0x0A] }
        let bytes = text
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            handle.write(Data(bytes))
            try? handle.close()
        }
        writer.start()
        let input = try IngestInput.file(fifo)
        let report = try chain.store.ingest(input, source: "records.fifo", now: ChainBuilder.ingestClock(1_000))
        #expect(report.rejected.map(\.line) == [records.count])
        #expect(!report.committed)
    }

    // Guards: a missing file is refused before anything is read, and a file that cannot be read (a directory)
    // when ingest reads it, with nothing stored.
    @Test func aFileThatCannotBeReadIsRefused() throws {
        let chain = try ChainBuilder()
        let directory = try TemporaryDirectory()
        let missing = directory.file("missing.jsonl")
        #expect(throws: StoreError.self) { try IngestInput.file(missing) }
        do {
            _ = try IngestInput.file(missing)
        } catch {
            #expect(error.code == .badInput)
            #expect(error.message == "\(missing): cannot read the file")
        }
        let before = try StoreSnapshot(chain.store)
        do {
            _ = try chain.store.ingest(
                try IngestInput.file(directory.path), source: directory.path, now: ChainBuilder.ingestClock(1_000))
            Issue.record("a directory was ingested")
        } catch {
            #expect(error.code == .badInput)
            #expect(error.message == "\(directory.path): cannot read the file")
        }
        #expect(try StoreSnapshot(chain.store) == before)
    }
}
