/// `ship`: a quantity of the issuer's batch leaves towards another party.
public struct ShipBody: RecordBody {
    public static let kind = RecordKind.ship
    /// The shipment number the receiver will quote.
    public var shipment: String
    public var batch: TraceCode
    public var quantity: Quantity
    /// The receiving party.
    public var to: String
    /// The documents travelling with the goods.
    public var documents: [DocumentRef]
    public var vehicle: String?
    /// The EPCIS event this record was imported from, if any.
    public var epcis: EPCISOrigin?

    public init(
        shipment: String, batch: TraceCode, quantity: Quantity, to: String, documents: [DocumentRef],
        vehicle: String? = nil,
        epcis: EPCISOrigin? = nil
    ) {
        self.shipment = shipment
        self.batch = batch
        self.quantity = quantity
        self.to = to
        self.documents = documents
        self.vehicle = vehicle
        self.epcis = epcis
    }
}

/// `receive`: goods arrive; they become a new local batch (`as`) of the receiver.
public struct ReceiveBody: RecordBody {
    public static let kind = RecordKind.receive
    public var shipment: String
    /// The shipping party.
    public var from: String
    /// The shipped (upstream) batch.
    public var batch: TraceCode
    /// The receiver's own batch code for what arrived.
    public var `as`: TraceCode
    public var quantity: Quantity
    /// The source tickets checked at receipt (索证索票).
    public var documents: [DocumentRef]
    /// The acceptance decision.
    public var accepted: Bool
    /// Who inspected the delivery.
    public var inspectors: [String]?
    public var expires: Timestamp?
    /// The EPCIS event this record was imported from, if any.
    public var epcis: EPCISOrigin?

    public init(
        shipment: String, from: String, batch: TraceCode, as local: TraceCode, quantity: Quantity,
        documents: [DocumentRef], accepted: Bool, inspectors: [String]? = nil, expires: Timestamp? = nil,
        epcis: EPCISOrigin? = nil
    ) {
        self.shipment = shipment
        self.from = from
        self.batch = batch
        self.as = local
        self.quantity = quantity
        self.documents = documents
        self.accepted = accepted
        self.inspectors = inspectors
        self.expires = expires
        self.epcis = epcis
    }
}

/// `dispose`: a quantity returned or destroyed.
public struct DisposeBody: RecordBody {
    public static let kind = RecordKind.dispose
    public var batch: TraceCode
    public var quantity: Quantity
    /// `returned` or `destroyed`.
    public var method: String
    /// The recall notice number this disposal answers, if any.
    public var recall: String?
    public var note: String?
    /// The EPCIS event this record was imported from, if any.
    public var epcis: EPCISOrigin?

    public init(
        batch: TraceCode, quantity: Quantity, method: String, recall: String? = nil, note: String? = nil,
        epcis: EPCISOrigin? = nil
    ) {
        self.batch = batch
        self.quantity = quantity
        self.method = method
        self.recall = recall
        self.note = note
        self.epcis = epcis
    }
}

/// `recall`: a notice that a batch and everything made from it must come back.
public struct RecallBody: RecordBody {
    public static let kind = RecordKind.recall
    /// The notice number.
    public var recall: String
    public var batch: TraceCode
    /// 1 (serious harm), 2 or 3 (食品召回管理办法).
    public var level: Int
    public var reason: String

    public init(recall: String, batch: TraceCode, level: Int, reason: String) {
        self.recall = recall
        self.batch = batch
        self.level = level
        self.reason = reason
    }
}
