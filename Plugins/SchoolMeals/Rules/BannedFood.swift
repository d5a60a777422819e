import FoodTraceKit
import TraceModel

/// `banned-food`: a school meal serves a food primary and secondary school and kindergarten canteens may not
/// make: cold-meat (冷荤) and raw dishes, piped-cream cakes, green beans (四季豆/豆角/菜豆), fresh daylily (鲜黄花菜),
/// wild mushrooms (野生菌), sprouted potatoes (发芽土豆).
///
/// A dish is flagged when its name, or the product name of one of its ingredient batches, contains a term of
/// the `terms` list (Chinese and English common names, letter case ignored) outside an `exceptions` entry, or
/// when an ingredient's product code starts with one of `codes`. The default terms follow the regulation's
/// categories; 凉拌 (cold-dressed) vegetable dishes are not 冷荤 and are not in the default list — add the term
/// to ban them too. Dried daylily (干黄花菜) is not fresh daylily, so it is a default exception.
enum BannedFood: SchoolRule {
    static let rule = AuditRule(
        id: "banned-food", title: "制售禁止的高风险食品", titleEnglish: "Banned high-risk food served",
        severity: .violation,
        source: "\(SchoolSources.regulation)",
        parameters: [
            RuleParameter(
                name: "terms",
                defaultValue: [
                    "冷荤,冷盘,卤味拼盘,生食,刺身,生鱼片,醉虾,醉蟹,裱花",
                    "四季豆,豆角,菜豆,黄花菜,金针菜,野生菌,野生蘑菇,野蘑菇,野山菌,发芽土豆,发芽马铃薯,发芽洋芋",
                    "cold cuts,sashimi,raw fish,drunken shrimp,piped cream",
                    "green bean,string bean,french bean,snap bean,runner bean,daylily,wild mushroom",
                    "sprouted potato,sprouting potato",
                ].joined(separator: ","),
                description: "Terms that mark a banned dish or ingredient (dish names and product names are "
                    + "searched, letter case ignored).", type: .list,
                descriptionChinese: "标记禁止供应的菜品或食材的词语（检索菜名和产品名，不分大小写）。"),
            RuleParameter(
                name: "exceptions", defaultValue: "干黄花菜,黄花菜干,干金针菜,dried daylily",
                description: "Safe foods whose names contain a term: a term inside one of these does not count.",
                type: .list, descriptionChinese: "名称含有上述词语但安全的食品：出现在这些名称中的词语不计。"),
            RuleParameter(
                name: "codes", defaultValue: "",
                description: "Product codes (prefixes) of banned foods in the code list the records use, e.g. the "
                    + "market's commodity code for green beans.", type: .list,
                descriptionChinese: "禁止供应食品在记录所用编码表中的产品编码（前缀），例如市场的四季豆商品编码。"),
        ])

    static func check(_ data: SchoolData) throws -> [Finding] {
        let terms = BannedTerms(
            terms: try list(data.index.context, "terms"), exceptions: try list(data.index.context, "exceptions"))
        let codes = BannedCodes(prefixes: try list(data.index.context, "codes"))
        var findings: [Finding] = []
        for meal in data.meals {
            var hits: [String] = []
            var batches: [String] = []
            for dish in meal.body.dishes {
                var matched = terms.matches(in: dish.name)
                for ingredient in dish.ingredients {
                    let node = try data.index.graph.node(ingredient.batch.digits)
                    if let name = node?.product?.name ?? node?.productName {
                        matched += terms.matches(in: name).filter { !matched.contains($0) }
                    }
                    if let code = codes.matches(node?.product?.code), !matched.contains(code) {
                        matched.append(code)
                    }
                }
                guard !matched.isEmpty else { continue }
                hits.append("\(dish.name)（\(matched.joined(separator: "、"))）")
                for ingredient in dish.ingredients {
                    if let record = try data.index.graph.node(ingredient.batch.digits)?.record {
                        batches.append(record)
                    }
                }
            }
            guard !hits.isEmpty else { continue }
            let (school, at) = (data.name(of: meal.school), Describe.time(meal.servedAt))
            findings.append(
                finding(
                    subject: meal.body.meal.digits,
                    text: Message(
                        "school-meals.banned-food", zh: "\(school) \(at) 供应禁止食品：\(hits.joined(separator: "；"))",
                        en: "\(school) served banned food at \(at): \(hits.joined(separator: "; "))"),
                    evidence: [meal.record.id] + batches))
        }
        return findings
    }
}
