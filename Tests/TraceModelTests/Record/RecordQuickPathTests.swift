import Foundation
import Testing

@testable import TraceModel

/// The quick ways through `Record.parse` — bodies read straight from their JSON, canonical text hashed as it
/// stands — give exactly what the strict ways give, for valid records and for every kind of damage.
@Suite("Record.parse: quick paths agree with the strict ones")
struct RecordQuickPathTests {
    /// Values put in place of each part of each sample body.
    static let replacements: [JSONValue?] = [
        nil, .null, .bool(true), .bool(false), .string(""), .string("x"), .string("2026-11-28T07:42:13+08:00"),
        .string(Samples.slip), .string("26.8"), .string("kg"), .number("0"), .number("-0"), .number("2"), .number("-7"),
        .number("2.0"), .number("2.5"), .number("1e2"), .number("1e400"), .number("123456789012345"),
        .number("1234567890123456"), .number("9007199254740993"), .number("99999999999999999999"),
        .object([]), .object([("value", .string("1")), ("unit", .string("kg"))]), .array([]), .array([.string("x")]),
        .array([.null]),
    ]

    @Test func bodiesReadQuicklyAsTheStrictPathReadsThem() throws {
        var compared = 0
        for kind in RecordKind.allCases {
            let body = try #require(try Samples.record(kind)["body"])
            #expect(
                BodyValueDecoder.decode(AnyBody.type(of: kind), from: body) != nil,
                "\(kind) sample takes the quick path")
            for path in Self.paths(in: body) {
                for replacement in Self.replacements {
                    expectAgreement(
                        kind, body.replacing(path, with: replacement),
                        "\(kind) \(path) := \(String(describing: replacement))")
                    compared += 1
                }
            }
            for path in [[]] + Self.paths(in: body) where Self.isObject(at: path, in: body) {
                expectAgreement(kind, body.replacing(path + ["colour"], with: .string("红")), "\(kind) \(path).colour")
                expectAgreement(kind, body.replacing(path + ["extra"], with: .null), "\(kind) \(path).extra = null")
            }
        }
        #expect(compared > 1000)
    }

    /// The fields added for the till (a sale's market unit, a confirmatory test's `clears`) read the same on every
    /// path, with every replacement of their value.
    @Test func tillFieldsAgreeOnEveryPath() throws {
        let sale = try #require(try Samples.record(.sell)["body"]).setting("pricedIn", to: .string("斤"))
        #expect(Self.readsQuickly(.sell, sale), "a sale priced per 斤 is read member by member")
        guard case .sell(let body) = try BodyDecoding.decode(.sell, from: sale) else { throw Failure() }
        #expect(body.pricedIn == .jin)
        let test = try #require(try Samples.record(.test)["body"]).setting(
            "clears", to: .string("sha256:" + String(repeating: "ab", count: 32)))
        for (kind, body, member) in [(RecordKind.sell, sale, "pricedIn"), (.test, test, "clears")] {
            for replacement in Self.replacements + [.string("两"), .string("jin"), .string("sha256:00")] {
                expectAgreement(
                    kind, body.replacing([.key(member)], with: replacement),
                    "\(kind) \(member) := \(String(describing: replacement))")
            }
        }
        // A rapid or positive test cannot clear; a sale priced per 斤 keeps kg.
        expectAgreement(.test, test.setting("method", to: .string("rapid")), "rapid clearing")
        #expect(
            problem(try Samples.record(.test).setting("body", to: test.setting("method", to: .string("rapid"))))?.field
                == "$.body.clears")
        let grams = sale.replacing([.key("quantity"), .key("unit")], with: .string("g"))
        expectAgreement(.sell, grams, "priced per 斤 in g")
        #expect(problem(try Samples.record(.sell).setting("body", to: grams))?.field == "$.body.pricedIn")
    }

    private struct Failure: Error {}

    /// The kinds read member by member take that way for their samples, and judge an `epcis` origin (in no
    /// sample) as the strict way does.
    @Test func commonKindsAreReadMemberByMember() throws {
        let origin = JSONValue.object([("eventID", .string("ni:///sha-256;0a1b?ver=CBV2.0")), ("event", .string("{}"))])
        for kind in [RecordKind.sell, .ship, .receive, .transform, .use, .produce, .dispose] {
            let body = try #require(try Samples.record(kind)["body"])
            #expect(Self.readsQuickly(kind, body), "\(kind) sample is read member by member")
            guard kind != .use else { continue }
            let withOrigin = body.setting("epcis", to: origin)
            #expect(Self.readsQuickly(kind, withOrigin), "\(kind) with an origin is read member by member")
            for path in [[PathStep.key("epcis")]] + Self.paths(in: origin).map({ [PathStep.key("epcis")] + $0 }) {
                for replacement in Self.replacements {
                    expectAgreement(
                        kind, withOrigin.replacing(path, with: replacement),
                        "\(kind) \(path) := \(String(describing: replacement))")
                }
            }
            expectAgreement(kind, body.setting("epcis", to: .null), "\(kind) epcis = null")
        }
    }

    private static func readsQuickly(_ kind: RecordKind, _ body: JSONValue) -> Bool {
        switch kind {
        case .sell: return SellBody(quickly: body) != nil
        case .ship: return ShipBody(quickly: body) != nil
        case .receive: return ReceiveBody(quickly: body) != nil
        case .transform: return TransformBody(quickly: body) != nil
        case .use: return UseBody(quickly: body) != nil
        case .produce: return ProduceBody(quickly: body) != nil
        case .dispose: return DisposeBody(quickly: body) != nil
        default: return false
        }
    }

    @Test func bodiesEncodeQuicklyAsJSONEncoderEncodesThem() throws {
        for kind in RecordKind.allCases {
            let body = try Record.parse(Samples.record(kind)).decodedBody().value
            try expectSameEncoding(body, "\(kind)")
        }
    }

    private func expectSameEncoding(_ body: some RecordBody, _ comment: Comment) throws {
        let quick = try #require(BodyValueEncoder.encode(body), comment)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let slow = try JSONParser.parse(Array(try encoder.encode(body)))
        #expect(try CanonicalJSON.string(quick) == CanonicalJSON.string(slow), comment)
        #expect(try CanonicalJSON.string(quick) == CanonicalJSON.string(Record.json(of: body)), comment)
    }

    @Test func canonicalTextIsHashedAsItStands() throws {
        for kind in RecordKind.allCases {
            let json = try Samples.record(kind)
            let text = try CanonicalJSON.bytes(json)
            let record = try Record.parse(text)
            #expect(record.signedBytes == (try CanonicalJSON.bytes(json.removing("sig"))), "\(kind)")
            #expect(record.canonicalBytes == text, "\(kind)")
            #expect(record.signedBytes == (try Record.parse(json)).signedBytes, "\(kind)")
        }
    }

    // Guards: the text a record was read from stands for its canonical form only while the record keeps its
    // signature.
    @Test func aRecordSignedAgainIsWrittenWithItsNewSignature() throws {
        let text = try CanonicalJSON.bytes(Samples.record(.sell))
        let record = try Record.parse(text)
        let signature = Signature(alg: "ed25519", key: "k-0123456789abcdef", value: "AAAA")
        let resigned = record.signed(with: signature)
        #expect(resigned.canonicalBytes != text)
        #expect(try Record.parse(resigned.canonicalBytes).sig == signature)
        #expect(resigned.signedBytes == record.signedBytes)
    }

    @Test(arguments: [
        // Whitespace, members out of order, escapes the canonical form does not use, numbers it writes otherwise.
        (#"{"slip"#, #"{ "slip"#), (#""unitPrice":"26.8","#, #""unitPrice":"26.8" ,"#),
        (#""amount":"16.75","batch""#, #""batch""#), (#""unit":"kg""#, #""unit":"k\u0067""#),
        (#""unit":"kg""#, #""unit":"\u006bg""#), (#"MCow"#, #"MC\/ow"#),
    ])
    func textNotInCanonicalFormIsCanonicalisedFirst(edit: (String, String)) throws {
        for kind in [RecordKind.sell, .register] {
            let json = try Samples.record(kind)
            let canonicalText = try CanonicalJSON.string(json)
            var text = canonicalText.replacingOccurrences(of: edit.0, with: edit.1)
            if edit.0.hasSuffix(#""batch""#), kind == .sell {
                text = text.replacingOccurrences(of: #","quantity""#, with: #","amount":"16.75","quantity""#)
            }
            guard text != canonicalText else { continue }
            let bytes = Array(text.utf8)
            let record = try Record.parse(bytes)
            let parsed = try JSONParser.parse(bytes)
            #expect(record.signedBytes == (try CanonicalJSON.bytes(parsed.removing("sig"))), "\(kind): \(text)")
            #expect(record.canonicalBytes == (try CanonicalJSON.bytes(parsed)), "\(kind): \(text)")
        }
    }

    @Test func removingAMemberFromCanonicalText() {
        func cut(_ text: String) -> String? {
            CanonicalText.removingMember("sig", from: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(cut(#"{"a":1,"sig":{"k":"v"},"v":1}"#) == #"{"a":1,"v":1}"#)
        #expect(cut(#"{"sig":[1,2],"v":1}"#) == #"{"v":1}"#)
        #expect(cut(#"{"a":1,"sig":null}"#) == #"{"a":1}"#)
        #expect(cut(#"{"sig":true}"#) == "{}")
        #expect(cut(#"{"a":{"sig":1},"b":"q\"\\"}"#) == #"{"a":{"sig":1},"b":"q\"\\"}"#)
        #expect(cut(#"{"a":1, "v":1}"#) == nil)
        #expect(cut(#"{"v":1,"a":1}"#) == nil)
        #expect(cut(#"{"a":"\/"}"#) == nil)
        #expect(cut(#"{"a":"\u00e9"}"#) == nil)
        #expect(cut(#"{"a":1.5}"#) == nil)
        #expect(cut(#"{"a":1e2}"#) == nil)
        #expect(cut(#"{"a":-0}"#) == nil)
        #expect(cut(#"{"a":1234567890123456}"#) == nil)
        #expect(cut(#"{"a":-123456789012345}"#) == #"{"a":-123456789012345}"#)
        #expect(cut(#"{"é":1}"#) == nil)
    }

    // MARK: - Helpers

    /// Both quick ways (member by member for the common kinds, through `Decodable` for every kind) give what the
    /// strict way gives.
    private func expectAgreement(_ kind: RecordKind, _ body: JSONValue, _ comment: Comment) {
        let quick = outcome { () throws(RecordProblem) in try BodyDecoding.decode(AnyBody.type(of: kind), from: body) }
        let byKind = outcome { () throws(RecordProblem) in try BodyDecoding.decode(kind, from: body).value }
        let strict = outcome { () throws(RecordProblem) in
            try BodyDecoding.strictlyDecode(AnyBody.type(of: kind), from: body)
        }
        #expect(quick == strict, comment)
        #expect(byKind == strict, comment)
    }

    private enum Outcome: Equatable {
        case body(AnyBody)
        case problem(RecordProblem)
    }

    private func outcome(_ decode: () throws(RecordProblem) -> any RecordBody) -> Outcome {
        do { return .body(AnyBody(try decode())) } catch { return .problem(error) }
    }

    /// Every path to a value inside `value` (not the root).
    private static func paths(in value: JSONValue, prefix: [PathStep] = []) -> [[PathStep]] {
        switch value {
        case .object(let members):
            return members.flatMap { [prefix + [.key($0.key)]] + paths(in: $0.value, prefix: prefix + [.key($0.key)]) }
        case .array(let elements):
            return elements.indices.flatMap {
                [prefix + [.index($0)]] + paths(in: elements[$0], prefix: prefix + [.index($0)])
            }
        default:
            return []
        }
    }

    private static func isObject(at path: [PathStep], in value: JSONValue) -> Bool {
        var current = value
        for step in path {
            switch (current, step) {
            case (.object, .key(let key)): current = current[key] ?? .null
            case (.array(let elements), .index(let index)): current = elements[index]
            default: return false
            }
        }
        if case .object = current { return true }
        return false
    }
}
