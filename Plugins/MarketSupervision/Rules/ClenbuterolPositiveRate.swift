import FoodTraceKit

/// `clenbuterol-positive-rate`: a market's clenbuterol (瘦肉精) positive rate over the period is above `max-rate`
/// percent.
///
/// Counted over the tests issued by the market or its stalls whose analyte is in `analytes`; a test is positive when
/// its result is in `positive-results`. The rate is exact: 1 positive in 200 tests is 0.5%, which meets a 0.5% target.
/// Markets with fewer than `min-tests` such tests are not judged.
enum ClenbuterolPositiveRate: MarketRule {
    static let rule = AuditRule(
        id: "clenbuterol-positive-rate", title: "瘦肉精抽检阳性率超标", titleEnglish: "Clenbuterol positive rate above target",
        severity: .violation, source: MarketSources.targets,
        parameters: [
            RuleParameter(
                name: "max-rate", defaultValue: "0.5", description: "Highest acceptable positive rate, in percent.",
                type: .decimal, descriptionChinese: "可接受的最高阳性率（百分比）。"),
            RuleParameter(
                name: "analytes", defaultValue: "clenbuterol,ractopamine,salbutamol",
                description: "Analytes counted as 瘦肉精 (β-agonists).", type: .list,
                descriptionChinese: "计为瘦肉精（β-受体激动剂）的检测项目。"),
            RuleParameter(
                name: "positive-results", defaultValue: "positive", description: "Test results that count as positive.",
                type: .list, descriptionChinese: "视为阳性的检测结果。"),
            RuleParameter(
                name: "min-tests", defaultValue: "1", description: "Fewest tests for a market to be judged.",
                type: .integer, descriptionChinese: "市场参与评判的最少检测次数。"),
        ])

    static func check(_ run: MarketRun) throws -> [Finding] {
        let maximum = try decimal(run.context, "max-rate")
        let analytes = Set(try list(run.context, "analytes"))
        let positive = Set(try list(run.context, "positive-results"))
        let least = try integer(run.context, "min-tests")
        return run.markets.compactMap { market in
            let tests = (run.tests[market.id] ?? []).filter { analytes.contains($0.body.analyte) }
            guard !tests.isEmpty, tests.count >= least else { return nil }
            let positives = tests.filter { positive.contains($0.body.result) }
            // rate > maximum  ⇔  positives × 100 > maximum × tests (exact, in millionths)
            guard Int64(positives.count) * 100 * 1_000_000 > maximum.micros * Int64(tests.count) else { return nil }
            return finding(
                subject: market.id,
                text: Message(
                    "market-supervision.clenbuterol-positive-rate",
                    zh:
                        "\(market.name) 本期瘦肉精检测 \(tests.count) 次，阳性 \(positives.count) 次，阳性率 \(MarketRun.percent(positives.count, of: tests.count))，高于 \(maximum)%",
                    en:
                        "\(market.name): \(tests.count) clenbuterol tests in the period, \(positives.count) positive (\(MarketRun.percent(positives.count, of: tests.count))), above \(maximum)%"
                ),
                evidence: positives.map(\.record.id))
        }
    }
}
