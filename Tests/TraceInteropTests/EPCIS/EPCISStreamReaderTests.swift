import Foundation
import Testing
import TraceModel

@testable import TraceInterop

/// Documents read as a stream, a block at a time: the same events, hash IDs and master data as the whole document
/// holds, and the same refusal as a reading of the whole document in memory gives, wherever the blocks end.
@Suite("EPCIS documents read as a stream")
struct EPCISStreamReaderTests {
    /// Block sizes that put block ends everywhere (1: between every two bytes), and the real one.
    static let blockSizes = [1, 7, 64, 1 << 20]

    /// The refusal of reading a whole JSON document in memory, as FoodTrace read documents before it streamed them:
    /// the strict parse, the document type, the whole EPCIS 2.0.1 JSON Schema at once, the event list.
    static func wholeDocumentRefusal(_ bytes: [UInt8]) -> InteropError? {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes, limits: EPCISDocumentLayout.limits)
        } catch {
            return InteropError(error)
        }
        guard case .object = document else {
            return InteropError(path: "$", because: Message.Interop.documentNotObject(found: document.typeName))
        }
        let type = document["type"]?.stringValue
        guard type == "EPCISDocument" || type == "EPCISQueryDocument" else {
            return InteropError(path: "$.type", because: Message.Interop.documentType(found: type))
        }
        var validator = JSONSchemaValidator(schema: EPCISSchema.schema)
        if let violation = validator.firstViolation(of: document) {
            return InteropError(path: violation.path, because: Message.Interop.schemaRefuses(violation.reason))
        }
        do {
            _ = try EPCISDocumentLayout.eventList(of: document)
        } catch {
            return error
        }
        return nil
    }

    /// The refusal of hashing a document read as a stream in blocks of `size` bytes.
    static func streamRefusal(_ bytes: [UInt8], blockSize size: Int) -> InteropError? {
        EPCISBlockReader.$blockSize.withValue(size) { () -> InteropError? in
            do throws(InteropError) {
                _ = try EPCISEventHash.hashIDs(document: bytes)
                return nil
            } catch {
                return error
            }
        }
    }

    /// Counts the passes over a document's events and keeps those of the last.
    struct Passes: EPCISStreamConsumer {
        var begins = 0
        var events: [ImportedEvent] = []

        mutating func begin(_ header: EPCISStreamHeader) {
            begins += 1
            events = []
        }

        mutating func take(_ event: ImportedEvent) { events.append(event) }
    }

    static func read(_ bytes: [UInt8], blockSize size: Int = 1 << 20) throws -> (
        summary: EPCISStreamSummary, passes: Passes
    ) {
        try EPCISBlockReader.$blockSize.withValue(size) {
            var passes = Passes()
            let summary = try EPCISStreamReader.read(.bytes(bytes), into: &passes)
            return (summary, passes)
        }
    }

    /// The members of a document's top-level object in another order.
    static func reordered(_ bytes: [UInt8], first: [String]) throws -> [UInt8] {
        let members = try #require(
            try JSONParser.parse(bytes, limits: EPCISDocumentLayout.limits).objectMembers)
        let front = first.compactMap { name in members.first { $0.key == name } }
        return JSONWriter.bytes(.object(front + members.filter { !first.contains($0.key) }))
    }

    @Test("events, hash IDs, embedded records and master data are the same wherever the blocks end")
    func sameWhateverTheBlocks() throws {
        let document = try exportDocument(try EPCISMasterDataTests.ledger())
        let reference = try Self.read(document.bytes)
        #expect(reference.summary.eventCount == document.ids.count)
        #expect(reference.passes.begins == 1, "the header comes first: one pass")
        #expect(reference.passes.events.map(\.hashID) == document.ids)
        #expect(reference.summary.header.masterRecords.count == 4)
        for size in Self.blockSizes {
            let read = try Self.read(document.bytes, blockSize: size)
            #expect(read.passes.events.map(\.hashID) == document.ids, "block size \(size)")
            #expect(read.passes.events.map(\.path) == reference.passes.events.map(\.path))
            #expect(
                read.passes.events.map { $0.foodTraceRecord?.id }
                    == reference.passes.events.map { $0.foodTraceRecord?.id })
            #expect(read.summary.header.masterRecords.map(\.id) == reference.summary.header.masterRecords.map(\.id))
            #expect(
                read.summary.header.masterRecords.map(\.eventsBefore)
                    == reference.summary.header.masterRecords.map(\.eventsBefore))
        }
    }

    @Test("a header after the body: read in a second pass, with the same events, master data and import plan")
    func headerAfterBody() throws {
        let document = try exportDocument(try EPCISMasterDataTests.ledger())
        let headerFirst = try Self.read(document.bytes)
        let late = try Self.reordered(
            document.bytes, first: ["@context", "type", "schemaVersion", "creationDate", "epcisBody"])
        let text = String(decoding: late, as: UTF8.self)
        let body = try #require(text.range(of: #""epcisBody""#))
        let header = try #require(text.range(of: #""epcisHeader""#))
        try #require(body.lowerBound < header.lowerBound)
        for size in Self.blockSizes {
            let read = try Self.read(late, blockSize: size)
            #expect(read.passes.begins == 2, "the events are handed over again once the header is known")
            #expect(read.passes.events.map(\.hashID) == document.ids)
            #expect(read.summary.header.masterRecords.map(\.id) == headerFirst.summary.header.masterRecords.map(\.id))
        }
        // The plan (master records placed by ft:eventsBefore) is the header-first document's.
        let mapper = EPCISMasterDataTests.mapper
        let first = try EPCISReader.read(document: document.bytes)
        let second = try EPCISReader.read(document: late)
        let planned = { (read: EPCISImport) in
            EPCISImportPlan(document: read, outcomes: mapper.map(read)).steps.compactMap { step -> String? in
                if case .signed(_, let id, _) = step { return id }
                return nil
            }
        }
        #expect(planned(second) == planned(first))
        #expect(planned(first).count == 8)
    }

    @Test("a @context and type after the body: the events are hashed with them (second pass), not without")
    func contextAfterBody() throws {
        let document = try exportDocument(try SampleChain.chain())
        let late = try Self.reordered(document.bytes, first: ["epcisBody"])
        // The IDs depend on the document's @context (it declares `ft:`): the events were hashed with it, so after the
        // first pass had read it; they are handed over once, in the second pass.
        #expect(try EPCISEventHash.hashIDs(document: late) == document.ids)
        #expect(try Self.read(late).passes.begins == 1)
    }

    @Test("every truncation and corrupted byte is refused as a whole reading refuses it: same path, reason, offset")
    func malformedLikeAWholeReading() throws {
        let document = try exportDocument(try EPCISMasterDataTests.ledger()).bytes
        var mutants: [[UInt8]] = []
        let step = max(1, document.count / 50)
        for offset in stride(from: 0, to: document.count, by: step) {
            mutants.append(Array(document[..<offset]))
            for byte: UInt8 in [0x78, 0x22, 0x7D, 0x5D, 0x2C, 0x5C, 0xFF, 0x20] {
                var changed = document
                changed[offset] = byte
                mutants.append(changed)
            }
            var inserted = document
            inserted.insert(UInt8(ascii: ","), at: offset)
            mutants.append(inserted)
        }
        var refused = 0
        for (index, mutant) in mutants.enumerated() {
            let whole = Self.wholeDocumentRefusal(mutant)
            if whole != nil { refused += 1 }
            // Blocks of one byte: every 16th mutant (the read is slow, not different).
            for size in index % 16 == 0 ? [1, 13, 1 << 20] : [13, 1 << 20] {
                let streamed = Self.streamRefusal(mutant, blockSize: size)
                #expect(
                    streamed == whole,
                    "mutant \(index), block size \(size): streamed \(streamed.map { "\($0)" } ?? "accepted"), whole \(whole.map { "\($0)" } ?? "accepted")"
                )
                if streamed != whole { return }
            }
        }
        #expect(refused > mutants.count / 2, "most mutants are refused: \(refused) of \(mutants.count)")
    }

    /// Replaces the `occurrence`-th (from 0; -1: the last) `member` value of a document's text with `value`.
    static func replacing(_ member: String, _ occurrence: Int, with value: String, in text: String) throws -> String {
        let starts = text.ranges(of: "\"\(member)\":")
        let start = try #require(occurrence < 0 ? starts.last : starts.dropFirst(occurrence).first)
        let rest = text[start.upperBound...]
        let end: String.Index
        if rest.hasPrefix("\"") {
            end = text.index(after: try #require(rest.dropFirst().firstIndex(of: "\"")))
        } else {
            end = try #require(rest.firstIndex { $0 == "," || $0 == "}" })
        }
        return text.replacingCharacters(in: start.upperBound..<end, with: value)
    }

    @Test(
        "schema violations before, in and after the events: the one the whole schema names first",
        arguments: [
            // In an event only.
            ("eventTime", 1, #""27-11-2026""#, false),
            // In a member before the events, and in an event.
            ("schemaVersion", 0, "2", true),
            // A member the document may not have, and in an event.
            ("creationDate", 0, #""2026-11-30T12:00:00+08:00","x":1"#, true),
        ])
    func schemaOrder(member: String, occurrence: Int, value: String, alsoBreakAnEvent: Bool) throws {
        let document = try exportDocument(try EPCISMasterDataTests.ledger()).bytes
        var text = try Self.replacing(member, occurrence, with: value, in: String(decoding: document, as: UTF8.self))
        if alsoBreakAnEvent { text = try Self.replacing("eventTimeZoneOffset", -1, with: #""+8""#, in: text) }
        let moved = try Self.reordered(Array(text.utf8), first: ["epcisBody"])
        for bytes in [Array(text.utf8), moved] {
            let whole = try #require(Self.wholeDocumentRefusal(bytes))
            for size in Self.blockSizes {
                #expect(Self.streamRefusal(bytes, blockSize: size) == whole, "\(whole)")
                #expect(throws: whole) {
                    try EPCISBlockReader.$blockSize.withValue(size) { try EPCISReader.read(document: bytes) }
                }
            }
        }
    }

    @Test("a document in a file reads as the same bytes in memory do, JSON-LD and XML")
    func fileAsBytes() throws {
        for binding in EPCISWriter.Binding.allCases {
            let document = try EPCISXMLExportTests.document(binding)
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID()).\(binding)")
            defer { try? FileManager.default.removeItem(at: url) }
            try Data(document.bytes).write(to: url)
            for size in Self.blockSizes {
                var passes = Passes()
                let summary = try EPCISBlockReader.$blockSize.withValue(size) {
                    try EPCISStreamReader.read(.file(url), into: &passes)
                }
                #expect(summary.eventCount == document.ids.count)
                #expect(passes.events.map(\.hashID) == document.ids, "\(binding), block size \(size)")
            }
        }
    }

    @Test("XML: a byte that is not UTF-8 is named by its offset in the file, wherever the blocks end")
    func xmlUTF8AcrossBlocks() throws {
        var bytes = try EPCISXMLExportTests.document(.xml).bytes
        let offset = bytes.count / 2
        bytes[offset] = 0xFF
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID()).xml")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(bytes).write(to: url)
        let expected = InteropError(place: Message.Interop.bytePlace(offset), because: Message.Interop.xmlNotUTF8)
        for size in Self.blockSizes {
            #expect(throws: expected) {
                try EPCISBlockReader.$blockSize.withValue(size) {
                    try EPCISStreamReader.preHashes(.file(url), begin: {}, each: { _ in })
                }
            }
        }
    }

    @Test("XML: the events after a refusal in the middle are not handed over, and the refusal names its line")
    func xmlRefusalMidStream() throws {
        let document = try EPCISXMLExportTests.document(.xml)
        var text = String(decoding: document.bytes, as: UTF8.self)
        let times = text.ranges(of: "<eventTime>")
        try #require(times.count == document.ids.count && times.count > 4)
        text.replaceSubrange(times[times.count / 2], with: "<eventTimes>")
        var passes = Passes()
        var refusal: InteropError?
        do throws(InteropError) {
            _ = try EPCISStreamReader.read(.bytes(Array(text.utf8)), into: &passes)
        } catch {
            refusal = error
        }
        #expect(refusal?.path.hasPrefix("line ") == true, "\(String(describing: refusal))")
        #expect(passes.events.count <= times.count / 2)
    }
}
