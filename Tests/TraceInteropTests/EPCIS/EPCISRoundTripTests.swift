import Testing
import TraceModel

@testable import TraceInterop

/// Records → EPCISWriter → EPCISReader gives back the same lots, quantities and times.
@Suite("EPCIS round trip")
struct EPCISRoundTripTests {
    /// What each record must come back as: (list name, lot, amount text, UN/CEFACT unit) — built from
    /// the bodies directly, not through the mapping code.
    static func expectedLots(_ record: Record) throws -> [String] {
        func lot(_ list: String, _ code: TraceCode, _ quantity: Quantity?) -> String {
            "\(list) \(code.digits) \(quantity.map { "\($0.value) \($0.unit.uneceCode)" } ?? "-")"
        }
        switch try record.decodedBody() {
        case .produce(let b): return [lot("q", b.batch, b.quantity)]
        case .transform(let b):
            return b.inputs.map { lot("in", $0.batch, $0.quantity) }
                + b.outputs.map { lot("out", $0.batch, $0.quantity) }
        case .ship(let b): return [lot("q", b.batch, b.quantity)]
        case .receive(let b): return [lot("q", b.batch, b.quantity)]
        case .test(let b): return [lot("q", b.batch, nil)]
        case .certify(let b): return b.batch.map { [lot("q", $0, b.quantity)] } ?? []
        case .sell(let b): return [lot("q", b.batch, b.quantity)]
        case .use(let b):
            // The sample meal uses one batch twice (12.5 + 7.5 kg): one input of 20 kg.
            let batches = Set(b.dishes.flatMap(\.ingredients).map(\.batch))
            #expect(batches.count == 1)
            return [lot("in", batches.first!, Quantity(Amount(20), .kilogram)), lot("out", b.meal, nil)]
        case .recall(let b): return [lot("q", b.batch, nil)]
        case .dispose(let b): return [lot("q", b.batch, b.quantity)]
        case .count(let b): return [lot("q", b.batch, b.counted)]
        case .void(let b): return [lot("q", b.slip, nil)]
        case .register, .revoke, .attest: return []
        }
    }

    static func lots(_ event: ImportedEvent) throws -> [String] {
        func render(_ list: String, _ items: [ImportedQuantity]) throws -> [String] {
            try items.map { item in
                let code = try #require(FoodTraceURI.traceCode(fromLot: item.epcClass), "\(item.epcClass)")
                return "\(list) \(code.digits) \(item.amount.map { "\($0) \(item.uom ?? "")" } ?? "-")"
            }
        }
        return try render("q", event.quantityList) + render("in", event.inputQuantityList)
            + render("out", event.outputQuantityList)
    }

    @Test("lots, quantities, times and records survive export and import")
    func roundTrip() throws {
        let chain = try SampleChain.chain()
        let document = try exportDocument(chain)
        let imported = try EPCISReader.read(document: document.bytes)
        #expect(imported.events.count == chain.records.count)
        for (event, (record, id)) in zip(imported.events, chain.records) {
            #expect(try Self.lots(event) == Self.expectedLots(record), "\(record.kind)")
            #expect(event.eventTime == record.at)
            #expect(event.eventTime.epochMilliseconds == record.at.epochMilliseconds)
            #expect(event.hashID == event.declaredEventID)
            #expect(event.foodTraceRecord.map(Chain.id(of:)) == id)
            #expect(event.foodTraceRecord?.canonicalBytes == record.canonicalBytes)
        }
        let mapper = EPCISImportMapper(
            importer: ImportingParty(id: "MKT-510104-001", area: "510104", node: "001"),
            defaults: .init(product: SampleChain.carcass, origin: Place(area: "510112", name: "龙泉驿区")))
        for (outcome, (record, _)) in zip(mapper.map(imported), chain.records) {
            guard case .mapped(let mapped) = outcome, mapped.count == 1 else {
                Issue.record("\(record.kind): \(outcome)")
                continue
            }
            #expect(mapped[0].kind == record.kind)
            #expect(mapped[0].body == (try record.decodedBody()))
            #expect(mapped[0].signedRecord?.sig == record.sig)
        }
    }

    @Test("a tampered event no longer matches its eventID, and is refused for contradicting its record")
    func tamperingChangesHash() throws {
        let document = try exportDocument(try SampleChain.chain())
        let text = String(decoding: document.bytes, as: UTF8.self).replacingOccurrences(
            of: "\"quantity\":1250.5", with: "\"quantity\":1350.5")
        let json = try JSONParser.parse(Array(text.utf8), limits: EPCISRecordAgreementTests.limits)
        guard case .array(let events)? = json["epcisBody"]?["eventList"] else {
            Issue.record("no event list")
            return
        }
        let context = EPCISContext(document: json)
        let changed = events.filter {
            EPCISEventHash.hashID(event: $0, context: context) != $0["eventID"]?.stringValue
        }
        #expect(changed.count == 5)
        #expect(changed.allSatisfy { String(describing: $0).contains("1350.5") })
        let error = #expect(throws: InteropError.self) { try EPCISReader.read(document: Array(text.utf8)) }
        #expect(error?.path == "$.epcisBody.eventList[0].quantityList")
        #expect(error?.reason.contains("the record gives") == true)
    }
}
