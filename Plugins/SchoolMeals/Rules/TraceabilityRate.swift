import FoodTraceKit
import TraceGraph
import TraceModel

/// `traceability-rate`: every ingredient of every school meal traces upstream to a farm lot, completely
/// (every hop's step back present, origin a farm's `produce` lot, every signature standing).
///
/// A dish recorded with no ingredient lines cannot be traced at all: it counts as one ingredient use that
/// does not trace, and gets its own `violation` (the meal, naming the dish).
///
/// Two kinds of finding. A `violation` per untraceable ingredient batch of a school, naming the batch's
/// record, the meals that used it and the trace's gaps (and one per meal with dishes of no ingredient). And
/// per school with meals in scope, the rate as a figure — ingredient uses that trace completely / all
/// ingredient uses — as an **`info`** finding, always, whatever the rate, with the `target` in its message.
/// Info findings state a figure, not a fault: they are not counted as findings, and a check for clean data
/// looks at findings of `warning` and above.
enum TraceabilityRate: SchoolRule {
    static let rule = AuditRule(
        id: "traceability-rate", title: "主要食材来源可追溯率", titleEnglish: "Ingredient traceability rate",
        severity: .violation, source: "\(SchoolSources.regulation); 《食品安全法》(2021) 第四十二条",
        parameters: [
            RuleParameter(
                name: "target", defaultValue: "100",
                description: "Target rate in percent, shown with each school's figure.", type: .decimal,
                descriptionChinese: "目标追溯率（百分比），与各校的数值一并显示。")
        ])

    static func check(_ data: SchoolData) throws -> [Finding] {
        var findings: [Finding] = []
        var totals: [String: (uses: Int, traced: Int, meals: [String])] = [:]
        var untraced: [String: (school: String, meals: [String], gaps: [Message], record: String?)] = [:]
        var untracedOrder: [String] = []
        for meal in data.meals {
            var entry = totals[meal.school] ?? (0, 0, [])
            entry.meals.append(meal.record.id)
            let bare = meal.body.dishes.filter(\.ingredients.isEmpty).map(\.name)
            if !bare.isEmpty {
                entry.uses += bare.count
                let (school, at) = (data.name(of: meal.school), Describe.time(meal.servedAt))
                findings.append(
                    finding(
                        subject: meal.body.meal.digits,
                        text: Message(
                            "school-meals.dish-without-ingredients",
                            zh: "\(school) \(at) 的菜品未记录任何食材，无法追溯：\(bare.joined(separator: "、"))",
                            en:
                                "\(school) at \(at): dishes with no ingredient recorded, not traceable: \(bare.joined(separator: ", "))"
                        ),
                        evidence: [meal.record.id]))
            }
            for dish in meal.body.dishes {
                for ingredient in dish.ingredients {
                    entry.uses += 1
                    let code = ingredient.batch.digits
                    let trace = try data.trace(code)
                    if let trace, trace.complete {
                        entry.traced += 1
                        continue
                    }
                    let key = meal.school + "|" + code
                    if untraced[key] == nil {
                        untracedOrder.append(key)
                        untraced[key] = (
                            meal.school, [], trace.map(Self.gaps) ?? [.noTraceCode(code)],
                            try data.index.graph.node(code)?.record
                        )
                    }
                    untraced[key]?.meals.append(meal.record.id)
                }
            }
            totals[meal.school] = entry
        }
        for key in untracedOrder {
            guard let entry = untraced[key] else { continue }
            let code = String(key.split(separator: "|").last ?? "")
            let gaps = entry.gaps.prefix(3)
            // Gaps read back from a trace's JSON are English lines only: the Chinese text then counts them and
            // names the command that shows them in Chinese.
            let chinese =
                gaps.contains { $0.key == "verbatim" }
                ? "共 \(entry.gaps.count) 处缺口（trace up \(code) 列出）" : gaps.map(\.zh).joined(separator: "；")
            findings.append(
                finding(
                    subject: code,
                    text: Message(
                        "school-meals.untraceable-batch",
                        zh:
                            "\(data.name(of: entry.school)) 食材批次 \(code) 无法完整追溯至源头（用于 \(entry.meals.count) 餐）：\(chinese)",
                        en:
                            "\(data.name(of: entry.school)): ingredient batch \(code) cannot be traced to its origin (used in \(entry.meals.count) meals): \(gaps.map(\.en).joined(separator: "; "))"
                    ),
                    evidence: (entry.record.map { [$0] } ?? []) + entry.meals))
        }
        let target = try decimal(data.index.context, "target")
        for school in totals.keys.sorted() {
            guard let entry = totals[school], entry.uses > 0 else { continue }
            let rate = Amount(micros: Int64(entry.traced) * 100_000_000 / Int64(entry.uses))
            let met = rate >= target
            let (name, percent) = (data.name(of: school), rate.formatted(places: 1))
            findings.append(
                finding(
                    subject: school,
                    text: Message(
                        "school-meals.traceability-rate",
                        zh:
                            "\(name) 食材来源可追溯率 \(percent)% (\(entry.traced)/\(entry.uses) 次食材使用，\(entry.meals.count) 餐)，目标 \(target)%，\(met ? "达标" : "未达标")",
                        en:
                            "\(name) ingredient traceability rate \(percent)% (\(entry.traced)/\(entry.uses) ingredient uses, \(entry.meals.count) meals), target \(target)%, \(met ? "met" : "not met")"
                    ),
                    evidence: [data.schools[school]?.record].compactMap { $0 } + entry.meals.prefix(5),
                    severity: .info))
        }
        return findings
    }

    /// A trace's gaps in both languages when it carries them, else its English lines.
    static func gaps(_ trace: TraceResult) -> [Message] {
        trace.gapTexts.count == trace.gaps.count ? trace.gapTexts : trace.gaps.map(Message.verbatim)
    }
}
