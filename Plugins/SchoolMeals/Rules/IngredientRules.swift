import FoodTraceKit
import SourceTickets
import TraceModel

/// `expired-ingredient`: a school meal used an ingredient batch past its expiry at service time. A batch's
/// expiry is its own, else the nearest one up its custody chain.
enum ExpiredIngredient: SchoolRule {
    static let rule = AuditRule(
        id: "expired-ingredient", title: "使用超过保质期的食材", titleEnglish: "Ingredient used past its expiry",
        severity: .violation, source: "《食品安全法》(2021) 第三十四条; \(SchoolSources.regulation)")

    static func check(_ data: SchoolData) throws -> [Finding] {
        var findings: [Finding] = []
        for meal in data.meals {
            var seen: Set<String> = []
            for dish in meal.body.dishes {
                for ingredient in dish.ingredients where seen.insert(ingredient.batch.digits).inserted {
                    let code = ingredient.batch.digits
                    guard let expiry = try data.expiry(code), expiry < meal.servedAt else { continue }
                    let name = try data.productName(code) ?? code
                    let (school, at, expired) = (
                        data.name(of: meal.school), Describe.time(meal.servedAt), Describe.time(expiry)
                    )
                    findings.append(
                        finding(
                            subject: code,
                            text: Message(
                                "school-meals.expired-ingredient",
                                zh: "\(school) \(at) 的「\(dish.name)」使用 \(name) 批次 \(code)，该批次 \(expired) 已过期",
                                en:
                                    "\(school) at \(at): \(dish.name) used \(name) batch \(code), which expired at \(expired)"
                            ),
                            evidence: [meal.record.id] + [try data.index.graph.node(code)?.record].compactMap { $0 }))
                }
            }
        }
        return findings
    }
}

/// `recalled-batch-used`: a school meal used a batch that was itself, or came from, a batch under a recall
/// notice issued before the meal was served.
enum RecalledBatchUsed: SchoolRule {
    static let rule = AuditRule(
        id: "recalled-batch-used", title: "使用已召回批次", titleEnglish: "Recalled batch used in a meal",
        severity: .critical, source: "《食品安全法》(2021) 第六十三条; 《食品召回管理办法》(2015); \(SchoolSources.regulation)")

    static func check(_ data: SchoolData) throws -> [Finding] {
        var notices: [String: [(record: String, notice: String, at: Int64)]] = [:]
        for record in try data.index.context.query.records(kind: .recall, AuditScope(until: data.index.context.now + 1))
        {
            let body = try record.body(as: RecallBody.self)
            notices[body.batch.digits, default: []].append((record.id, body.recall, record.at))
        }
        guard !notices.isEmpty else { return [] }
        var findings: [Finding] = []
        for meal in data.meals {
            var seen: Set<String> = []
            for dish in meal.body.dishes {
                for ingredient in dish.ingredients where seen.insert(ingredient.batch.digits).inserted {
                    let code = ingredient.batch.digits
                    let hits = try data.index.graph.ancestors(code).sorted().flatMap { ancestor in
                        (notices[ancestor] ?? []).filter { $0.at <= meal.servedAt }.map { (ancestor, $0) }
                    }
                    guard !hits.isEmpty else { continue }
                    let list = hits.map { "召回通知 \($0.1.notice)（批次 \($0.0)）" }.joined(separator: "、")
                    let english = hits.map { "recall notice \($0.1.notice) (batch \($0.0))" }.joined(separator: ", ")
                    let (school, at) = (data.name(of: meal.school), Describe.time(meal.servedAt))
                    findings.append(
                        finding(
                            subject: code,
                            text: Message(
                                "school-meals.recalled-batch-used",
                                zh: "\(school) \(at) 的「\(dish.name)」使用批次 \(code)，已在 \(list) 范围内",
                                en: "\(school) at \(at): \(dish.name) used batch \(code), covered by \(english)"),
                            evidence: [meal.record.id] + hits.map(\.1.record)))
                }
            }
        }
        return findings
    }
}
