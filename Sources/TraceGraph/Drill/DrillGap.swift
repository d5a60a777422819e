import TraceModel

/// A break in the trace or the reconciliation, named by its records.
public struct DrillGap: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A shipment with no receipt (no step forward).
        case inTransit = "in-transit"
        /// A receipt that refused the goods, with no return recorded.
        case refusedReceipt = "refused-receipt"
        /// Received less than was shipped.
        case shortReceipt = "short-receipt"
        /// Received more than was shipped.
        case overReceipt = "over-receipt"
        /// A batch gave out more than it held (sold more than received).
        case negativeOnHand = "negative-on-hand"
        /// A transform's output is outside the yield bounds.
        case yieldOutOfBounds = "yield-out-of-bounds"
        /// A sale from a batch after a recall notice on it or an ancestor.
        case soldAfterRecall = "sold-after-recall"
        /// A canteen use of a batch after a recall notice on it or an ancestor.
        case usedAfterRecall = "used-after-recall"
        /// A record whose key was revoked at its time, or whose issuer equivocated.
        case unverifiedRecord = "unverified-record"
        /// A batch made by a receive, transform, sell or use with no input (no step back).
        case missingStepBack = "missing-step-back"
        /// An origin that is not a farm's produce.
        case originNotFarm = "origin-not-farm"
        /// An edge to a code the store does not hold.
        case missingNode = "missing-node"
        /// A stock count (盘点) found less than the ledger: shrinkage, unaccounted for.
        case countShortfall = "count-shortfall"
    }

    public var kind: Kind
    public var batch: String
    /// The record that shows the gap.
    public var record: String
    /// Every record involved (the primary first).
    public var records: [String]
    /// The part of the lot concerned, in lot units, when the gap is a quantity.
    public var quantity: String?
    /// What is wrong, in English (the JSON's `message`).
    public var message: String
    /// The same in each language, for the text and HTML reports (not in the JSON; `nil` when read back from it).
    public var text: Message?

    private enum CodingKeys: String, CodingKey { case kind, batch, record, records, quantity, message }

    public init(kind: Kind, batch: String, record: String, records: [String], quantity: String?, text: Message) {
        self.kind = kind
        self.batch = batch
        self.record = record
        self.records = records
        self.quantity = quantity
        self.message = text.en
        self.text = text
    }

    /// The message in `language` (the English when the gap carries no catalogue text).
    public func message(in language: Language) -> String { text?.text(language) ?? message }
}
