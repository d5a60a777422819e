import FoodTraceKit

/// `vendor-file`: a stall that traded in a market in the period has no complete vendor file (入市备案) from the
/// market.
///
/// A stall trades when it received goods in the window. Its file is a `certify` record of type `vendor-file` issued by
/// the market with the stall as subject, in force at the stall's first receipt of the window; it is complete when it
/// states the main products and their origin (name, contact and address are the stall's registration's). One
/// finding per stall: no file, or which parts the file lacks; an info finding per market gives the completeness.
enum VendorFileMissing: MarketRule {
    static let rule = AuditRule(
        id: "vendor-file", title: "入场销售者档案缺失或不全", titleEnglish: "Vendor file missing or incomplete",
        severity: .violation, source: MarketSources.vendorFile)

    static func check(_ run: MarketRun) throws -> [Finding] {
        var findings: [Finding] = []
        for market in run.markets {
            var first: [String: AuditReceipt] = [:]
            var order: [String] = []
            for receipt in run.receipts[market.id] ?? [] where receipt.receiver != market.id {
                if first[receipt.receiver] == nil { order.append(receipt.receiver) }
                first[receipt.receiver] = first[receipt.receiver] ?? receipt
            }
            var complete = 0
            for stall in order {
                guard let receipt = first[stall] else { continue }
                let files = run.standing(.vendorFile, subject: stall, at: receipt.at).filter { $0.issuer == market.id }
                guard let file = files.last else {
                    let (name, at) = (run.name(of: stall), Timestamp(epochMilliseconds: receipt.at).text)
                    findings.append(
                        finding(
                            subject: stall,
                            text: Message(
                                "market-supervision.no-vendor-file",
                                zh: "\(market.name) 无 \(name) 的入场销售者档案（首次进货 \(at)）",
                                en: "\(market.name) has no vendor file for \(name) (first receipt \(at))"),
                            evidence: [receipt.record] + (run.parties[stall].map { [$0.record] } ?? [])))
                    continue
                }
                var lacking: [Message] = []
                let body = run.vendorFiles[file.record]
                if body?.product == nil {
                    lacking.append(Message("market-supervision.main-products", zh: "主要品种", en: "main products"))
                }
                if body?.origin == nil { lacking.append(Message("market-supervision.origin", zh: "产地", en: "origin")) }
                if lacking.isEmpty {
                    complete += 1
                } else {
                    findings.append(
                        finding(
                            subject: stall,
                            text: Message(
                                "market-supervision.vendor-file-incomplete",
                                zh:
                                    "\(market.name) 的 \(run.name(of: stall)) 入场档案 \(file.number) 缺少：\(Message.list(lacking).zh)",
                                en:
                                    "vendor file \(file.number) of \(run.name(of: stall)) at \(market.name) lacks: \(Message.list(lacking).en)"
                            ),
                            evidence: [file.record, receipt.record]))
                }
            }
            if !order.isEmpty {
                findings.append(
                    finding(
                        subject: market.id,
                        text: Message(
                            "market-supervision.vendor-files",
                            zh:
                                "\(market.name) 入场销售者档案完整 \(complete)/\(order.count)（\(MarketRun.percent(complete, of: order.count))）",
                            en:
                                "\(market.name) vendor files complete \(complete)/\(order.count) (\(MarketRun.percent(complete, of: order.count)))"
                        ),
                        evidence: [], severity: .info))
            }
        }
        return findings
    }
}
