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

    /// The reason, from the message catalogue (Chinese and English).
    public var message: Message {
        switch self {
        case .recalled(let notice, let record, let batch, let level, let reason):
            return .stopSaleRecalled(notice: notice, record: record, batch: batch, level: level, reason: reason)
        case .positiveTest(let record, let batch, let analyte, let at):
            return .stopSalePositiveTest(
                record: record, batch: batch, analyte: analyte, chinese: BannedSubstances.chineseName(analyte),
                at: at.text)
        case .expired(let batch, let expires):
            return .stopSaleExpired(batch: batch, expires: expires.text)
        case .missingTickets(let batch, let missing):
            return .stopSaleMissingTickets(batch: batch, missing: missing)
        }
    }

    /// The reason in Chinese, then in English.
    public var description: String { message.text(.zhEn) }

    /// The message a refused command prints: what was refused, then each reason.
    public static func message(batch: TraceCode, action: Message, reasons: [StopSaleReason]) -> Message {
        .stopSale(action: action, batch: batch.digits, reasons: reasons.map(\.message))
    }
}
