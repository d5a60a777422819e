import Testing
import TraceModel

@testable import TraceInterop

/// An event that carries a signed FoodTrace record must say what the record says.
@Suite("EPCIS import: events agree with the signed records they carry")
struct EPCISRecordAgreementTests {
    /// The sample chain's export with the event at `index` changed by `change`.
    static func tampered(
        _ index: Int, _ change: ([(key: String, value: JSONValue)]) -> [(key: String, value: JSONValue)]
    )
        throws -> [UInt8]
    {
        let document = try JSONParser.parse(try exportDocument(try SampleChain.chain()).bytes, limits: limits)
        guard case .array(var events)? = document["epcisBody"]?["eventList"],
            let members = events[index].objectMembers
        else { throw InteropError(path: "$", reason: "no event list") }
        events[index] = .object(change(members))
        let body = try #require(document["epcisBody"]).setting("eventList", to: .array(events))
        return try CanonicalJSON.bytes(document.setting("epcisBody", to: body))
    }

    static let limits: JSONParser.Limits = {
        var limits = JSONParser.Limits()
        limits.maxDepth = 64
        limits.maxStringBytes = 1 << 20
        limits.maxDocumentBytes = 16 << 20
        return limits
    }()

    static func replacing(_ key: String, with value: JSONValue) -> ([(key: String, value: JSONValue)]) -> [(
        key: String, value: JSONValue
    )] {
        { members in members.map { $0.key == key ? (key, value) : $0 } }
    }

    static func refusal(_ bytes: [UInt8]) -> InteropError? {
        do {
            _ = try EPCISReader.read(document: bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test("the export itself reads: every event agrees with its record")
    func exportAgrees() throws {
        #expect(Self.refusal(try exportDocument(try SampleChain.chain()).bytes) == nil)
    }

    @Test(
        "a changed quantity, time, step, disposition or lot is refused with the record named",
        arguments: [
            (
                "quantityList",
                JSONValue.array([.object([("epcClass", .string("urn:foodtrace:lot:00000000000000000000"))])])
            ),
            ("eventTime", .string("2026-11-28T08:00:00+08:00")),
            ("bizStep", .string("shipping")),
            ("disposition", .string("in_progress")),
        ])
    func changedMemberRefused(key: String, value: JSONValue) throws {
        let error = try #require(Self.refusal(try Self.tampered(0, Self.replacing(key, with: value))))
        #expect(error.path == "$.epcisBody.eventList[0].\(key)", "\(error)")
        #expect(error.reason.contains("contradicts the signed record the event carries (sha256:"), "\(error)")
        #expect(error.reason.hasSuffix("refused"))
    }

    @Test("a member the record gives and the event lacks is refused")
    func missingMemberAndType() throws {
        let missing = try #require(
            Self.refusal(try Self.tampered(0) { members in members.filter { $0.key != "bizStep" } }))
        #expect(missing.path == "$.epcisBody.eventList[0].bizStep")
        #expect(missing.reason.contains("missing, but the signed record it carries"))
    }

    @Test("near misses: the same instant at another offset, a partner's own extension, a comment")
    func sameMeaningAccepted() throws {
        let document = try JSONParser.parse(try exportDocument(try SampleChain.chain()).bytes, limits: Self.limits)
        guard case .array(let events)? = document["epcisBody"]?["eventList"] else { return }
        let time = try #require(events[0]["eventTime"]?.stringValue.flatMap(Timestamp.init))
        let utc = Timestamp(epochMilliseconds: time.epochMilliseconds, offsetMinutes: 0).text
        let moved = Self.refusal(try Self.tampered(0, Self.replacing("eventTime", with: .string(utc))))
        #expect(moved == nil, "\(String(describing: moved))")
        let extended = Self.refusal(
            try Self.tampered(0) { $0 + [("rdfs:comment", .string("checked at the gate")), ("ft:note", .string("x"))] })
        #expect(extended == nil, "\(String(describing: extended))")
    }
}
