import TraceModel

/// The outcome of checking a slip's QR payload against a trust bundle.
public enum SlipVerification: Sendable {
    /// The payload carries a record signed by a registered stall's key that was valid at the time of sale.
    case genuine(Record, SlipSummary)
    /// The slip must not be trusted, and why.
    case rejected(SlipRejection)

    /// True for ``genuine(_:_:)``.
    public var isGenuine: Bool {
        if case .genuine = self { return true }
        return false
    }

    /// The reason, for ``rejected(_:)``.
    public var rejection: SlipRejection? {
        if case .rejected(let reason) = self { return reason }
        return nil
    }
}

/// What a genuine slip says, with names resolved from the trust bundle, for the inspector's screen.
public struct SlipSummary: Sendable, Hashable {
    /// The sell record's id (`sha256:…`).
    public var recordID: String
    /// The issuing stall's party id.
    public var stallID: String
    /// The stall's registered name.
    public var stallName: String
    /// The market the stall stands in (its registered parent), when known.
    public var marketID: String?
    /// The market's registered name, when the market is in the bundle.
    public var marketName: String?
    /// The slip's trace code.
    public var slip: TraceCode
    /// The stall's batch the goods came from (the product is named by the batch's upstream records).
    public var batch: TraceCode
    /// Weight or count sold.
    public var quantity: Quantity
    /// Price per unit, in yuan.
    public var unitPrice: Amount
    /// Amount charged, in yuan.
    public var amount: Amount
    /// Time of sale.
    public var soldAt: Timestamp
    /// The market unit the stall priced in (斤, 两), if any.
    public var pricedIn: MarketUnit? = nil
}

/// Why a slip was rejected. Each case has its own message.
public enum SlipRejection: Error, Sendable, Equatable, CustomStringConvertible {
    /// The payload cannot be read: wrong prefix, bad base45, damaged compression, bad or missing fields.
    case malformed(SlipError)
    /// The payload reads, but the rebuilt record's id does not match its check bytes: it was changed.
    case altered(SlipError)
    /// The signature does not verify under the issuer's registered key.
    case badSignature(issuer: String, key: String)
    /// The issuer is not a registered party in the bundle.
    case unknownIssuer(String)
    /// The issuer is registered, but not with the key that signed.
    case unknownKey(issuer: String, key: String)
    /// The key had been revoked by the time of sale.
    case revokedKey(issuer: String, key: String, from: Timestamp, reason: String, soldAt: Timestamp)
    /// The key was revoked after the party's record `lastSeq`, and the slip comes later in the party's chain.
    case revokedAfter(issuer: String, key: String, lastSeq: Int, reason: String, seq: Int)
    /// The issuer is registered in a role that does not sell to shoppers.
    case notStall(issuer: String, role: Role)
    /// The amount charged is not the quantity times the unit price (to the fen): a ledger no store accepts.
    case amountMismatch(quantity: Quantity, unitPrice: Amount, amount: Amount)

    /// A short verdict, then the details: `unknown key: slip is signed with key k-…, which is not registered to STALL-…`.
    public var description: String { text.en }

    /// The verdict and details in Chinese and English.
    public var text: Message {
        switch self {
        case .malformed(let error):
            return .SlipCheck.malformed(error.text)
        case .altered(let error):
            if case .idMismatch(let expected, let computed) = error {
                return .SlipCheck.alteredID(computed: computed, expected: expected)
            }
            return .SlipCheck.altered(error.text)
        case .badSignature(let issuer, let key):
            return .SlipCheck.badSignature(issuer: issuer, key: key)
        case .unknownIssuer(let issuer):
            return .SlipCheck.unknownIssuer(issuer)
        case .unknownKey(let issuer, let key):
            return .SlipCheck.unknownKey(issuer: issuer, key: key)
        case .revokedKey(let issuer, let key, let from, let reason, let soldAt):
            return .SlipCheck.revokedKey(issuer: issuer, key: key, from: "\(from)", reason: reason, soldAt: "\(soldAt)")
        case .revokedAfter(let issuer, let key, let lastSeq, let reason, let seq):
            return .SlipCheck.revokedAfter(issuer: issuer, key: key, lastSeq: lastSeq, reason: reason, seq: seq)
        case .notStall(let issuer, let role):
            return .SlipCheck.notStall(issuer: issuer, role: role)
        case .amountMismatch(let quantity, let unitPrice, let amount):
            return .SlipCheck.amountMismatch(quantity: "\(quantity)", price: "\(unitPrice)", amount: "\(amount)")
        }
    }
}
