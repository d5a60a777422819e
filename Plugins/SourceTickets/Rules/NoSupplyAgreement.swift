import FoodTraceKit
import TraceModel

/// `no-supply-agreement` (场厂挂钩): a market — or a stall of a market — takes meat straight from a
/// slaughterhouse without a `supply-agreement` in force, issued by that market and naming that slaughterhouse.
enum NoSupplyAgreement: SourceTicketRule {
    static let rule = AuditRule(
        id: "no-supply-agreement", title: "未场厂挂钩进肉",
        titleEnglish: "Meat from a slaughterhouse without a supply agreement",
        severity: .violation, source: "\(Citation.practice)")

    /// The market a receiver belongs to: itself for a market, its parent for a stall, else none.
    static func market(of receiver: AuditReceipt, _ index: AuditIndex) -> String? {
        switch receiver.receiverRole {
        case .wholesaleMarket, .retailMarket: return receiver.receiver
        case .stall: return index.parties[receiver.receiver]?.parent
        default: return nil
        }
    }

    static func check(_ run: ReceiptRun) throws -> [Finding] {
        let receipts = run.receipts
        let index = run.index
        return receipts.compactMap { receipt in
            guard receipt.product?.category.isMeat == true, index.role(of: receipt.sender) == .slaughterhouse,
                let market = market(of: receipt, index),
                index.documents.standing(.supplyAgreement, subject: receipt.sender, at: receipt.at, issuer: market)
                    .isEmpty
            else { return nil }
            let (buyer, house, at) = (index.name(of: market), index.name(of: receipt.sender), Describe.time(receipt.at))
            let (product, quantity) = (Describe.product(receipt), Describe.quantity(receipt.quantity))
            return finding(
                subject: receipt.sender,
                text: Message(
                    "source-tickets.no-supply-agreement",
                    zh: "\(buyer) 与屠宰厂 \(house) 无有效场厂挂钩协议，却于 \(at) 收其 \(product.zh) \(quantity.zh)",
                    en:
                        "\(buyer) has no supply agreement in force with slaughterhouse \(house), yet received \(product.en) \(quantity.en) from it at \(at)"
                ),
                evidence: [receipt.record] + (receipt.shipRecord.map { [$0] } ?? []))
        }
    }
}
