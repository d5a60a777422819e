import SourceTickets
import Testing
import TraceAudit
import TraceModel

/// `missing-document`, `document-not-certified`, `document-expired`, `issuer-not-entitled`.
@Suite("source-tickets: documents")
struct SourceTicketsDocumentTests {
    let plugin = SourceTicketsPlugin()

    @Test("a clean chain gives no finding at all")
    func cleanChain() throws {
        let scene = try Scene()
        let pork = try scene.pork()
        let greens = try scene.vegetables(hour: 1)
        try scene.deliver(pork.wholesaleBatch, kilograms: 60, to: scene.stall, documents: pork.documents, hour: 8)
        try scene.deliver(greens.batch, kilograms: 40, to: scene.stall, documents: [greens.proof], hour: 8.5)
        let schoolPork = try scene.deliver(
            pork.wholesaleBatch, kilograms: 12, to: scene.school, documents: pork.documents, hour: 9,
            expires: pork.expires)
        let schoolGreens = try scene.deliver(
            greens.batch, kilograms: 20, to: scene.school, documents: [greens.proof], hour: 9.2,
            expires: greens.expires)
        try scene.lunch([("回锅肉", schoolPork.code, 8), ("清炒时蔬", schoolGreens.code, 6)], hour: 11.5)
        #expect(try scene.chain.run(plugin).isEmpty)
    }

    @Test("pork at a stall without its meat inspection certificate is reported; beef needs none")
    func missingDocument() throws {
        let scene = try Scene()
        let pork = try scene.pork()
        let quarantineOnly = pork.documents.filter { $0.type == .productQuarantine }
        let bad = try scene.deliver(
            pork.wholesaleBatch, kilograms: 50, to: scene.stall, documents: pork.documents, hour: 8,
            receiptDocuments: quarantineOnly)
        let good = try scene.deliver(
            pork.wholesaleBatch, kilograms: 50, to: scene.stall, documents: pork.documents, hour: 9)
        let beef = try scene.chain.produce(scene.pigFarm, .beef, .kg(200), at: Chain.at(hours: 2))
        let beefQuarantine = try scene.chain.certify(
            scene.vet, .productQuarantine, subject: scene.pigFarm, batch: beef.code, product: .beef,
            quantity: .kg(200), from: Chain.at(hours: 2), until: Chain.at(hours: 50))
        let beefReceipt = try scene.chain.transfer(
            scene.pigFarm, beef.code, .kg(200), to: scene.wholesale, documents: [beefQuarantine.ref],
            at: Chain.at(hours: 3))
        let findings = try scene.chain.run(plugin).of("source-tickets/missing-document")
        #expect(findings.count == 1)
        #expect(findings.first?.evidence.first == bad.receipt)
        #expect(findings.first?.message.contains("肉品品质检验合格证") == true)
        #expect(!findings.contains { $0.evidence.contains(good.receipt) || $0.evidence.contains(beefReceipt.receipt) })
    }

    @Test("vegetables need a compliance proof or a test report")
    func otherFoodAlternatives() throws {
        let scene = try Scene()
        let greens = try scene.vegetables(hour: 1)
        let report = try scene.chain.certify(
            scene.lab, .testReport, batch: greens.lot, product: .cabbage, quantity: .kg(300),
            from: Chain.at(hours: 1), until: Chain.at(hours: 200), result: "pass")
        let none = try scene.deliver(greens.batch, kilograms: 20, to: scene.stall, documents: [], hour: 8)
        let withReport = try scene.deliver(
            greens.batch, kilograms: 20, to: scene.stall, documents: [report.ref], hour: 9)
        let findings = try scene.chain.run(plugin).of("source-tickets/missing-document")
        #expect(findings.map { $0.evidence.first } == [none.receipt])
        #expect(!findings.contains { $0.evidence.contains(withReport.receipt) })
    }

    @Test("a quoted number with no certify record is reported, certified ones are not")
    func notCertified() throws {
        let scene = try Scene()
        let pork = try scene.pork()
        let forged = DocumentRef(type: .productQuarantine, number: "P51-FORGED")
        let bad = try scene.deliver(
            pork.wholesaleBatch, kilograms: 50, to: scene.stall, documents: pork.documents, hour: 8,
            receiptDocuments: [forged] + pork.documents.filter { $0.type == .meatInspection })
        let findings = try scene.chain.run(plugin).of("source-tickets/document-not-certified")
        #expect(findings.count == 1)
        #expect(findings.first?.subject == "P51-FORGED")
        #expect(findings.first?.evidence == [bad.receipt])
    }

    @Test("a quarantine certificate expired at receipt is reported; valid up to the receipt minute it is not")
    func expired() throws {
        let scene = try Scene()
        // Receipt at the wholesale market is 4.5 h after the lot; the certificate starts at 3.5 h.
        let late = try scene.pork(hour: 0, quarantineHours: 0.5)
        let exact = try scene.pork(hour: 10, quarantineHours: 1)
        let findings = try scene.chain.run(plugin).of("source-tickets/document-expired")
        #expect(findings.count == 1)
        #expect(findings.first?.evidence.first == late.wholesaleReceipt)
        #expect(findings.first?.evidence.contains(late.quarantineRecord) == true)
        #expect(!findings.contains { $0.evidence.contains(exact.wholesaleReceipt) })
    }

    @Test("downstream of the certified batch only revocation counts, unless downstream-expiry is on")
    func downstreamExpiry() throws {
        let scene = try Scene()
        let pork = try scene.pork(quarantineHours: 10)
        // The certificates lapsed at 13.5 h (quarantine) and 75.5 h (inspection); the stall receives at 20.5 h.
        let stall = try scene.deliver(
            pork.wholesaleBatch, kilograms: 50, to: scene.stall, documents: pork.documents, hour: 20)
        #expect(try scene.chain.run(plugin).of("source-tickets/document-expired").isEmpty)
        let strict = try scene.chain.run(plugin, parameters: ["document-expired.downstream-expiry": "true"])
        #expect(strict.of("source-tickets/document-expired").map { $0.evidence.first } == [stall.receipt])
    }

    @Test("a certificate revoked before the receipt, or not yet valid, counts as not in force")
    func revokedOrNotYetValid() throws {
        let scene = try Scene()
        let pork = try scene.pork()
        let quarantine = pork.documents[0]
        try scene.chain.add(
            scene.chain.regulator, RevokeBody(certificate: quarantine, from: Chain.at(hours: 4.2), reason: "检疫证明作废"),
            at: Chain.at(hours: 6))
        let early = try scene.chain.certify(
            scene.house, .meatInspection, subject: scene.house, batch: pork.carcass, product: .pork,
            quantity: .kg(800), from: Chain.at(hours: 30), until: Chain.at(hours: 90), result: "pass",
            at: Chain.at(hours: 5))
        let stall = try scene.deliver(
            pork.wholesaleBatch, kilograms: 50, to: scene.stall, documents: [pork.documents[1], early.ref],
            hour: 8)
        let findings = try scene.chain.run(plugin).of("source-tickets/document-expired")
        #expect(
            findings.filter { $0.subject == quarantine.number }.map { $0.evidence.first } == [pork.wholesaleReceipt])
        #expect(findings.filter { $0.subject == early.ref.number }.map { $0.evidence.first } == [stall.receipt])
        #expect(!findings.contains { $0.subject == pork.documents[1].number })
    }

    @Test("a farm signing its own animal quarantine certificate is reported; the vet's and the regulator's are not")
    func issuerNotEntitled() throws {
        let scene = try Scene()
        _ = try scene.pork()
        let lot = try scene.chain.produce(scene.pigFarm, .livePig, .head(5), at: Chain.at(hours: 20))
        let own = try scene.chain.certify(
            scene.pigFarm, .animalQuarantine, subject: scene.pigFarm, batch: lot.code, product: .livePig,
            quantity: .head(5), from: Chain.at(hours: 20), until: Chain.at(hours: 60))
        let findings = try scene.chain.run(plugin).of("source-tickets/issuer-not-entitled")
        #expect(findings.map(\.evidence) == [[own.id]])
        #expect(findings.first?.severity == .critical)
    }
}
