import Testing
import TraceModel

/// `Record.parse` on the envelope: every field present with its type, nothing else.
@Suite("Record.parse: envelope")
struct RecordEnvelopeTests {
    @Test func readsEveryEnvelopeField() throws {
        let record = try Record.parse(Samples.record(.sell))
        #expect(record.kind == .sell)
        #expect(record.issuer == "STALL-510104-001-018")
        #expect(record.seq == 1289)
        #expect(record.prev == Samples.previous)
        #expect(record.at.text == "2026-11-28T07:42:13+08:00")
        #expect(record.sig == Signature(alg: "ed25519", key: "k-ed2905ab4d64c625", value: Samples.signature))
        guard case .sell(let body) = try record.decodedBody() else {
            Issue.record("not a sell body")
            return
        }
        #expect(body.amount.description == "16.75")
    }

    @Test func recordsOfEveryKindAreRead() throws {
        for kind in RecordKind.allCases {
            let record = try Record.parse(Samples.record(kind))
            #expect(record.kind == kind)
            #expect(type(of: try record.decodedBody().value).kind == kind)
        }
    }

    @Test func notAnObject() {
        expectRefused(.array([]), field: "$", "a record must be a JSON object, found array")
        expectRefused(.string("x"), field: "$", "found string")
    }

    @Test func unknownEnvelopeFields() throws {
        expectRefused(
            try Samples.record(.sell).setting("note", to: .string("早市")), field: "$.note", "unknown envelope field")
        expectRefused(
            try Samples.record(.sell).setting("a b", to: .null), field: "$[\"a b\"]", "unknown envelope field")
        expectRefused(try Samples.record(.sell).setting("V", to: .number("1")), field: "$.V", "unknown envelope field")
    }

    @Test(arguments: ["v", "kind", "issuer", "seq", "prev", "at", "body"])
    func missingEnvelopeFields(name: String) throws {
        expectRefused(try Samples.record(.sell).removing(name), field: "$.\(name)", "missing")
    }

    @Test func missingPrevSaysNullForTheFirstRecord() throws {
        expectRefused(try Samples.record(.sell).removing("prev"), field: "$.prev", "missing (null for seq 1)")
    }

    @Test(arguments: [
        ("2", "unsupported format version 2"), ("0", "version 0"), ("\"1\"", #"version "1""#),
        ("1.0", "version 1.0"), ("1e0", "version 1e0"), ("true", "version true"), ("null", "version null"),
    ])
    func formatVersionMustBeOne(source: String, phrase: String) throws {
        let record = try Samples.record(.sell).setting("v", to: try json(source))
        expectRefused(record, field: "$.v", phrase)
        expectRefused(record, field: "$.v", "this reader knows version 1")
    }

    @Test func unknownKind() throws {
        expectRefused(
            try Samples.record(.sell).setting("kind", to: .string("slaughter")), field: "$.kind",
            #"unknown kind "slaughter""#)
        expectRefused(
            try Samples.record(.sell).setting("kind", to: .string("Sell")), field: "$.kind", "known: register, revoke")
        expectRefused(
            try Samples.record(.sell).setting("kind", to: .number("5")), field: "$.kind",
            "must be a string, found number")
    }

    @Test(arguments: [
        "stall-510104", "A", "1STALL", "STALL_18", "STALL 18", "ＳＴＡＬＬ", "A" + String(repeating: "B", count: 64), "",
    ])
    func badIssuer(issuer: String) throws {
        expectRefused(try Samples.record(.sell).setting("issuer", to: .string(issuer)), field: "$.issuer", PartyID.rule)
    }

    @Test func issuerMustBeAString() throws {
        expectRefused(
            try Samples.record(.sell).setting("issuer", to: .null), field: "$.issuer", "must be a string, found null")
    }

    @Test(arguments: [
        "0", "-1", "-0", "1.5", "2.0", "2e0", "\"2\"", "null", "true", "9007199254740993", "99999999999999999999",
    ])
    func badSeq(source: String) throws {
        let record = try Samples.record(.sell).setting("seq", to: try json(source))
        expectRefused(record, field: "$.seq", "must be a whole number from 1, found \(source)")
    }

    @Test func largestSeqIsTwoToThe53() throws {
        let record = try Record.parse(try Samples.record(.sell).setting("seq", to: .number("9007199254740992")))
        #expect(record.seq == 1 << 53)
    }

    @Test func prevIsNullExactlyForTheFirstRecord() throws {
        let first = try Samples.record(.sell).setting("seq", to: .number("1"))
        expectRefused(first, field: "$.prev", "must be null for seq 1")
        #expect(try Record.parse(first.setting("prev", to: .null)).prev == nil)
        expectRefused(
            try Samples.record(.sell).setting("prev", to: .null), field: "$.prev",
            "must name the issuer's record seq 1288")
    }

    @Test(arguments: [
        "sha256:225243BBB1D9C9FB8A4498BC5A65746C66F133E2DED316A465F0CB5D3083AA12",
        "sha256:225243bbb1d9c9fb8a4498bc5a65746c66f133e2ded316a465f0cb5d3083aa1",
        "sha512:225243bbb1d9c9fb8a4498bc5a65746c66f133e2ded316a465f0cb5d3083aa12",
        "225243bbb1d9c9fb8a4498bc5a65746c66f133e2ded316a465f0cb5d3083aa12", "", "sha256:",
    ])
    func prevMustBeARecordID(prev: String) throws {
        expectRefused(
            try Samples.record(.sell).setting("prev", to: .string(prev)), field: "$.prev",
            "not a record id (sha256: and 64 lowercase hex digits)")
    }

    @Test func prevOfAnotherType() throws {
        expectRefused(
            try Samples.record(.sell).setting("prev", to: .number("1288")), field: "$.prev",
            "must be a record id or null, found number")
    }

    @Test(arguments: ["2026-11-28T07:42:13", "2026-11-28 07:42:13+08:00", "2026-02-29T07:42:13+08:00", "yesterday"])
    func atNeedsAnOffset(at: String) throws {
        expectRefused(
            try Samples.record(.sell).setting("at", to: .string(at)), field: "$.at",
            "\"\(at)\" is not an RFC 3339 time with an offset")
    }

    @Test func atMustBeAString() throws {
        expectRefused(
            try Samples.record(.sell).setting("at", to: .number("1795818600")), field: "$.at",
            "must be a string, found number")
    }

    @Test(arguments: [("[]", "array"), ("null", "null"), ("\"{}\"", "string"), ("1", "number")])
    func bodyMustBeAnObject(source: String, type: String) throws {
        expectRefused(
            try Samples.record(.sell).setting("body", to: try json(source)), field: "$.body",
            "must be an object, found \(type)")
    }

    @Test func signatureIsOptionalForAnUnsignedDraft() throws {
        let record = try Record.parse(try Samples.record(.sell).removing("sig"))
        #expect(record.sig == nil)
    }

    @Test func signatureProblems() throws {
        let base = try Samples.record(.sell)
        expectRefused(base.setting("sig", to: .string("x")), field: "$.sig", "must be an object, found string")
        expectRefused(base.setting("sig", to: .null), field: "$.sig", "must be an object, found null")
        expectRefused(base.replacing(["sig", "extra"], with: .string("1")), field: "$.sig.extra", "unknown field")
        for name in ["alg", "key", "value"] {
            expectRefused(
                base.replacing(["sig", .key(name)], with: nil), field: "$.sig.\(name)", "must be a non-empty string")
            expectRefused(
                base.replacing(["sig", .key(name)], with: .string("")), field: "$.sig.\(name)",
                "must be a non-empty string")
            expectRefused(
                base.replacing(["sig", .key(name)], with: .number("1")), field: "$.sig.\(name)",
                "must be a non-empty string")
        }
        expectRefused(
            base.replacing(["sig", "alg"], with: .string("rsa-sha256")), field: "$.sig.alg",
            #"unknown algorithm "rsa-sha256" (known: ed25519, sm2-sm3)"#)
        expectRefused(
            base.replacing(["sig", "alg"], with: .string("Ed25519")), field: "$.sig.alg", "unknown algorithm")
        for value in [Samples.signature + "==", "ab+/", "Zh", "Z", "a b"] {
            expectRefused(
                base.replacing(["sig", "value"], with: .string(value)), field: "$.sig.value", "not unpadded base64url")
        }
        #expect(try Record.parse(base.replacing(["sig", "alg"], with: .string("sm2-sm3"))).sig?.alg == "sm2-sm3")
    }

    @Test(arguments: [
        ("\u{07}", "bell"), ("\n", "line feed"), ("\t", "tab"), ("\u{00}", "NUL"), ("\u{1F}", "unit separator"),
        ("\u{7F}", "delete"), ("\u{85}", "next line"), ("\u{9F}", "last C1 control"),
    ])
    func controlCharactersInTextAreRefused(character: String, name: String) throws {
        let record = try Samples.record(.use, body: ["dishes", 0, "name"], .string("青椒肉丝" + character))
        expectRefused(record, field: "$.body.dishes[0].name", "control characters are not allowed in text")
        let inSig = try Samples.record(.sell).replacing(["sig", "key"], with: .string("k-1" + character))
        expectRefused(inSig, field: "$.sig.key", "control characters are not allowed in text")
    }

    @Test func textJustOutsideTheControlRangesIsAccepted() throws {
        for character in ["\u{20}", "\u{7E}", "\u{A0}", "\u{3000}"] {
            #expect(
                problem(try Samples.record(.use, body: ["dishes", 0, "name"], .string("青椒" + character + "肉丝"))) == nil)
        }
    }

    @Test func controlCharactersInNamesAreRefused() throws {
        let record = try Samples.record(.sell, body: ["no\u{01}te"], .string("x"))
        expectRefused(record, field: "$.body[\"no\u{01}te\"]", "control characters are not allowed in names")
    }

    @Test func documentErrorsKeepTheirPathAndByte() {
        let text = #"{"v":1,"kind":"sell","body":{"a":1,"a":2}}"#
        let found = problem(bytes: Array(text.utf8))
        #expect(found?.field == "$.body")
        #expect(found?.reason == #"duplicate member name "a" (at byte 39)"#)
        #expect(problem(bytes: [0xEF, 0xBB, 0xBF, 0x7B, 0x7D])?.reason.contains("byte-order mark") == true)
        #expect(problem(bytes: Array(#"{"v":1}x"#.utf8))?.reason == "unexpected data after the JSON value (at byte 8)")
    }

    @Test func problemDescription() {
        #expect(RecordProblem(field: "$.body.to", reason: "missing").description == "field $.body.to: missing")
        #expect(
            RecordProblem(field: "$", reason: "a record must be a JSON object").description
                == "a record must be a JSON object")
    }
}
