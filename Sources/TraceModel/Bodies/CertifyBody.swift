/// `certify`: a document issued by the party entitled to it (see ``DocumentType/issuers``).
public struct CertifyBody: RecordBody {
    public static let kind = RecordKind.certify
    public var type: DocumentType
    /// The document number as printed on it.
    public var number: String
    /// The party the document is about (holder, supplier, slaughterhouse of an agreement, …).
    public var subject: String?
    /// The batch the document covers, for batch documents such as quarantine certificates.
    public var batch: TraceCode?
    public var product: Product?
    /// The quantity the document covers; receipts on it may not add up to more.
    public var quantity: Quantity?
    public var origin: Place?
    /// Destination party, for movement certificates.
    public var destination: String?
    public var validFrom: Timestamp
    public var validUntil: Timestamp?
    /// A result or grade: `pass`, `fail`, `A`, `B`, `C`, …
    public var result: String?
    /// Vehicle plate, for movement certificates.
    public var vehicle: String?
    /// Ear-tag numbers, for live animals.
    public var earTags: [String]?

    public init(
        type: DocumentType, number: String, subject: String? = nil, batch: TraceCode? = nil, product: Product? = nil,
        quantity: Quantity? = nil, origin: Place? = nil, destination: String? = nil, validFrom: Timestamp,
        validUntil: Timestamp? = nil, result: String? = nil, vehicle: String? = nil, earTags: [String]? = nil
    ) {
        self.type = type
        self.number = number
        self.subject = subject
        self.batch = batch
        self.product = product
        self.quantity = quantity
        self.origin = origin
        self.destination = destination
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.result = result
        self.vehicle = vehicle
        self.earTags = earTags
    }
}
