import Testing
import TraceModel

/// The EPCIS import's reasons travel in English (the import plan, a kept event's signed record, the JSON report);
/// `Message.EPCISImport.reading` reads each one the catalogue writes back into both languages — every constructor,
/// with the arguments' edge cases — and leaves any other text as it is.
@Suite("EPCIS import reasons read back from their English")
struct ImportReasonReadingTests {
    typealias R = Message.EPCISImport

    static let written: [Message] = [
        R.embeddedRecord(.verbatim("$.body.batch: missing")), R.declaresError,
        R.invalidBody(.verbatim("$.body.quantity: must be positive")),
        R.noCanonicalForm(path: "$.quantityList[0].quantity", .verbatim("1e400 has no canonical form")),
        R.eventTooLong(bytes: 9000, most: 8192),
        R.aggregation(action: "ADD", unit: "urn:epc:id:sscc:4012345.0000000071"),
        R.aggregation(action: "DELETE", unit: nil), R.aggregation(action: "OBSERVE", unit: "urn:epc:id:sscc:1.2"),
        R.association(parent: "urn:epc:id:grai:4012345.55555.987"), R.association(parent: nil),
        R.transaction(["po urn:epcglobal:cbv:bt:4012345000009:PO-7", "urn:epcglobal:cbv:bt:4012345000009:ASN1"]),
        R.noKind(eventType: "SensorEvent"), R.deleteWithoutOutcome(bizStep: "inspecting"),
        R.deleteWithoutOutcome(bizStep: nil), R.shippingWithoutDestination, R.receivingWithoutSource,
        R.noTraceCode("urn:epc:class:lgtin:4012345.012345.L7"), R.noSlipCode,
        R.observeWithoutStep(disposition: nil, set: [], unset: []),
        R.observeWithoutStep(disposition: "active", set: ["completeness_verified", "sellable_accessible"], unset: []),
        R.observeWithoutStep(disposition: "in_progress", set: [], unset: ["completeness_inferred"]),
        R.observeWithoutStep(disposition: "active", set: ["a"], unset: ["b", "c"]),
        R.stepHasNoKind("inspecting"), R.listsNothing(.event), R.listsNothing(.inputs), R.listsNothing(.outputs),
        R.noQuantity(lot: "urn:epc:class:lgtin:4012345.012345.L8"),
        R.inexactQuantity("1.2345678", lot: "urn:epc:class:lgtin:4012345.012345.L9"),
        R.unknownUnit("ZZ", lot: "urn:epc:class:lgtin:4012345.012345.L6"), R.unknownUnit("", lot: "urn:x:1"),
        R.notAnAct(kind: "count"),
        R.declaration(type: "ObjectEvent", id: "ni:///sha-256;ab?ver=CBV2.0", at: nil, reason: nil, corrective: []),
        R.declaration(
            type: "ObjectEvent", id: "ni:///sha-256;ab?ver=CBV2.0", at: "2026-11-28T08:30:00+08:00",
            reason: "incorrect_data", corrective: ["urn:uuid:1", "urn:uuid:2"]),
        R.declaration(type: "AggregationEvent", id: "urn:uuid:9", at: nil, reason: "did_not_occur", corrective: []),
    ]

    @Test func everyReasonIsReadBack() {
        for message in Self.written {
            #expect(R.reading(message.en) == message, "\(message.en)")
            #expect(!message.en.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(message.key)")
            #expect(message.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(message.key)")
        }
        #expect(Set(Self.written.map(\.zh)).count == Self.written.count, "two reasons read the same in Chinese")
    }

    // Near misses: a text the catalogue did not write (another importer's words, a reason cut short, one with more
    // after it) stays as it is, in every language.
    @Test(arguments: [
        "skipped for reasons of its own", "no slip code yet", "a DELETE ObjectEvent with bizStep",
        "event type  has no FoodTrace record kind", "lot urn:x:1 has no quantity at all",
    ])
    func otherTextStaysVerbatim(text: String) {
        #expect(R.reading(text) == .verbatim(text))
    }
}
