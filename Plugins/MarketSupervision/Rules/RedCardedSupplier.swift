import FoodTraceKit

/// `red-carded-supplier`: a market or one of its stalls accepted goods from a supplier under a red card (清退) in
/// force at the receipt; goods a market's entry check must refuse.
///
/// Cards are `certify` records of type `red-card` or `yellow-card` issued by a regulator with the supplier as
/// subject. A red card expels the supplier: every later receipt of its goods is a violation until the card lapses or
/// is revoked. A yellow card is a warning on file: receipts under it are reported as information, so the market
/// knows whom it buys from. (The blacklist, a sector-wide ban, is judged by `source-tickets/supplier-blacklisted`.)
enum RedCardedSupplier: MarketRule {
    static let rule = AuditRule(
        id: "red-carded-supplier", title: "被红牌清退的供应商仍在供货", titleEnglish: "Red-carded supplier still supplying",
        severity: .violation,
        source: "\(MarketSources.operators); \(Citation.practice)")

    static func check(_ run: MarketRun) throws -> [Finding] {
        var findings: [Finding] = []
        for market in run.markets {
            for receipt in run.receipts[market.id] ?? [] where receipt.accepted {
                let red = run.standing(.redCard, subject: receipt.sender, at: receipt.at)
                let yellow = run.standing(.yellowCard, subject: receipt.sender, at: receipt.at)
                guard let card = red.first ?? yellow.first else { continue }
                let (receiver, sender) = (run.name(of: receipt.receiver), run.name(of: receipt.sender))
                let at = Timestamp(epochMilliseconds: receipt.at).text
                findings.append(
                    finding(
                        subject: receipt.sender,
                        text: Message(
                            "market-supervision.red-carded-supplier",
                            zh:
                                "\(receiver)（\(market.name)）于 \(at) 接收\(red.isEmpty ? "黄牌警告" : "已被红牌清退")的 \(sender) 的货物（\(card.number)）",
                            en:
                                "\(receiver) (\(market.name)) accepted goods from \(red.isEmpty ? "yellow-carded" : "red-carded") supplier \(sender) at \(at) (\(card.number))"
                        ),
                        evidence: [receipt.record, card.record], severity: red.isEmpty ? .info : nil))
            }
        }
        return findings
    }
}
