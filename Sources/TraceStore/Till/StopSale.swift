import TraceModel

/// Why a batch must not leave its holder's hands (be sold, shipped, processed or served): the till's check.
///
/// Facts signed elsewhere are still ingested (they happened, and the audits report them); only records signed
/// here are refused before signing (``TraceStore/stopSale(batch:at:seller:)``).
public enum StopSaleReason: Sendable, Hashable, CustomStringConvertible {
    /// A recall notice names the batch or a batch it was made from.
    case recalled(notice: String, record: String, batch: String, level: Int, reason: String)
    /// An uncleared positive test for a banned substance of the batch or a batch it was made from.
    case positiveTest(record: String, batch: String, analyte: String, at: Timestamp)
    /// The batch (or the batch it was received as) expired at or before the time of the movement.
    case expired(batch: String, expires: Timestamp)
    /// Meat at a stall whose receipt did not quote the source tickets sale requires.
    case missingTickets(batch: String, missing: [DocumentType])

    /// The reason in Chinese, then in English.
    public var description: String {
        switch self {
        case .recalled(let notice, let record, let batch, let level, let reason):
            return
                "召回通知 \(notice)（\(level)级，\(reason)）涉及批次 \(batch) / under recall notice \(notice) (level \(level), record \(record)) covering batch \(batch)"
        case .positiveTest(let record, let batch, let analyte, let at):
            return
                "批次 \(batch) 于 \(at.text) \(BannedSubstances.chineseName(analyte)) 检测阳性，未经确证检测排除 / batch \(batch) tested positive for \(analyte) at \(at.text) (test \(record)), not cleared by a confirmatory test"
        case .expired(let batch, let expires):
            return "批次 \(batch) 已于 \(expires.text) 过期 / batch \(batch) expired at \(expires.text)"
        case .missingTickets(let batch, let missing):
            let zh = missing.map(\.chineseName).joined(separator: "、")
            let en = missing.map(\.rawValue).joined(separator: ", ")
            return "批次 \(batch) 进货时未查验：\(zh) / batch \(batch) was received without: \(en)"
        }
    }

    /// The message a refused command prints: what was refused, then each reason.
    public static func message(batch: TraceCode, action: String, reasons: [StopSaleReason]) -> String {
        "停止销售 / stop-sale: \(action) of batch \(batch) refused, nothing signed:\n"
            + reasons.map { "  - \($0)" }.joined(separator: "\n")
    }
}
