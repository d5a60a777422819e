import Foundation
import Testing
import TraceSync

@Suite("Sync wire: gzip and what a push sends")
struct SyncWireTests {
    @Test func gzipRoundTripsAndConcatenatedMembersRead() throws {
        let text = Array(String(repeating: "{\"v\":1}\n", count: 10_000).utf8)
        let packed = Gzip.compress(text)
        #expect(Gzip.isGzip(packed) && packed.count < text.count / 10)
        #expect(try Gzip.decompress(packed, limit: text.count) == text)
        #expect(try Gzip.decompress(packed + Gzip.compress([0x41]), limit: text.count + 1) == text + [0x41])
    }

    @Test func inflatingPastTheLimitIsRefused() throws {
        let bomb = Gzip.compress([UInt8](repeating: 0, count: 1 << 20))
        #expect(bomb.count < 4_096)
        let error = #expect(throws: SyncError.self) { try Gzip.decompress(bomb, limit: (1 << 20) - 1) }
        #expect(error?.message.contains("more than") == true)
        #expect(try Gzip.decompress(bomb, limit: 1 << 20).count == 1 << 20)
    }

    @Test func cutOrDamagedBodiesAreRefused() throws {
        let packed = Gzip.compress(Array("hello, hub".utf8))
        #expect(throws: SyncError.self) { try Gzip.decompress(Array(packed.dropLast(4)), limit: 100) }
        var damaged = packed
        damaged[12] ^= 0xFF
        #expect(throws: SyncError.self) { try Gzip.decompress(damaged, limit: 100) }
        #expect(throws: SyncError.self) { try Gzip.decompress([0x1F, 0x8B], limit: 100) }
    }
}
