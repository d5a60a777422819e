import Testing
import TraceModel

/// Valid records, one per kind, that the record tests change in one place at a time.
enum Samples {
    static let farmLot = "51012100326112000018"
    static let carcass = "51011200126112700150"
    static let offal = "51011200126112700169"
    static let stallBatch = "51010411826112800034"
    static let slip = "51010411826112801070"
    static let meal = "51010421226120100017"
    static let canteenPork = "51010421226113000042"
    static let canteenPepper = "51010421226120100025"
    static let previous = "sha256:225243bbb1d9c9fb8a4498bc5a65746c66f133e2ded316a465f0cb5d3083aa12"
    static let signature = "v3K1t_cmGYNLk33WobAczF_9tIsuXEifFctXQNEmXd7BrgoYBV6Rkfb-hPIqR6TFopxFykepHUL2CbgBwc44AA"

    static let pork = #"{"code":"01010101","name":"白条猪肉","category":"pork"}"#
    static let pigs = #"{"code":"01000001","name":"生猪","category":"live-pig"}"#

    /// Bodies by kind.
    static let bodies: [RecordKind: String] = [
        .register: #"""
        {"party":"STALL-510104-001-018","name":"王记鲜肉","role":"stall","area":"510104","node":"118",
         "parent":"MKT-510104-001","address":"水井坊农贸市场18号","contact":"13980012345","creditCode":"92510104MA6DJ5KX4L",
         "keys":[{"id":"k-ed2905ab4d64c625","alg":"ed25519","spki":"MCowBQYDK2VwAyEA"}],
         "licences":[{"type":"business-licence","number":"92510104MA6DJ5KX4L","validFrom":"2024-01-01T00:00:00+08:00",
                      "validUntil":"2028-12-31T23:59:59+08:00"}]}
        """#,
        .revoke: #"{"key":"k-ed2905ab4d64c625","from":"2026-12-04T20:00:00+08:00","reason":"私钥丢失"}"#,
        .certify: """
        {"type":"animal-quarantine","number":"5101212611260087","subject":"FARM-510121-003","batch":"\(farmLot)",
         "product":\(pigs),"quantity":{"value":"20","unit":"head"},"origin":{"area":"510121","name":"金堂县"},
         "destination":"SH-510112-001","validFrom":"2026-11-26T16:00:00+08:00","validUntil":"2026-11-28T16:00:00+08:00",
         "result":"pass","vehicle":"川A3T721","earTags":["151012100031201","151012100031202"]}
        """,
        .produce: """
        {"batch":"\(farmLot)","product":\(pigs),"quantity":{"value":"20","unit":"head"},
         "origin":{"area":"510121","name":"金堂县"},"expires":"2027-01-01T00:00:00+08:00"}
        """,
        .transform: """
        {"process":"slaughter","inputs":[{"batch":"\(farmLot)","quantity":{"value":"20","unit":"head"}}],
         "outputs":[{"batch":"\(carcass)","product":\(pork),"quantity":{"value":"1612.4","unit":"kg"},
                     "expires":"2026-11-30T04:00:00+08:00"},
                    {"batch":"\(offal)","product":\(pork),"quantity":{"value":"318.65","unit":"kg"}}]}
        """,
        .ship: """
        {"shipment":"SH001-20261128-0031","batch":"\(carcass)","quantity":{"value":"164.8","unit":"kg"},
         "to":"STALL-510104-001-018","documents":[{"type":"product-quarantine","number":"5101122611280331"},
         {"type":"meat-inspection","number":"川肉检5101120029871"}],"vehicle":"川A7K265"}
        """,
        .receive: """
        {"shipment":"SH001-20261128-0031","from":"SH-510112-001","batch":"\(carcass)","as":"\(stallBatch)",
         "quantity":{"value":"164.8","unit":"kg"},"documents":[{"type":"meat-inspection","number":"川肉检5101120029871"}],
         "accepted":true,"inspectors":["王德明","李娟"],"expires":"2026-11-30T04:00:00+08:00"}
        """,
        .test: """
        {"batch":"\(stallBatch)","analyte":"clenbuterol","method":"lab","result":"negative","value":"< 0.5 µg/kg",
         "report":{"type":"test-report","number":"CDJC-2026-W-04417"}}
        """,
        .sell: """
        {"slip":"\(slip)","batch":"\(stallBatch)","quantity":{"value":"0.625","unit":"kg"},"unitPrice":"26.8","amount":"16.75"}
        """,
        .use: """
        {"meal":"\(meal)","service":"lunch","servedAt":"2026-12-01T11:50:00+08:00","diners":1260,
         "dishes":[{"name":"青椒肉丝","ingredients":[{"batch":"\(canteenPork)","quantity":{"value":"38.5","unit":"kg"}},
                                                      {"batch":"\(canteenPepper)","quantity":{"value":"22","unit":"kg"}}],
                    "sample":{"grams":"125","keptUntil":"2026-12-03T12:00:00+08:00","keptBy":"张敏"}}]}
        """,
        .recall: """
        {"recall":"RC-510112-001-2026-003","batch":"\(carcass)","level":2,"reason":"检出莱克多巴胺"}
        """,
        .dispose: """
        {"batch":"\(stallBatch)","quantity":{"value":"12.4","unit":"kg"},"method":"destroyed",
         "recall":"RC-510112-001-2026-003","note":"无害化处理"}
        """,
        .count: """
        {"batch":"\(stallBatch)","counted":{"value":"52","unit":"kg"},"note":"收市盘点"}
        """,
        .void: """
        {"slip":"\(slip)","reason":"称重录错"}
        """,
        .attest: #"""
        {"claim":{"produce":{"batch":"00000000013252628923","origin":{"area":"000000","name":"Green Valley Pig Farm"},"product":{"category":"processed","code":"04012345111118","name":"Live pigs"},"quantity":{"unit":"kg","value":"1000"}}},"document":"sha256:4509fcaf32b56e189b145a60fa77415ed7af809b9198b5ba385c2271d939343f","event":{"event":"{\"action\":\"ADD\",\"bizLocation\":{\"id\":\"urn:epc:id:sgln:4012345.00000.0\"},\"bizStep\":\"commissioning\",\"disposition\":\"active\",\"eventTime\":\"2026-11-20T06:00:00+08:00\",\"eventTimeZoneOffset\":\"+08:00\",\"gv:pen\":\"P7\",\"quantityList\":[{\"epcClass\":\"urn:epc:class:lgtin:4012345.011111.GV-2611-01\",\"quantity\":1000,\"uom\":\"KGM\"}],\"readPoint\":{\"id\":\"urn:epc:id:sgln:4012345.00000.0\"},\"type\":\"ObjectEvent\"}","eventID":"ni:///sha-256;43074750d95179aea9cb9bd428e08adcb4d0c14381ae094245a8439923f73b6a?ver=CBV2.0"},"eventTime":"2026-11-20T06:00:00+08:00","from":"urn:epc:id:pgln:4012345.00000","party":{"id":"GLN-4012345000009","key":"urn:epc:id:sgln:4012345.00000.0","name":"Green Valley Pig Farm"}}
        """#,
    ]

    /// A whole signed-looking record of `kind` with seq 1289.
    static func record(_ kind: RecordKind) throws -> JSONValue {
        try json(
            """
            {"v":1,"kind":"\(kind.rawValue)","issuer":"STALL-510104-001-018","seq":1289,"prev":"\(previous)",
             "at":"2026-11-28T07:42:13+08:00","body":\(bodies[kind]!),
             "sig":{"alg":"ed25519","key":"k-ed2905ab4d64c625","value":"\(signature)"}}
            """)
    }

    /// The record of `kind` with the body value at `path` replaced (or removed when `value` is nil).
    static func record(_ kind: RecordKind, body path: [PathStep], _ value: JSONValue?) throws -> JSONValue {
        try record(kind).replacing(["body"] + path, with: value)
    }
}

/// The problem `Record.parse` reports for `record`, or `nil` when it accepts it.
func problem(_ record: JSONValue) -> RecordProblem? {
    do {
        _ = try Record.parse(record)
        return nil
    } catch {
        return error
    }
}

/// The problem `Record.parse` reports for the bytes of a document.
func problem(bytes: [UInt8]) -> RecordProblem? {
    do {
        _ = try Record.parse(bytes)
        return nil
    } catch {
        return error
    }
}

/// Expects `Record.parse` to refuse `record` at `field` with a reason containing `phrase`.
func expectRefused(
    _ record: JSONValue, field: String, _ phrase: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let found = problem(record) else {
        Issue.record("accepted; expected a refusal at \(field) (\(phrase))", sourceLocation: sourceLocation)
        return
    }
    #expect(found.field == field, "reason: \(found.reason)", sourceLocation: sourceLocation)
    #expect(found.reason.contains(phrase), "field \(found.field): \(found.reason)", sourceLocation: sourceLocation)
    // Read from its text, the record meets the same refusal (the text reader takes its own way through the envelope).
    let fromText = problem(bytes: Array(documentText(record).utf8))
    #expect(fromText == found, "read from its text: \(String(describing: fromText))", sourceLocation: sourceLocation)
}

/// `value` as JSON text with its members in the order they stand and its numbers as written (not canonical form).
func documentText(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let text): return text
    case .string: return (try? CanonicalJSON.string(value)) ?? "\"\""
    case .array(let elements): return "[" + elements.map(documentText).joined(separator: ",") + "]"
    case .object(let members):
        let written = members.map { member in documentText(.string(member.key)) + ":" + documentText(member.value) }
        return "{" + written.joined(separator: ",") + "}"
    }
}
