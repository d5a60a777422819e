import FoodTraceKit

/// `rapid-test-coverage`: a market of `min-stalls` stalls or more received goods on a day without a single rapid
/// test of its own (its testing room, or a stall's).
///
/// Large markets run a rapid-test room and test daily: a day counts when the market or one of its stalls received
/// goods on it (China Standard Time), and is covered by any test whose method is in `methods` issued by the market or
/// a stall that day. One finding per market, listing the days missed.
enum RapidTestCoverage: MarketRule {
    static let rule = AuditRule(
        id: "rapid-test-coverage", title: "大型市场未每日快检", titleEnglish: "Large market not rapid-testing daily",
        severity: .violation,
        source: MarketSources.targets,
        parameters: [
            RuleParameter(
                name: "min-stalls", defaultValue: "200", description: "Stalls from which a market must test daily.",
                type: .integer, descriptionChinese: "摊位数达到多少的市场须每日快检。"),
            RuleParameter(
                name: "methods", defaultValue: "rapid", description: "Test methods that count as rapid tests.",
                type: .list, descriptionChinese: "计为快检的检测方法。"),
        ])

    static func check(_ run: MarketRun) throws -> [Finding] {
        let minimum = try integer(run.context, "min-stalls")
        let methods = Set(try list(run.context, "methods"))
        return run.markets.compactMap { market in
            let stalls = run.stalls[market.id]?.count ?? 0
            guard stalls >= minimum else { return nil }
            let tested = Set(
                (run.tests[market.id] ?? []).filter { methods.contains($0.body.method) }.map {
                    MarketRun.day($0.record.at)
                })
            var firstReceipt: [Int64: String] = [:]
            for receipt in run.receipts[market.id] ?? [] where firstReceipt[MarketRun.day(receipt.at)] == nil {
                firstReceipt[MarketRun.day(receipt.at)] = receipt.record
            }
            let missed = firstReceipt.keys.filter { !tested.contains($0) }.sorted()
            guard !missed.isEmpty else { return nil }
            return finding(
                subject: market.id,
                text: Message(
                    "market-supervision.rapid-test-days",
                    zh:
                        "\(market.name)（\(stalls) 个摊位）有进货但无快检的日期：\(missed.map(MarketRun.dayText).joined(separator: "、"))",
                    en:
                        "\(market.name) (\(stalls) stalls): days with receipts but no rapid test: \(missed.map(MarketRun.dayText).joined(separator: ", "))"
                ),
                evidence: [market.record] + missed.compactMap { firstReceipt[$0] })
        }
    }
}

/// `rapid-test-share`: the share of batches a market received in the period that it rapid-tested, per market; a
/// warning below `min-share` percent.
///
/// A batch counts as tested when a test issued by the market or one of its stalls names it (the receiver's new batch
/// or the shipped one). No statutory share exists: the default 0 only reports the figure; set a local target.
enum RapidTestShare: MarketRule {
    static let rule = AuditRule(
        id: "rapid-test-share", title: "入场批次快检比例", titleEnglish: "Share of received batches rapid-tested",
        severity: .warning, source: "\(MarketSources.targets); \(MarketSources.operators)",
        parameters: [
            RuleParameter(
                name: "min-share", defaultValue: "0",
                description: "Least percentage of received batches tested (0: report the figure only).",
                type: .decimal, descriptionChinese: "进货批次中受检的最低百分比（0：只报告数值）。")
        ])

    static func check(_ run: MarketRun) throws -> [Finding] {
        let minimum = try decimal(run.context, "min-share")
        return run.markets.compactMap { market in
            let received = (run.receipts[market.id] ?? []).filter(\.accepted)
            guard !received.isEmpty else { return nil }
            let testedCodes = Set((run.tests[market.id] ?? []).map(\.body.batch.digits))
            let tested = received.filter { receipt in
                testedCodes.contains(receipt.batch) || receipt.local.map(testedCodes.contains) == true
            }
            // share < minimum  ⇔  tested × 100 < minimum × received (exact, in millionths)
            let below = Int64(tested.count) * 100 * 1_000_000 < minimum.micros * Int64(received.count)
            return finding(
                subject: market.id,
                text: Message(
                    "market-supervision.rapid-test-share",
                    zh:
                        "\(market.name) 本期入场 \(received.count) 批，快检 \(tested.count) 批（\(MarketRun.percent(tested.count, of: received.count))）"
                        + (below ? "，低于 \(minimum)%" : ""),
                    en:
                        "\(market.name): \(received.count) batches received in the period, \(tested.count) rapid-tested (\(MarketRun.percent(tested.count, of: received.count)))"
                        + (below ? ", below \(minimum)%" : "")),
                evidence: [market.record], severity: below ? nil : .info)
        }
    }
}
