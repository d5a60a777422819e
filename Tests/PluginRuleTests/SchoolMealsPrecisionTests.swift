import SchoolMeals
import Testing
import TraceAudit
import TraceModel

/// Banned foods by their common names in both languages and by product code; a dish with no ingredient line
/// is untraceable. Each with near misses on both sides.
@Suite("school-meals: banned-food aliases and dishes without ingredients")
struct SchoolMealsPrecisionTests {
    let plugin = SchoolMealsPlugin()

    func schoolBatch(_ scene: Scene, _ product: Product, hour: Double) throws -> TraceCode {
        let greens = try scene.vegetables(product, hour: hour)
        let delivery = try scene.deliver(
            greens.batch, kilograms: 20, to: scene.school, documents: [greens.proof], hour: hour + 2,
            expires: greens.expires, inspectors: ["王敏", "李强"])
        return delivery.code
    }

    @Test(
        "common names in Chinese and English, letter case ignored; safe foods that share a word are not banned",
        arguments: [
            ("干煸豆角", true),
            ("凉拌菜豆", true),
            ("Stir-fried GREEN BEANS", true),
            ("鲜黄花菜炒蛋", true),
            ("黄花菜炒蛋", true),
            ("Fresh daylily soup", true),
            ("野山菌汤", true),
            ("wild mushroom soup", true),
            ("发芽马铃薯丝", true),
            ("Sashimi platter", true),
            // Near misses: dried daylily, cultivated mushrooms, potatoes, broad beans.
            ("干黄花菜烧肉", false),
            ("dried daylily stew", false),
            ("香菇青菜", false),
            ("土豆烧鸡块", false),
            ("broad bean paste", false),
            ("豆腐", false),
        ])
    func bannedByName(dish: String, banned: Bool) throws {
        let scene = try Scene()
        let cabbage = try schoolBatch(scene, .cabbage, hour: 1)
        let lunch = try scene.lunch([(dish, cabbage, 2)], hour: 11)
        let findings = try scene.chain.run(plugin).of("school-meals/banned-food")
        #expect(findings.compactMap { $0.evidence.first } == (banned ? [lunch.id] : []), "\(dish)")
    }

    /// An ingredient's product name and product code count like the dish name.
    @Test func bannedByIngredientNameOrCode() throws {
        let scene = try Scene()
        let beans = try schoolBatch(scene, Product(code: "0299", name: "Green Beans", category: .vegetable), hour: 1)
        let coded = try schoolBatch(scene, Product(code: "020601", name: "时令鲜蔬", category: .vegetable), hour: 2)
        let near = try schoolBatch(scene, Product(code: "0207", name: "时令鲜蔬", category: .vegetable), hour: 3)
        let byName = try scene.lunch([("清炒时蔬", beans, 2)], hour: 11)
        let byCode = try scene.lunch([("清炒时蔬", coded, 2)], hour: 12)
        let nearMiss = try scene.lunch([("清炒时蔬", near, 2)], hour: 13)
        let plain = try scene.chain.run(plugin).of("school-meals/banned-food")
        #expect(plain.compactMap { $0.evidence.first } == [byName.id], "no code is banned by default")
        let withCodes = try scene.chain.run(plugin, parameters: ["banned-food.codes": "0206"]).of(
            "school-meals/banned-food")
        #expect(withCodes.compactMap { $0.evidence.first } == [byName.id, byCode.id])
        #expect(!withCodes.contains { $0.evidence.contains(nearMiss.id) })
        #expect(withCodes.last?.message.contains("0206") == true)
    }

    /// A dish with no ingredient line cannot be traced: the rate falls below 100% and the meal is reported.
    /// The near miss: the same meal with the ingredient recorded is traced, and the rate is met.
    @Test func dishWithoutIngredientsIsUntraceable() throws {
        let scene = try Scene()
        let cabbage = try schoolBatch(scene, .cabbage, hour: 1)
        let traced = try scene.lunch([("清炒时蔬", cabbage, 2)], hour: 11)
        var findings = try scene.chain.run(plugin).of("school-meals/traceability-rate")
        #expect(findings.map(\.severity) == [.info])
        #expect(findings.first?.message.contains("100.0% (1/1") == true)
        #expect(findings.first?.message.contains("达标") == true)

        let served = Chain.at(hours: 12)
        let bare = try scene.chain.add(
            scene.school,
            UseBody(
                meal: scene.school.code(), service: "lunch", servedAt: served, diners: 300,
                dishes: [
                    Dish(
                        name: "清炒时蔬", ingredients: [BatchQuantity(batch: cabbage, quantity: .kg(2))],
                        sample: Sample(grams: Amount(150), keptUntil: Chain.at(hours: 62), keptBy: "留样员")),
                    Dish(
                        name: "红烧肉", ingredients: [],
                        sample: Sample(grams: Amount(150), keptUntil: Chain.at(hours: 62), keptBy: "留样员")),
                ]), at: served)
        findings = try scene.chain.run(plugin).of("school-meals/traceability-rate")
        let violation = try #require(findings.first { $0.severity == .violation })
        #expect(violation.evidence == [bare])
        #expect(violation.message.contains("红烧肉") && !violation.message.contains("清炒时蔬"))
        let rate = try #require(findings.first { $0.severity == .info })
        #expect(rate.message.contains("66.6% (2/3") || rate.message.contains("66.7% (2/3"), "\(rate.message)")
        #expect(rate.message.contains("未达标"))
        #expect(!findings.contains { $0.evidence.first == traced.id && $0.severity == .violation })
    }
}
