import FoodTraceKit
import TraceModel

/// `undesignated-slaughterhouse` (定点屠宰): meat received straight from a slaughterhouse that holds no
/// `slaughter-designation` in force at receipt time — neither as a licence of its `register` record (how a
/// regulator registers a designated slaughterhouse) nor as a `certify` record by a party entitled to issue it.
///
/// Judged at the hop out of the slaughterhouse — the receipt where the receiver could see who slaughtered
/// — so one flow gives one finding, not one per later hop.
enum UndesignatedSlaughterhouse: SourceTicketRule {
    static let rule = AuditRule(
        id: "undesignated-slaughterhouse", title: "肉品来自非定点屠宰厂",
        titleEnglish: "Meat from a slaughterhouse that is not designated",
        severity: .violation, source: "《生猪屠宰管理条例》(2021) 第二条")

    static func check(_ run: ReceiptRun) throws -> [Finding] {
        let receipts = run.receipts
        let index = run.index
        return receipts.compactMap { receipt in
            guard receipt.product?.category.isMeat == true, index.role(of: receipt.sender) == .slaughterhouse,
                !isDesignated(receipt.sender, at: receipt.at, index)
            else { return nil }
            let (house, receiver, at) = (
                index.name(of: receipt.sender), index.name(of: receipt.receiver), Describe.time(receipt.at)
            )
            let (product, quantity) = (Describe.product(receipt), Describe.quantity(receipt.quantity))
            return finding(
                subject: receipt.sender,
                text: Message(
                    "source-tickets.undesignated-slaughterhouse",
                    zh: "屠宰厂 \(house) 在 \(at) 无有效定点屠宰资格，\(receiver) 收其 \(product.zh) \(quantity.zh)",
                    en:
                        "slaughterhouse \(house) held no slaughter designation in force at \(at); \(receiver) received \(product.en) \(quantity.en) from it"
                ),
                evidence: [receipt.record] + (receipt.shipRecord.map { [$0] } ?? []))
        }
    }

    /// True when `party` holds a slaughter designation in force at `time`: a registered licence, or a standing
    /// `certify` record.
    static func isDesignated(_ party: String, at time: Int64, _ index: AuditIndex) -> Bool {
        let licensed = (index.parties[party]?.licences ?? []).contains { licence in
            licence.type == .slaughterDesignation && licence.validFrom.epochMilliseconds <= time
                && (licence.validUntil.map { time <= $0.epochMilliseconds } ?? true)
        }
        return licensed || !index.documents.standing(.slaughterDesignation, subject: party, at: time).isEmpty
    }
}
