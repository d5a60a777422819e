import GRDB
import Testing
import TraceCrypto

@testable import TraceStore

/// Whole-store scans read the file instead of mapping it (mapped pages count as the process's memory, so an export
/// of a large store would look as large as the store); other reads keep their mapping.
@Suite struct ScanMappingTests {
    @Test func scansReadTheFileAndReadersGetTheirMappingBack() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        _ = try ChainBuilder(storeAt: path)
        let store = try TraceStore.open(path: path, readOnly: true)
        func mapped(_ db: Database) throws -> Int? { try Int.fetchOne(db, sql: "PRAGMA mmap_size") }
        #expect(try store.read(mapped) == TraceStore.readerMapBytes)
        #expect(try store.scan(mapped) == 0)
        #expect(try store.read(mapped) == TraceStore.readerMapBytes)
        var streamed = 0  // the store holds no records yet; the scan runs all the same
        try store.forEachRecord { _ in streamed += 1 }
        #expect(try store.read(mapped) == TraceStore.readerMapBytes)
    }
}
