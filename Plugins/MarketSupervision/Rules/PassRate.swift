import FoodTraceKit

/// `pass-rate`: the pass rate of a market's tests by product category; a warning below `min-rate` percent.
///
/// Every test issued by the market or its stalls counts; it passes unless its result is in `failing-results` (a `test` record's result is `negative` or `positive`). One
/// finding per market and category tested: the figure (info), or a warning when below the target. The targets run
/// from 85% to 95% by sector; the default is the strictest.
enum PassRate: MarketRule {
    static let rule = AuditRule(
        id: "pass-rate", title: "检测合格率", titleEnglish: "Test pass rate by product and market", severity: .warning,
        source: MarketSources.targets,
        parameters: [
            RuleParameter(
                name: "min-rate", defaultValue: "95", description: "Least acceptable pass rate, in percent.",
                type: .decimal, descriptionChinese: "可接受的最低合格率（百分比）。"),
            RuleParameter(
                name: "failing-results", defaultValue: "positive",
                description: "Test results that count as failed.", type: .list, descriptionChinese: "视为不合格的检测结果。"),
        ])

    static func check(_ run: MarketRun) throws -> [Finding] {
        let minimum = try decimal(run.context, "min-rate")
        let failing = Set(try list(run.context, "failing-results"))
        var findings: [Finding] = []
        for market in run.markets {
            var byCategory: [String: [MarketTest]] = [:]
            var order: [String] = []
            for test in run.tests[market.id] ?? [] {
                let category = test.product?.category.rawValue ?? "unknown"
                if byCategory[category] == nil { order.append(category) }
                byCategory[category, default: []].append(test)
            }
            for category in order {
                let tests = byCategory[category] ?? []
                let failed = tests.filter { failing.contains($0.body.result) }
                let passed = tests.count - failed.count
                // passed / tests < minimum / 100  ⇔  passed × 100 < minimum × tests (exact, in millionths)
                let below = Int64(passed) * 100 * 1_000_000 < minimum.micros * Int64(tests.count)
                findings.append(
                    finding(
                        subject: "\(market.id)/\(category)",
                        text: Message(
                            "market-supervision.pass-rate",
                            zh:
                                "\(market.name) \(Self.categoryName(category).zh) 检测 \(tests.count) 次，合格 \(passed) 次，合格率 \(MarketRun.percent(passed, of: tests.count))"
                                + (below ? "，低于 \(minimum)%" : ""),
                            en:
                                "\(market.name) \(Self.categoryName(category).en): \(tests.count) tests, \(passed) passed, pass rate \(MarketRun.percent(passed, of: tests.count))"
                                + (below ? ", below \(minimum)%" : "")),
                        evidence: failed.map(\.record.id), severity: below ? nil : .info))
            }
        }
        return findings
    }

    /// A product category by its raw name (猪肉 / pork …), as recorded when unknown.
    static func categoryName(_ raw: String) -> Message {
        ProductCategory(rawValue: raw).map(Message.categoryName) ?? .verbatim(raw)
    }
}
