import FoodTraceKit
import TraceModel

/// `document-expired`: a quoted document was not in force at receipt time — not yet valid, past its
/// `validUntil`, or revoked by then.
///
/// A certificate's `validUntil` bounds the movement it was presented for: it is judged where the
/// certificate enters the flow. Receipts further down — a stall taking part of a market batch that
/// descends from the certified carcass, or that the market itself received on the same certificate —
/// quote the number for traceability and are judged for revocation and `validFrom` only, unless
/// `downstream-expiry` is `true`. (A certificate quoted for goods that do not come from its batch is
/// reported by `certificate-quantity`, once per receipt, and here only where it entered the flow.)
enum DocumentExpired: SourceTicketRule {
    static let rule = AuditRule(
        id: "document-expired", title: "票证不在有效期内", titleEnglish: "Quoted document not valid at receipt",
        severity: .violation,
        source: "《餐饮服务食品采购索证索票管理规定》(2011); 《食品安全法》(2021) 第五十三条",
        parameters: [
            RuleParameter(
                name: "downstream-expiry", defaultValue: "false",
                description: "Also judge validUntil at receipts of batches made or received from the certified batch.",
                type: .boolean, descriptionChinese: "在由该证明所涉批次加工或转收而来的批次收货时，也判断有效期。")
        ])

    static func check(_ run: ReceiptRun) throws -> [Finding] {
        let receipts = run.receipts
        let index = run.index
        let downstreamExpiry = try flag(index.context, "downstream-expiry")
        var findings: [Finding] = []
        for receipt in receipts {
            for reference in receipt.documents {
                let issued = index.documents.issued(reference)
                guard !issued.isEmpty, !issued.contains(where: { DocumentIndex.isValid($0, at: receipt.at) }) else {
                    continue
                }
                if !downstreamExpiry, try quotedDownstream(reference, receipt, index),
                    issued.contains(where: { onlyLapsed($0, at: receipt.at) })
                {
                    continue
                }
                let document = issued[0]
                let why: Message
                if let revoked = document.revokedFrom, receipt.at >= revoked {
                    let time = Describe.time(revoked)
                    why = Message("source-tickets.revoked", zh: "已于 \(time) 撤销", en: "revoked at \(time)")
                } else if receipt.at < document.validFrom {
                    let time = Describe.time(document.validFrom)
                    why = Message("source-tickets.not-yet-valid", zh: "自 \(time) 起才生效", en: "valid only from \(time)")
                } else {
                    let time = document.validUntil.map(Describe.time) ?? "?"
                    why = Message("source-tickets.valid-until", zh: "有效期至 \(time)", en: "valid until \(time)")
                }
                let (receiver, at, quoted) = (
                    index.name(of: receipt.receiver), Describe.time(receipt.at), Describe.document(reference)
                )
                findings.append(
                    finding(
                        subject: reference.number,
                        text: Message(
                            "source-tickets.document-expired", zh: "\(receiver) 于 \(at) 收货所列 \(quoted.zh) \(why.zh)",
                            en: "\(receiver) received at \(at) quoting \(quoted.en), \(why.en)"),
                        evidence: [receipt.record] + issued.map(\.record)))
            }
        }
        return findings
    }

    /// True when `document` fails at `time` only by its `validUntil` (started, not revoked).
    private static func onlyLapsed(_ document: AuditDocument, at time: Int64) -> Bool {
        time >= document.validFrom && (document.revokedFrom.map { time < $0 } ?? true)
    }

    /// True when the receipt's goods already travelled on `reference` before: the shipped batch descends
    /// from (and is not) the certified batch, or was itself received quoting the same document.
    private static func quotedDownstream(_ reference: DocumentRef, _ receipt: AuditReceipt, _ index: AuditIndex) throws
        -> Bool
    {
        if try index.documentsQuoted(creating: receipt.batch)?.contains(reference) == true { return true }
        let certified = index.documents.issued(reference).compactMap(\.batch).filter { $0 != receipt.batch }
        guard !certified.isEmpty else { return false }
        let ancestors = try index.graph.ancestors(receipt.batch)
        return certified.contains { ancestors.contains($0) }
    }
}
