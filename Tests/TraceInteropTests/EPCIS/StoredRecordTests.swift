import Testing
import TraceModel

@testable import TraceInterop

/// Records as a store keeps them are read without the strict parser's Codable round trip; the result
/// must be exactly what strict parsing gives.
@Suite("Stored records: the fast reading path")
struct StoredRecordTests {
    static func records() throws -> [(record: Record, id: String)] {
        var all = try SampleChain.chain().records + EPCISMasterDataTests.ledger().records
        var chain = Chain()
        let lot = try code("510104", "001", "261128", 9)
        let origin = EPCISOrigin(eventID: "ni:///sha-256;00?ver=CBV2.0", event: #"{"type":"ObjectEvent"}"#)
        try chain.add(
            "MKT-510104-001", "2026-11-28T07:00:00+08:00",
            ProduceBody(
                batch: lot, product: SampleChain.pig,
                quantity: try kg("2"), origin: Place(area: "510104", name: "锦江"), epcis: origin))
        try chain.add(
            "MKT-510104-001", "2026-11-28T08:00:00+08:00",
            CertifyBody(
                type: .animalQuarantine, number: "A-1",
                subject: "FARM-510112-003", batch: lot, product: SampleChain.pig, quantity: try kg("2"),
                origin: Place(area: "510112", name: "龙泉驿"),
                destination: "SH-510112-001", validFrom: try time("2026-11-28T08:00:00+08:00"),
                validUntil: try time("2026-11-30T08:00:00+08:00"),
                result: "pass", vehicle: "川A12345", earTags: ["1", "2"]))
        // The till's kinds and fields: a confirmatory test, a sale priced per 斤, a stock count and a void.
        try chain.add(
            "MKT-510104-001", "2026-11-28T09:00:00+08:00",
            TestBody(
                batch: lot, analyte: "clenbuterol", method: "lab", result: "negative",
                clears: "sha256:" + String(repeating: "ab", count: 32)))
        let slip = try code("510104", "001", "261128", 10)
        try chain.add(
            "MKT-510104-001", "2026-11-28T09:10:00+08:00",
            SellBody(
                slip: slip, batch: lot, quantity: try kg("1.5"), unitPrice: Amount(24), amount: Amount(36),
                pricedIn: .jin))
        try chain.add(
            "MKT-510104-001", "2026-11-28T09:20:00+08:00", CountBody(batch: lot, counted: try kg("0"), note: "盘点"))
        try chain.add("MKT-510104-001", "2026-11-28T09:30:00+08:00", VoidBody(slip: slip, reason: "称错"))
        all += chain.records
        return all
    }

    @Test("every kind's body reads the same as strict parsing gives it")
    func sameBodies() throws {
        for (record, _) in try Self.records() {
            let fast = StoredBody.decode(kind: record.kind, record.body)
            if record.kind == .register || record.kind == .revoke {
                #expect(fast == nil)
            } else {
                #expect(fast == (try record.decodedBody()), "\(record.kind)")
            }
        }
    }

    @Test("a body of any other shape is left to strict parsing")
    func otherShapesFallBack() throws {
        let sell = try #require(try SampleChain.chain().records.first { $0.record.kind == .sell }?.record)
        let cases: [JSONValue] = [
            sell.body.setting("extra", to: .string("x")),
            sell.body.setting("epcis", to: .null),
            sell.body.removing("amount"),
            sell.body.setting("amount", to: .number("35")),
            sell.body.setting("amount", to: .string("35.0")),
            sell.body.setting("slip", to: .string("123")),
        ]
        for body in cases { #expect(StoredBody.decode(kind: .sell, body) == nil, "\(body)") }
    }

    @Test("prepared from stored bytes, every record gives the same event or master-data element")
    func samePrepared() throws {
        var strict: [UInt8] = []
        var stored: [UInt8] = []
        var one = EPCISWriter { strict.append(contentsOf: $0) }
        var other = EPCISWriter { stored.append(contentsOf: $0) }
        let creation = try time("2026-11-30T12:00:00+08:00")
        one.begin(creationDate: creation)
        other.begin(creationDate: creation)
        for (record, id) in try Self.records() {
            try one.write(EPCISWriter.prepare(record: record, id: id, context: SampleChain.parties))
            try other.write(
                EPCISWriter.prepare(storedRecord: record.canonicalBytes, id: id, context: SampleChain.parties))
            #expect(
                try FSMA204Rows.rows(forStoredRecord: record.canonicalBytes, id: id, parties: SampleChain.parties)
                    == FSMA204Rows.rows(for: record, id: id, parties: SampleChain.parties))
        }
        try one.end()
        try other.end()
        #expect(stored == strict)
        #expect(one.eventCount > 10 && one.masterRecordCount == 4)
    }

    @Test("stored bytes that do not parse are refused with the record's id and the field")
    func unreadableStoredRecord() {
        let error = #expect(throws: InteropError.self) {
            try EPCISWriter.prepare(
                storedRecord: Array(#"{"v":1,"kind":"sell"}"#.utf8), id: "sha256:00", context: SampleChain.parties)
        }
        #expect(error?.path.hasPrefix("record sha256:00: $.") == true, "\(String(describing: error))")
    }
}
