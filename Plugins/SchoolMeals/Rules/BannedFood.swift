import FoodTraceKit
import TraceModel

/// `banned-food`: a school meal serves a food primary and secondary school and kindergarten canteens may not
/// make: cold-meat (冷荤) and raw dishes, piped-cream cakes, green beans (四季豆), fresh daylily (鲜黄花菜),
/// wild mushrooms (野生菌), sprouted potatoes (发芽土豆).
///
/// A dish is flagged when its name, or the product name of one of its ingredient batches, contains a term
/// of the `terms` list. The default terms follow the regulation's categories; 凉拌 (cold-dressed) vegetable
/// dishes are not 冷荤 and are not in the default list — add the term to ban them too.
enum BannedFood: SchoolRule {
    static let rule = AuditRule(
        id: "banned-food", title: "制售禁止的高风险食品", titleEnglish: "Banned high-risk food served",
        severity: .violation,
        source: "\(SchoolSources.regulation): 中小学、幼儿园食堂不得制售冷荤类、生食类食品、裱花蛋糕，不得加工四季豆、鲜黄花菜、野生蘑菇、发芽土豆等高风险食品",
        parameters: [
            RuleParameter(
                name: "terms",
                defaultValue: "冷荤,冷盘,卤味拼盘,生食,刺身,生鱼片,醉虾,醉蟹,裱花,四季豆,菜豆,鲜黄花菜,野生菌,野生蘑菇,野蘑菇,发芽土豆,发芽马铃薯",
                description: "Terms that mark a banned dish or ingredient (dish names and product names are searched).",
                type: .list)
        ])

    static func check(_ data: SchoolData) throws -> [Finding] {
        let terms = try list(data.index.context, "terms")
        var findings: [Finding] = []
        for meal in data.meals {
            var hits: [String] = []
            var batches: [String] = []
            for dish in meal.body.dishes {
                var names = [dish.name]
                for ingredient in dish.ingredients {
                    if let name = try data.productName(ingredient.batch.digits) { names.append(name) }
                }
                let matched = terms.filter { term in names.contains { $0.contains(term) } }
                guard !matched.isEmpty else { continue }
                hits.append("\(dish.name)（\(matched.joined(separator: "、"))）")
                for ingredient in dish.ingredients {
                    if let record = try data.index.graph.node(ingredient.batch.digits)?.record {
                        batches.append(record)
                    }
                }
            }
            guard !hits.isEmpty else { continue }
            findings.append(
                finding(
                    subject: meal.body.meal.digits,
                    message:
                        "\(data.name(of: meal.school)) \(Describe.time(meal.servedAt)) 供应禁止食品：\(hits.joined(separator: "；"))",
                    evidence: [meal.record.id] + batches))
        }
        return findings
    }
}
