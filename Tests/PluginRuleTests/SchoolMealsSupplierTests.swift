import SchoolMeals
import Testing
import TraceAudit
import TraceModel

/// `unapproved-supplier`, `supplier-blacklisted`, `supplier-red-card`, `supplier-credit-grade`, `source-tickets`.
@Suite("school-meals: suppliers and tickets")
struct SchoolMealsSupplierTests {
    let plugin = SchoolMealsPlugin()

    @Test("a clean school gives only its traceability figure, at info")
    func cleanSchool() throws {
        let scene = try Scene()
        let pork = try scene.pork()
        let greens = try scene.vegetables(hour: 1)
        let meat = try scene.deliver(
            pork.wholesaleBatch, kilograms: 12, to: scene.school, documents: pork.documents, hour: 9,
            expires: pork.expires)
        let veg = try scene.deliver(
            greens.batch, kilograms: 20, to: scene.school, documents: [greens.proof], hour: 9.2, expires: greens.expires
        )
        try scene.lunch([("回锅肉", meat.code, 8), ("清炒时蔬", veg.code, 6)], hour: 11.5)
        let findings = try scene.chain.run(plugin)
        #expect(findings.count == 1)
        #expect(findings.first?.rule == "school-meals/traceability-rate" && findings.first?.severity == .info)
        #expect(findings.first?.message.contains("100.0% (2/2") == true)
    }

    @Test("a delivery straight from a farm the school has not approved is reported; the approved market's is not")
    func unapproved() throws {
        let scene = try Scene()
        let direct = try scene.vegetables(hour: 1, to: scene.school)
        let greens = try scene.vegetables(hour: 2)
        let approved = try scene.deliver(
            greens.batch, kilograms: 20, to: scene.school, documents: [greens.proof], hour: 4, expires: greens.expires)
        let findings = try scene.chain.run(plugin).of("school-meals/unapproved-supplier")
        #expect(findings.map(\.evidence) == [[direct.receipt]])
        #expect(!findings.contains { $0.evidence.contains(approved.receipt) })
    }

    @Test("an approval that lapsed before the delivery does not count; a regulator's city-wide approval does")
    func approvalValidity() throws {
        let scene = try Scene()
        let lapsedFarm = try scene.chain.party("FARM", .farm)
        try scene.chain.certify(
            scene.school, .approvedSupplier, subject: lapsedFarm, from: Chain.at(hours: -10), until: Chain.at(hours: 1))
        let lapsed = try scene.vegetables(hour: 2, from: lapsedFarm, to: scene.school)
        let cityFarm = try scene.chain.party("FARM", .farm)
        try scene.chain.certify(scene.chain.regulator, .approvedSupplier, subject: cityFarm, from: Chain.at(hours: -10))
        let city = try scene.vegetables(hour: 3, from: cityFarm, to: scene.school)
        let findings = try scene.chain.run(plugin).of("school-meals/unapproved-supplier")
        #expect(findings.map { $0.evidence.first } == [lapsed.receipt])
        #expect(!findings.contains { $0.evidence.contains(city.receipt) })
    }

    @Test("a blacklisted supplier is reported under the school rule, not passed through as a source-ticket finding")
    func blacklisted() throws {
        let scene = try Scene()
        try scene.chain.certify(scene.school, .approvedSupplier, subject: scene.vegFarm, from: Chain.at(hours: -10))
        let entry = try scene.chain.certify(
            scene.chain.regulator, .blacklist, subject: scene.vegFarm, from: Chain.at(hours: 0.2))
        let delivery = try scene.vegetables(hour: 1, to: scene.school)
        let findings = try scene.chain.run(plugin)
        #expect(findings.of("school-meals/supplier-blacklisted").map(\.evidence) == [[delivery.receipt, entry.id]])
        #expect(findings.of("source-tickets/supplier-blacklisted").isEmpty)
        let before = try Scene()
        try before.chain.certify(before.school, .approvedSupplier, subject: before.vegFarm, from: Chain.at(hours: -10))
        _ = try before.vegetables(hour: 1, to: before.school)
        try before.chain.certify(before.chain.regulator, .blacklist, subject: before.vegFarm, from: Chain.at(hours: 3))
        #expect(try before.chain.run(plugin).of("school-meals/supplier-blacklisted").isEmpty)
    }

    @Test("a red-carded supplier is reported; a yellow card is only a warning and is not")
    func redCard() throws {
        let scene = try Scene()
        try scene.chain.certify(scene.school, .approvedSupplier, subject: scene.vegFarm, from: Chain.at(hours: -10))
        try scene.chain.certify(scene.chain.regulator, .yellowCard, subject: scene.vegFarm, from: Chain.at(hours: 0))
        let warned = try scene.vegetables(hour: 1, to: scene.school)
        // The first delivery is received at hour 2.0, the card takes effect at 2.5.
        let card = try scene.chain.certify(
            scene.chain.regulator, .redCard, subject: scene.vegFarm, from: Chain.at(hours: 2.5))
        let expelled = try scene.vegetables(hour: 3, to: scene.school)
        let findings = try scene.chain.run(plugin).of("school-meals/supplier-red-card")
        #expect(findings.map(\.evidence) == [[expelled.receipt, card.id]])
        #expect(!findings.contains { $0.evidence.contains(warned.receipt) })
    }

    @Test("a credit grade below the floor is a warning; at the floor, or no grade, it is not")
    func creditGrade() throws {
        let scene = try Scene()
        let greens = try scene.vegetables(hour: 0)
        try scene.chain.certify(
            scene.chain.regulator, .creditGrade, subject: scene.wholesale, from: Chain.at(hours: -10),
            until: Chain.at(hours: 2), result: "B")
        let atFloor = try scene.deliver(
            greens.batch, kilograms: 10, to: scene.school, documents: [greens.proof], hour: 1, expires: greens.expires)
        let grade = try scene.chain.certify(
            scene.chain.regulator, .creditGrade, subject: scene.wholesale, from: Chain.at(hours: 3),
            result: "C")
        let below = try scene.deliver(
            greens.batch, kilograms: 10, to: scene.school, documents: [greens.proof], hour: 4, expires: greens.expires)
        let findings = try scene.chain.run(plugin).of("school-meals/supplier-credit-grade")
        #expect(findings.map(\.evidence) == [[below.receipt, grade.id]])
        #expect(findings.first?.severity == .warning)
        #expect(!findings.contains { $0.evidence.contains(atFloor.receipt) })
        let strict = try scene.chain.run(plugin, parameters: ["supplier-credit-grade.floor": "A"]).of(
            "school-meals/supplier-credit-grade")
        #expect(Set(strict.compactMap { $0.evidence.first }) == [atFloor.receipt, below.receipt])
        let ungraded = try Scene()
        let direct = try ungraded.vegetables(hour: 1)
        try ungraded.deliver(
            direct.batch, kilograms: 10, to: ungraded.school, documents: [direct.proof], hour: 2,
            expires: direct.expires)
        #expect(try ungraded.chain.run(plugin).of("school-meals/supplier-credit-grade").isEmpty)
    }

    @Test("school receipts go through the source-ticket rules, their findings under source-tickets ids")
    func sourceTicketsPassThrough() throws {
        let scene = try Scene()
        let pork = try scene.pork()
        let bad = try scene.deliver(
            pork.wholesaleBatch, kilograms: 12, to: scene.school, documents: pork.documents, hour: 8,
            receiptDocuments: [pork.documents[0]], expires: pork.expires)
        let good = try scene.deliver(
            pork.wholesaleBatch, kilograms: 12, to: scene.school, documents: pork.documents, hour: 9,
            expires: pork.expires)
        let stall = try scene.deliver(
            pork.wholesaleBatch, kilograms: 12, to: scene.stall, documents: pork.documents, hour: 9.5,
            receiptDocuments: [pork.documents[0]])
        let findings = try scene.chain.run(plugin)
        #expect(findings.of("source-tickets/missing-document").map { $0.evidence.first } == [bad.receipt])
        #expect(!findings.contains { $0.evidence.contains(good.receipt) || $0.evidence.contains(stall.receipt) })
        #expect(findings.of("school-meals/source-tickets").isEmpty)
    }
}
