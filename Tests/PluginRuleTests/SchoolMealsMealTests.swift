import SchoolMeals
import Testing
import TraceAudit
import TraceModel

/// `traceability-rate`, `sample-retention`, `banned-food`, `expired-ingredient`, `recalled-batch-used`, `receiving-records`.
@Suite("school-meals: meals and receiving")
struct SchoolMealsMealTests {
    let plugin = SchoolMealsPlugin()

    /// A school batch of cabbage (20 kg) delivered through the wholesale market.
    func schoolGreens(
        _ scene: Scene, product: Product = .cabbage, shelfHours: Double = 96, hour: Double = 1,
        expires: Bool = true, inspectors: [String]? = ["王敏", "李强"]
    ) throws -> (receipt: String, code: TraceCode) {
        let greens = try scene.vegetables(product, hour: hour, shelfHours: shelfHours)
        let delivery = try scene.deliver(
            greens.batch, kilograms: 20, to: scene.school, documents: [greens.proof], hour: hour + 2,
            expires: expires ? greens.expires : nil, inspectors: inspectors)
        return (delivery.receipt, delivery.code)
    }

    @Test("an ingredient whose farm record no longer verifies is untraceable: a violation and a rate below 100%")
    func traceability() throws {
        let scene = try Scene()
        let pork = try scene.pork()
        let meat = try scene.deliver(
            pork.wholesaleBatch, kilograms: 12, to: scene.school, documents: pork.documents, hour: 9,
            expires: pork.expires)
        let greens = try schoolGreens(scene)
        let lunch = try scene.lunch([("回锅肉", meat.code, 8), ("清炒时蔬", greens.code, 6)], hour: 11.5)
        #expect(try scene.chain.run(plugin).of("school-meals/traceability-rate").map(\.severity) == [.info])
        // The vegetable farm's key is revoked from before its harvest: its produce record no longer stands.
        try scene.chain.add(
            scene.chain.regulator,
            RevokeBody(
                key: scene.vegFarm.key.publicKey.keyID, from: Chain.at(hours: -1),
                reason: "私钥泄露"), at: Chain.at(hours: 30))
        let findings = try scene.chain.run(plugin).of("school-meals/traceability-rate")
        let violations = findings.filter { $0.severity == .violation }
        #expect(violations.map(\.subject) == [greens.code.digits])
        #expect(violations.first?.evidence == [greens.receipt, lunch.id])
        #expect(findings.first { $0.severity == .info }?.message.contains("50.0% (1/2") == true)
    }

    @Test("a 125 g sample kept exactly 48 h passes; 124 g, 47.9 h or no sample does not")
    func sampleRetention() throws {
        let scene = try Scene()
        let greens = try schoolGreens(scene)
        let exact = try scene.lunch([("清炒时蔬", greens.code, 2)], hour: 11, grams: 125, keptHours: 48)
        let light = try scene.lunch([("清炒时蔬", greens.code, 2)], hour: 12, grams: 124, keptHours: 48)
        let short = try scene.lunch([("清炒时蔬", greens.code, 2)], hour: 13, grams: 150, keptHours: 47.9)
        let none = try scene.lunch([("清炒时蔬", greens.code, 2)], hour: 14, sample: false)
        let findings = try scene.chain.run(plugin).of("school-meals/sample-retention")
        #expect(findings.map(\.evidence) == [[light.id], [short.id], [none.id]])
        #expect(!findings.contains { $0.evidence.contains(exact.id) })
        let lenient = try scene.chain.run(
            plugin, parameters: ["sample-retention.min-grams": "100", "sample-retention.min-hours": "47"])
        #expect(lenient.of("school-meals/sample-retention").map(\.evidence) == [[none.id]])
    }

    @Test("green beans are banned by dish name or by ingredient; 土豆烧鸡块 is not 发芽土豆")
    func bannedFood() throws {
        let scene = try Scene()
        let beans = try schoolGreens(scene, product: .greenBeans)
        let greens = try schoolGreens(scene, hour: 2)
        let byName = try scene.lunch([("干煸四季豆", greens.code, 2)], hour: 11)
        let byIngredient = try scene.lunch([("清炒时蔬", beans.code, 2)], hour: 12)
        let potatoes = try scene.lunch([("土豆烧鸡块", greens.code, 2)], hour: 13)
        let findings = try scene.chain.run(plugin).of("school-meals/banned-food")
        #expect(findings.compactMap { $0.evidence.first } == [byName.id, byIngredient.id])
        #expect(!findings.contains { $0.evidence.contains(potatoes.id) })
        let custom = try scene.chain.run(plugin, parameters: ["banned-food.terms": "土豆"]).of("school-meals/banned-food")
        #expect(custom.compactMap { $0.evidence.first } == [potatoes.id])
    }

    @Test(
        "an ingredient used after its expiry is reported, at its expiry it is not; a receipt without expiry inherits it"
    )
    func expiredIngredient() throws {
        let scene = try Scene()
        // Harvested at hour 1 with a 30 h shelf life: expires at hour 31.
        let greens = try schoolGreens(scene, shelfHours: 30)
        let atExpiry = try scene.lunch([("清炒时蔬", greens.code, 2)], hour: 31)
        let after = try scene.lunch([("清炒时蔬", greens.code, 2)], hour: 31.1)
        let unlabelled = try schoolGreens(scene, shelfHours: 30, hour: 2, expires: false)
        let inherited = try scene.lunch([("清炒时蔬", unlabelled.code, 2)], hour: 33)
        let findings = try scene.chain.run(plugin).of("school-meals/expired-ingredient")
        #expect(findings.compactMap { $0.evidence.first } == [after.id, inherited.id])
        #expect(!findings.contains { $0.evidence.contains(atExpiry.id) })
    }

    @Test("a batch from a recalled carcass used after the notice is reported; before the notice it is not")
    func recalledBatchUsed() throws {
        let scene = try Scene()
        let pork = try scene.pork()
        let meat = try scene.deliver(
            pork.wholesaleBatch, kilograms: 12, to: scene.school, documents: pork.documents, hour: 9,
            expires: pork.expires)
        let before = try scene.lunch([("回锅肉", meat.code, 4)], hour: 11.5)
        let notice = try scene.chain.add(
            scene.chain.regulator, RecallBody(recall: "RECALL-1", batch: pork.carcass, level: 2, reason: "抽检不合格"),
            at: Chain.at(hours: 20))
        let after = try scene.lunch([("回锅肉", meat.code, 4)], hour: 35.5)
        let findings = try scene.chain.run(plugin).of("school-meals/recalled-batch-used")
        #expect(findings.map(\.evidence) == [[after.id, notice]])
        #expect(!findings.contains { $0.evidence.contains(before.id) })
    }

    @Test("a receipt with one inspector or no expiry is incomplete; two inspectors and an expiry are not")
    func receivingRecords() throws {
        let scene = try Scene()
        let complete = try schoolGreens(scene)
        let alone = try schoolGreens(scene, hour: 2, inspectors: ["王敏"])
        let undated = try schoolGreens(scene, hour: 3, expires: false)
        let findings = try scene.chain.run(plugin).of("school-meals/receiving-records")
        #expect(findings.map(\.evidence) == [[alone.receipt], [undated.receipt]])
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(!findings.contains { $0.evidence.contains(complete.receipt) })
        let single = try scene.chain.run(plugin, parameters: ["receiving-records.min-inspectors": "1"]).of(
            "school-meals/receiving-records")
        #expect(single.map(\.evidence) == [[undated.receipt]])
    }

    @Test("a party scope, a time window and the clock limit which meals are judged")
    func scopeAndClock() throws {
        let scene = try Scene()
        let greens = try schoolGreens(scene)
        let meal = try scene.lunch([("清炒时蔬", greens.code, 2)], hour: 11, sample: false)
        let rule = "school-meals/sample-retention"
        #expect(
            try scene.chain.run(plugin, scope: AuditScope(party: scene.school.id)).of(rule).map(\.evidence) == [
                [meal.id]
            ])
        #expect(try scene.chain.run(plugin, scope: AuditScope(party: scene.stall.id)).isEmpty)
        #expect(
            try scene.chain.run(plugin, scope: AuditScope(since: Chain.at(hours: 12).epochMilliseconds)).of(rule)
                .isEmpty)
        #expect(
            try scene.chain.run(plugin, now: Chain.at(hours: 10.9)).of(rule).isEmpty,
            "a meal after `now` is not known yet")
    }

    @Test("every rule has titles, a source and documented parameters")
    func metadata() {
        #expect(plugin.name == "school-meals" && plugin.version == "1.0.0")
        #expect(
            plugin.rules.map(\.id) == [
                "traceability-rate", "unapproved-supplier", "supplier-blacklisted", "supplier-red-card",
                "supplier-credit-grade",
                "source-tickets", "sample-retention", "banned-food", "expired-ingredient", "recalled-batch-used",
                "receiving-records",
            ])
        for rule in plugin.rules {
            #expect(!rule.title.isEmpty && !rule.titleEnglish.isEmpty && !rule.source.isEmpty, "\(rule.id)")
            // A list may default to empty (banned-food.codes: no code list is national); every other default is set.
            #expect(
                rule.parameters.allSatisfy {
                    !$0.description.isEmpty && (!$0.defaultValue.isEmpty || $0.name == "codes")
                },
                "\(rule.id)")
        }
    }
}
