import Testing
import TraceModel

/// `Record.parse` on bodies: types, unknown and missing fields, each reported with its JSON path.
@Suite("Record.parse: body decoding")
struct RecordBodyDecodingTests {
    @Test func unknownFieldsAnywhereInTheBody() throws {
        expectRefused(
            try Samples.record(.transform, body: ["inputs", 0, "colour"], .string("粉红")),
            field: "$.body.inputs[0].colour", "unknown field")
        expectRefused(
            try Samples.record(.sell, body: ["colour"], .string("红")), field: "$.body.colour", "unknown field")
        expectRefused(
            try Samples.record(.produce, body: ["product", "brand"], .string("x")), field: "$.body.product.brand",
            "unknown field")
        expectRefused(
            try Samples.record(.sell, body: ["quantity", "tare"], .string("0.01")), field: "$.body.quantity.tare",
            "unknown field")
        expectRefused(
            try Samples.record(.use, body: ["dishes", 0, "sample", "fridge"], .string("2号")),
            field: "$.body.dishes[0].sample.fridge", "unknown field")
        expectRefused(
            try Samples.record(.transform, body: ["outputs", 1, "grade"], .string("A")),
            field: "$.body.outputs[1].grade", "unknown field")
        expectRefused(
            try Samples.record(.register, body: ["keys", 0, "usage"], .string("sign")),
            field: "$.body.keys[0].usage", "unknown field")
        expectRefused(
            try Samples.record(.ship, body: ["documents", 1, "issuer"], .string("x")),
            field: "$.body.documents[1].issuer", "unknown field")
        expectRefused(try Samples.record(.sell, body: ["a b"], .string("x")), field: "$.body[\"a b\"]", "unknown field")
    }

    @Test func nullForAnOptionalFieldIsRefused() throws {
        expectRefused(
            try Samples.record(.produce, body: ["expires"], .null), field: "$.body.expires",
            "unknown field (or null where the field should be left out)")
        expectRefused(
            try Samples.record(.use, body: ["dishes", 0, "sample"], .null), field: "$.body.dishes[0].sample", "or null")
    }

    @Test func optionalFieldsMayBeLeftOut() throws {
        let optional: [(RecordKind, [PathStep])] = [
            (.produce, ["expires"]), (.ship, ["vehicle"]), (.receive, ["inspectors"]), (.receive, ["expires"]),
            (.test, ["value"]), (.test, ["report"]), (.use, ["diners"]), (.use, ["dishes", 0, "sample"]),
            (.dispose, ["recall"]), (.dispose, ["note"]), (.register, ["parent"]), (.register, ["licences"]),
            (.register, ["creditCode"]), (.certify, ["earTags"]), (.certify, ["validUntil"]), (.certify, ["origin"]),
            (.transform, ["outputs", 0, "expires"]), (.register, ["licences", 0, "validUntil"]),
        ]
        for (kind, path) in optional {
            #expect(problem(try Samples.record(kind, body: path, nil)) == nil, "\(kind) without \(path)")
        }
    }

    @Test func missingRequiredFieldsAreNamed() throws {
        let required: [(RecordKind, [PathStep], String)] = [
            (.ship, ["to"], "$.body.to"), (.sell, ["slip"], "$.body.slip"),
            (.sell, ["quantity", "unit"], "$.body.quantity.unit"),
            (.transform, ["outputs", 0, "product"], "$.body.outputs[0].product"),
            (.transform, ["inputs", 0, "quantity", "value"], "$.body.inputs[0].quantity.value"),
            (.use, ["dishes", 0, "sample", "keptBy"], "$.body.dishes[0].sample.keptBy"),
            (.register, ["keys", 0, "spki"], "$.body.keys[0].spki"), (.receive, ["as"], "$.body.as"),
            (.receive, ["accepted"], "$.body.accepted"), (.recall, ["level"], "$.body.level"),
            (.certify, ["validFrom"], "$.body.validFrom"), (.revoke, ["from"], "$.body.from"),
            (.produce, ["origin", "area"], "$.body.origin.area"), (.test, ["method"], "$.body.method"),
        ]
        for (kind, path, field) in required {
            expectRefused(try Samples.record(kind, body: path, nil), field: field, "missing")
        }
    }

    @Test func wrongTypesAreNamed() throws {
        expectRefused(
            try Samples.record(.receive, body: ["accepted"], .string("是")), field: "$.body.accepted",
            "wrong type, expected true or false")
        expectRefused(
            try Samples.record(.sell, body: ["quantity", "value"], .number("0.625")), field: "$.body.quantity.value",
            "wrong type, expected a string")
        expectRefused(
            try Samples.record(.sell, body: ["unitPrice"], .number("26.8")), field: "$.body.unitPrice",
            "expected a string")
        expectRefused(
            try Samples.record(.ship, body: ["documents"], .object([])), field: "$.body.documents", "expected an array")
        expectRefused(
            try Samples.record(.sell, body: ["quantity"], .string("0.625kg")), field: "$.body.quantity",
            "expected an object")
        expectRefused(
            try Samples.record(.recall, body: ["level"], .string("2")), field: "$.body.level", "expected a whole number"
        )
        expectRefused(
            try Samples.record(.ship, body: ["to"], .number("18")), field: "$.body.to", "wrong type, expected a string")
        expectRefused(
            try Samples.record(.certify, body: ["earTags", 1], .number("151012100031202")), field: "$.body.earTags[1]",
            "expected a string")
    }

    @Test func nullForARequiredField() throws {
        expectRefused(
            try Samples.record(.ship, body: ["to"], .null), field: "$.body.to", "null where a string is required")
    }

    @Test func valuesOutsideTheirSets() throws {
        let cases: [(RecordKind, [PathStep], String, String)] = [
            (.sell, ["quantity", "unit"], "斤", "$.body.quantity.unit"),
            (.sell, ["quantity", "unit"], "KG", "$.body.quantity.unit"),
            (.transform, ["process"], "smoke", "$.body.process"),
            (.ship, ["documents", 0, "type"], "invoice", "$.body.documents[0].type"),
            (.register, ["role"], "butcher", "$.body.role"),
            (.produce, ["product", "category"], "meat", "$.body.product.category"),
            (.certify, ["type"], "quarantine", "$.body.type"),
        ]
        for (kind, path, value, field) in cases {
            expectRefused(try Samples.record(kind, body: path, .string(value)), field: field, "value not allowed")
        }
    }

    @Test(arguments: ["-26.8", "026.8", "26.8000000", "26,8", "1e2", "", " 26.8"])
    func amountsMustBeExactDecimals(text: String) throws {
        expectRefused(
            try Samples.record(.sell, body: ["unitPrice"], .string(text)), field: "$.body.unitPrice",
            "\"\(text)\" is not an exact decimal")
    }

    @Test func traceCodesAreChecked() throws {
        expectRefused(
            try Samples.record(.sell, body: ["slip"], .string("51010411826112801071")), field: "$.body.slip",
            "trace code check digit is 1 but the other digits give 0")
        expectRefused(
            try Samples.record(.sell, body: ["slip"], .string("5101041182611280107")), field: "$.body.slip",
            "trace code has 19 characters")
        expectRefused(
            try Samples.record(.use, body: ["dishes", 0, "ingredients", 1, "batch"], .string("5101042122612010002O")),
            field: "$.body.dishes[0].ingredients[1].batch", "digits only")
        // A transposition typed at the scale.
        expectRefused(
            try Samples.record(.receive, body: ["as"], .string("51010411826112800304")), field: "$.body.as", "mistyped")
    }

    @Test func timestampsInBodiesNeedAnOffset() throws {
        expectRefused(
            try Samples.record(.certify, body: ["validFrom"], .string("2026-11-26T16:00:00")),
            field: "$.body.validFrom",
            "is not an RFC 3339 time with an offset")
        expectRefused(
            try Samples.record(.use, body: ["dishes", 0, "sample", "keptUntil"], .string("2026-12-03")),
            field: "$.body.dishes[0].sample.keptUntil", "RFC 3339")
    }

    @Test(arguments: ["1.0", "2.0", "2e0", "20E-1", "-0.0"])
    func integersMustBeWrittenAsIntegers(source: String) throws {
        expectRefused(
            try Samples.record(.recall, body: ["level"], try json(source)), field: "$.body.level",
            "must be a whole number written without a fraction or exponent")
    }

    @Test func integersThatAreNotWholeOrTooLarge() throws {
        expectRefused(
            try Samples.record(.recall, body: ["level"], .number("2.5")), field: "$.body.level",
            "must be a whole number written without a fraction or exponent, found 2.5")
        expectRefused(
            try Samples.record(.use, body: ["diners"], .number("1e400")), field: "$.body.diners",
            "no IEEE 754 double form")
        expectRefused(
            try Samples.record(.use, body: ["diners"], .number("99999999999999999999")), field: "$.body.diners",
            "whole number 99999999999999999999 is too large")
    }

    @Test func decodedBodiesEncodeBackToTheSameJSON() throws {
        for kind in RecordKind.allCases {
            let record = try Record.parse(Samples.record(kind))
            let again = try Record.json(of: try record.decodedBody().value)
            #expect(try CanonicalJSON.string(again) == CanonicalJSON.string(record.body), "\(kind)")
        }
    }

    @Test func decimalsHaveOneWrittenForm() throws {
        // "26.80" and "26.8" are the same price: only the shortest text is accepted, so one sale has one id.
        let record = try Record.parse(try Samples.record(.sell, body: ["unitPrice"], .string("26.8")))
        #expect(String(decoding: record.signedBytes, as: UTF8.self).contains(#""unitPrice":"26.8""#))
        do {
            _ = try Record.parse(try Samples.record(.sell, body: ["unitPrice"], .string("26.80")))
            Issue.record("26.80 was accepted")
        } catch let problem as RecordProblem {
            #expect(problem.field == "$.body.unitPrice")
            #expect(problem.reason.contains("one written form"))
        }
    }
}
