import FoodTraceKit
import TraceGraph
import TraceModel

/// `sales-exceed-receipts` (购销台账): a stall or market sold, shipped, used or disposed of more of a received
/// batch than it received.
///
/// The batch's quantity ledger (movements) is added up in time order; the finding names the receipt and
/// the records from the first one that took the total past the received quantity (plus `tolerance`, in
/// the batch's unit). Only outflows dated at or before `now` count; a sale its stall voided does not.
enum SalesExceedReceipts: SourceTicketRule {
    static let rule = AuditRule(
        id: "sales-exceed-receipts", title: "销售量超过进货量", titleEnglish: "Sales exceed receipts (purchase/sales ledger)",
        severity: .violation, source: "《食品安全法》(2021) 第五十三条; SB/T 10681-2012",
        parameters: [
            RuleParameter(
                name: "tolerance", defaultValue: "0",
                description: "Quantity a batch may be oversold by (scale rounding), in its unit.", type: .decimal,
                descriptionChinese: "批次允许超卖的数量（计量取整），以批次的单位计。"),
            RuleParameter(
                name: "roles", defaultValue: "stall,retail-market,wholesale-market",
                description: "Receiving roles whose ledgers are checked.", type: .list,
                choices: Role.allCases.map(\.rawValue), descriptionChinese: "核对其进销台账的收货方角色。"),
        ])

    static let outflows: Set<String> = ["transform", "ship", "sell", "use", "return", "destroy"]

    static func check(_ run: ReceiptRun) throws -> [Finding] {
        let receipts = run.receipts
        let index = run.index
        let roles = Set(try list(index.context, "roles"))
        let tolerance = try decimal(index.context, "tolerance")
        // Only a batch whose outflows exceed its receipt can be oversold (`tolerance` is never negative): one
        // query names those, and only their ledgers are read and walked in time order below.
        let overdrawn = Set(
            try index.context.query.overdrawnBatches(outflows: outflows.sorted(), through: index.context.now))
        var findings: [Finding] = []
        for receipt in receipts where roles.contains(receipt.receiverRole.rawValue) {
            guard let local = receipt.local, overdrawn.contains(local) else { continue }
            // A sale the stall voided moved nothing.
            let movements = try VoidedSales.excluded(
                try index.context.query.movements(of: local), of: local, index.context.query)
            // Sums in 128 bits: a ledger may hold the largest amount many times over.
            let received = movements.filter { $0.kind == "create" }.reduce(Int128(0)) { $0 + Int128($1.delta.micros) }
            let limit = received + Int128(tolerance.micros)
            var total = Int128(0)
            var over: [Movement] = []
            for movement in movements.filter({ outflows.contains($0.kind) && $0.atMilliseconds <= index.context.now })
                .sorted(by: { $0.atMilliseconds < $1.atMilliseconds })
            {
                total -= Int128(movement.delta.micros)
                if total > limit { over.append(movement) }
            }
            guard !over.isEmpty else { continue }
            let unit = Message.unitName(receipt.quantity.unit)
            let (got, out, excess) = (
                Amount.text(micros: received), Amount.text(micros: total), Amount.text(micros: total - received)
            )
            let receiver = index.name(of: receipt.receiver)
            findings.append(
                finding(
                    subject: local,
                    text: Message(
                        "source-tickets.sales-exceed-receipts",
                        zh:
                            "\(receiver) 批次 \(local) 进货 \(got) \(unit.zh)，销售/出货合计 \(out) \(unit.zh)，超出 \(excess) \(unit.zh)",
                        en:
                            "\(receiver) batch \(local): received \(got) \(unit.en), sold or shipped \(out) \(unit.en), \(excess) \(unit.en) more"
                    ),
                    evidence: [receipt.record] + over.map(\.record)))
        }
        return findings
    }
}
