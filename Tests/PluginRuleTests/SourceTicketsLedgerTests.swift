import SourceTickets
import Testing
import TraceAudit
import TraceModel

/// `sales-exceed-receipts`, `positive-test-distributed`, and the run's scope and clock.
@Suite("source-tickets: ledgers, tests, scope")
struct SourceTicketsLedgerTests {
    let plugin = SourceTicketsPlugin()

    /// A stall batch of 50 kg of cabbage and its receipt.
    func stallBatch(_ scene: Scene) throws -> (receipt: String, code: TraceCode) {
        let greens = try scene.vegetables(hour: 1)
        let delivery = try scene.deliver(
            greens.batch, kilograms: 50, to: scene.stall, documents: [greens.proof], hour: 3)
        return (delivery.receipt, delivery.code)
    }

    func sell(_ scene: Scene, _ batch: TraceCode, kilograms: Int, hour: Double) throws -> String {
        try scene.chain.add(
            scene.stall,
            SellBody(
                slip: scene.stall.code(), batch: batch, quantity: .kg(kilograms),
                unitPrice: Amount(5), amount: Amount(5 * kilograms)), at: Chain.at(hours: hour))
    }

    @Test("selling exactly what was received is fine; one kilogram more is reported with the sale that crossed")
    func salesExceedReceipts() throws {
        let exact = try Scene()
        let balanced = try stallBatch(exact)
        _ = try sell(exact, balanced.code, kilograms: 30, hour: 5)
        _ = try sell(exact, balanced.code, kilograms: 20, hour: 6)
        #expect(try exact.chain.run(plugin).of("source-tickets/sales-exceed-receipts").isEmpty)

        let over = try Scene()
        let batch = try stallBatch(over)
        let first = try sell(over, batch.code, kilograms: 30, hour: 5)
        let crossing = try sell(over, batch.code, kilograms: 21, hour: 6)
        let findings = try over.chain.run(plugin).of("source-tickets/sales-exceed-receipts")
        #expect(findings.map(\.evidence) == [[batch.receipt, crossing]])
        #expect(!(findings.first?.evidence.contains(first) ?? true))
        let tolerant = try over.chain.run(plugin, parameters: ["sales-exceed-receipts.tolerance": "1"])
        #expect(tolerant.of("source-tickets/sales-exceed-receipts").isEmpty)
    }

    @Test("a positive lot slaughtered and shipped is reported with the test; one destroyed is not")
    func positiveDistributed() throws {
        let scene = try Scene()
        let pork = try scene.pork(result: "positive")
        let findings = try scene.chain.run(plugin).of("source-tickets/positive-test-distributed")
        #expect(findings.count == 1)
        #expect(findings.first?.evidence.first == pork.testRecord)
        #expect(findings.first?.evidence.contains(pork.slaughterRecord) == true)
        #expect(findings.first?.severity == .critical)

        let destroyed = try Scene()
        let lot = try destroyed.chain.produce(destroyed.pigFarm, .livePig, .head(5), at: Chain.at(hours: 0))
        let animal = try destroyed.chain.certify(
            destroyed.vet, .animalQuarantine, subject: destroyed.pigFarm, batch: lot.code,
            product: .livePig, quantity: .head(5), from: Chain.at(hours: 0), until: Chain.at(hours: 48))
        let arrival = try destroyed.chain.transfer(
            destroyed.pigFarm, lot.code, .head(5), to: destroyed.house, documents: [animal.ref],
            at: Chain.at(hours: 1))
        try destroyed.chain.add(
            destroyed.house, TestBody(batch: arrival.code, analyte: "clenbuterol", method: "rapid", result: "positive"),
            at: Chain.at(hours: 2))
        try destroyed.chain.add(
            destroyed.house, DisposeBody(batch: arrival.code, quantity: .head(5), method: "destroyed"),
            at: Chain.at(hours: 3))
        #expect(try destroyed.chain.run(plugin).of("source-tickets/positive-test-distributed").isEmpty)
    }

    @Test("a party scope, a time window and the clock limit what is judged")
    func scopeAndClock() throws {
        let scene = try Scene()
        let pork = try scene.pork()
        let bad = try scene.deliver(
            pork.wholesaleBatch, kilograms: 50, to: scene.stall, documents: pork.documents, hour: 8,
            receiptDocuments: [pork.documents[0]])
        let rule = "source-tickets/missing-document"
        #expect(
            try scene.chain.run(plugin, scope: AuditScope(party: scene.stall.id)).of(rule).map { $0.evidence.first }
                == [bad.receipt])
        #expect(try scene.chain.run(plugin, scope: AuditScope(party: scene.wholesale.id)).of(rule).isEmpty)
        let after = Chain.at(hours: 9).epochMilliseconds
        #expect(try scene.chain.run(plugin, scope: AuditScope(since: after)).of(rule).isEmpty)
        #expect(try scene.chain.run(plugin, scope: AuditScope(until: after)).of(rule).count == 1)
        #expect(
            try scene.chain.run(plugin, now: Chain.at(hours: 8)).of(rule).isEmpty,
            "a receipt after `now` is not known yet")
    }

    @Test("every rule has a Chinese and an English title, a source, and its parameters' defaults")
    func metadata() {
        let rules = plugin.rules
        #expect(plugin.name == "source-tickets" && plugin.version == "1.0.0")
        #expect(
            Set(rules.map(\.id)) == [
                "missing-document", "document-not-certified", "document-expired", "issuer-not-entitled",
                "certificate-quantity",
                "supplier-licence", "supplier-blacklisted", "no-supply-agreement", "undesignated-slaughterhouse",
                "sales-exceed-receipts", "positive-test-distributed",
            ])
        for rule in rules {
            #expect(!rule.title.isEmpty && !rule.titleEnglish.isEmpty && !rule.source.isEmpty, "\(rule.id)")
            #expect(rule.parameters.allSatisfy { !$0.defaultValue.isEmpty && !$0.description.isEmpty }, "\(rule.id)")
        }
    }
}
