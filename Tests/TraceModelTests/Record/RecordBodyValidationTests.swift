import Testing
import TraceModel

/// The checks beyond types in RecordBody+Validation.swift, one rule at a time.
@Suite("Record.parse: body rules")
struct RecordBodyValidationTests {
    static func refused(
        _ kind: RecordKind, _ path: [PathStep], _ value: JSONValue?, field: String, _ phrase: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        expectRefused(try Samples.record(kind, body: path, value), field: field, phrase, sourceLocation: sourceLocation)
    }

    @Test func quantitiesMustBeGreaterThanZero() throws {
        let places: [(RecordKind, [PathStep], String)] = [
            (.certify, ["quantity"], "$.body.quantity.value"), (.produce, ["quantity"], "$.body.quantity.value"),
            (.transform, ["inputs", 0, "quantity"], "$.body.inputs[0].quantity.value"),
            (.transform, ["outputs", 1, "quantity"], "$.body.outputs[1].quantity.value"),
            (.ship, ["quantity"], "$.body.quantity.value"), (.receive, ["quantity"], "$.body.quantity.value"),
            (.sell, ["quantity"], "$.body.quantity.value"), (.dispose, ["quantity"], "$.body.quantity.value"),
            (.use, ["dishes", 0, "ingredients", 1, "quantity"], "$.body.dishes[0].ingredients[1].quantity.value"),
        ]
        for (kind, path, field) in places {
            for zero in ["0"] {
                try Self.refused(kind, path + ["value"], .string(zero), field: field, "must be greater than zero")
            }
            #expect(problem(try Samples.record(kind, body: path + ["value"], .string("0.000001"))) == nil)
        }
    }

    @Test func pricesAndSampleWeightsMayBeZero() throws {
        #expect(problem(try Samples.record(.sell, body: ["unitPrice"], .string("0"))) == nil)
        #expect(problem(try Samples.record(.sell, body: ["amount"], .string("0"))) == nil)
    }

    @Test func partyIDsInBodies() throws {
        let places: [(RecordKind, [PathStep])] = [
            (.register, ["party"]), (.register, ["parent"]), (.revoke, ["party"]), (.certify, ["subject"]),
            (.certify, ["destination"]), (.ship, ["to"]), (.receive, ["from"]),
        ]
        for (kind, path) in places {
            var record = try Samples.record(kind, body: path, .string("stall 18"))
            if kind == .revoke { record = record.replacing(["body", "key"], with: nil) }
            let field = "$.body." + path.map { step in if case .key(let key) = step { key } else { "" } }.joined()
            expectRefused(record, field: field, #""stall 18": a party id is 2-64 characters"#)
        }
    }

    @Test func register() throws {
        try Self.refused(.register, ["name"], .string(" \u{3000} "), field: "$.body.name", "must not be empty")
        try Self.refused(.register, ["name"], .string(""), field: "$.body.name", "must not be empty")
        try Self.refused(.register, ["area"], .string("51010"), field: "$.body.area", "must be 6 digits")
        try Self.refused(.register, ["area"], .string("5101O4"), field: "$.body.area", "must be 6 digits")
        try Self.refused(.register, ["area"], .string("５１０１０４"), field: "$.body.area", "must be 6 digits")
        try Self.refused(.register, ["node"], .string("18"), field: "$.body.node", "must be 3 digits")
        try Self.refused(.register, ["node"], .string("0180"), field: "$.body.node", "must be 3 digits")
        try Self.refused(.register, ["keys"], .array([]), field: "$.body.keys", "at least one key is required")
        try Self.refused(
            .register, ["keys", 0, "alg"], .string("rsa"), field: "$.body.keys[0].alg",
            #""rsa" is not one of ed25519, sm2-sm3"#)
    }

    @Test func revokeNamesExactlyOneTarget() throws {
        try Self.refused(.revoke, ["key"], nil, field: "$.body", "name exactly one of key, certificate, party")
        try Self.refused(.revoke, ["party"], .string("STALL-510104-001-018"), field: "$.body", "exactly one of")
        let certificate = JSONValue.object([
            ("type", .string("meat-inspection")), ("number", .string("川肉检5101120029871")),
        ])
        try Self.refused(.revoke, ["certificate"], certificate, field: "$.body", "exactly one of")
        let byCertificate = try Samples.record(.revoke, body: ["key"], nil).replacing(
            ["body", "certificate"], with: certificate)
        #expect(problem(byCertificate) == nil)
        let byParty = try Samples.record(.revoke, body: ["key"], nil).replacing(
            ["body", "party"], with: .string("SH-510112-001"))
        #expect(problem(byParty) == nil)
    }

    @Test func certify() throws {
        try Self.refused(.certify, ["number"], .string("  "), field: "$.body.number", "must not be empty")
        try Self.refused(
            .certify, ["validUntil"], .string("2026-11-26T15:59:59+08:00"), field: "$.body.validUntil",
            "is before validFrom")
        // The same instant written at another offset is not before it.
        #expect(problem(try Samples.record(.certify, body: ["validUntil"], .string("2026-11-26T08:00:00Z"))) == nil)
        try Self.refused(
            .certify, ["validUntil"], .string("2026-11-26T07:59:59Z"), field: "$.body.validUntil", "is before validFrom"
        )
        try Self.refused(
            .certify, ["origin", "area"], .string("SC0121"), field: "$.body.origin.area", "must be 6 digits")
    }

    @Test func produce() throws {
        try Self.refused(
            .produce, ["origin", "area"], .string("51012"), field: "$.body.origin.area", "must be 6 digits")
    }

    @Test func transform() throws {
        try Self.refused(.transform, ["inputs"], .array([]), field: "$.body.inputs", "at least one input is required")
        try Self.refused(
            .transform, ["outputs"], .array([]), field: "$.body.outputs", "at least one output is required")
    }

    @Test func shipAndReceive() throws {
        try Self.refused(.ship, ["shipment"], .string("\u{3000}"), field: "$.body.shipment", "must not be empty")
        try Self.refused(.receive, ["shipment"], .string(""), field: "$.body.shipment", "must not be empty")
    }

    @Test func test() throws {
        try Self.refused(.test, ["analyte"], .string(" "), field: "$.body.analyte", "must not be empty")
        try Self.refused(.test, ["method"], .string("pcr"), field: "$.body.method", #""pcr" is not one of rapid, lab"#)
        try Self.refused(
            .test, ["result"], .string("suspect"), field: "$.body.result",
            #""suspect" is not one of negative, positive"#)
    }

    @Test func use() throws {
        try Self.refused(
            .use, ["service"], .string("supper"), field: "$.body.service",
            "is not one of breakfast, lunch, dinner, snack")
        try Self.refused(.use, ["dishes"], .array([]), field: "$.body.dishes", "at least one dish is required")
        try Self.refused(.use, ["dishes", 0, "name"], .string(""), field: "$.body.dishes[0].name", "must not be empty")
        for diners in ["0", "-5", "1000001"] {
            try Self.refused(.use, ["diners"], .number(diners), field: "$.body.diners", "must be from 1 to 1000000")
        }
        for diners in ["1", "1000000"] {
            #expect(problem(try Samples.record(.use, body: ["diners"], .number(diners))) == nil)
        }
        #expect(problem(try Samples.record(.use, body: ["dishes", 0, "ingredients"], .array([]))) == nil)
    }

    @Test func recall() throws {
        try Self.refused(.recall, ["recall"], .string(""), field: "$.body.recall", "must not be empty")
        for level in ["0", "4", "-1"] {
            try Self.refused(.recall, ["level"], .number(level), field: "$.body.level", "must be 1, 2 or 3")
        }
        for level in ["1", "3"] {
            #expect(problem(try Samples.record(.recall, body: ["level"], .number(level))) == nil)
        }
    }

    @Test func dispose() throws {
        try Self.refused(
            .dispose, ["method"], .string("sold"), field: "$.body.method", #""sold" is not one of returned, destroyed"#)
        #expect(problem(try Samples.record(.dispose, body: ["method"], .string("returned"))) == nil)
    }
}
