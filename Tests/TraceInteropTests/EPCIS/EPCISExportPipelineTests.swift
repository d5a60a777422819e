import Testing
import TraceModel

@testable import TraceInterop

/// The export pipeline maps batches in the background while earlier ones are written: the document must
/// be exactly the one written record by record, and a failure must come in its place.
@Suite("EPCIS export pipeline")
struct EPCISExportPipelineTests {
    /// The sample records repeated past two and a half batches, so that batches start while others are written.
    static func manyRecords() throws -> [(record: Record, id: String)] {
        let records = try StoredRecordTests.records()
        let copies = EPCISExportPipeline.batchSize * 5 / 2 / records.count + 1
        return Array((0..<copies).map { _ in records }.joined())
    }

    static let creation = "2026-11-30T12:00:00+08:00"

    @Test("the document is byte for byte the one written record by record, in ledger order")
    func sameDocument() throws {
        let records = try Self.manyRecords()
        var direct: [UInt8] = []
        var piped: [UInt8] = []
        var one = EPCISWriter { direct.append(contentsOf: $0) }
        var other = EPCISWriter { piped.append(contentsOf: $0) }
        one.begin(creationDate: try time(Self.creation))
        other.begin(creationDate: try time(Self.creation))
        var pipeline = EPCISExportPipeline(parties: SampleChain.parties)
        for (record, id) in records {
            try one.write(
                EPCISWriter.prepare(storedRecord: record.canonicalBytes, id: id, context: SampleChain.parties))
            try pipeline.add(storedRecord: record.canonicalBytes, id: id, to: &other)
        }
        try pipeline.finish(writingTo: &other)
        try one.end()
        try other.end()
        #expect(one.eventCount > 2 * EPCISExportPipeline.batchSize)
        #expect(other.eventCount == one.eventCount && other.masterRecordCount == one.masterRecordCount)
        #expect(piped == direct)
    }

    @Test("a record that cannot be read fails in its place, after the events before it")
    func failureInPlace() throws {
        let records = try Self.manyRecords()
        let badIndex = EPCISExportPipeline.batchSize + 10
        var bytes: [UInt8] = []
        var writer = EPCISWriter { bytes.append(contentsOf: $0) }
        writer.begin(creationDate: try time(Self.creation))
        var pipeline = EPCISExportPipeline(parties: SampleChain.parties)
        let error = #expect(throws: InteropError.self) {
            for (index, (record, id)) in records.enumerated() {
                let stored = index == badIndex ? Array(#"{"v":1}"#.utf8) : record.canonicalBytes
                try pipeline.add(storedRecord: stored, id: index == badIndex ? "sha256:bad" : id, to: &writer)
            }
            try pipeline.finish(writingTo: &writer)
        }
        #expect(error?.path.hasPrefix("record sha256:bad") == true, "\(String(describing: error))")
        let eventsBefore = records.prefix(badIndex).filter { $0.record.kind != .register && $0.record.kind != .revoke }
            .count
        #expect(writer.eventCount == eventsBefore)
    }
}
