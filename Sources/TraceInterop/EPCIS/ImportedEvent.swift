import TraceModel

/// A quantity element of an imported event: a class-level identifier with an optional amount.
public struct ImportedQuantity: Sendable, Hashable {
    /// The class identifier as written (`urn:epc:class:lgtin:…`, a Digital Link, `urn:foodtrace:lot:…`).
    public var epcClass: String
    /// The quantity as the JSON number text of the document.
    public var quantity: String?
    /// The quantity as an exact decimal, when it is one (at most six fraction digits, not negative).
    public var amount: Amount?
    /// The UN/CEFACT unit code; absent for a count of instances.
    public var uom: String?

    public init(epcClass: String, quantity: String? = nil, amount: Amount? = nil, uom: String? = nil) {
        self.epcClass = epcClass
        self.quantity = quantity
        self.amount = amount
        self.uom = uom
    }
}

/// A typed entry of a `sourceList`, `destinationList` or `bizTransactionList`.
public struct TypedReference: Sendable, Hashable {
    /// The type as a short CBV name (`owning_party`, `desadv`) or the URI written; `nil` when absent.
    public var type: String?
    /// The identifier.
    public var id: String

    public init(type: String?, id: String) {
        self.type = type
        self.id = id
    }
}

/// One event of an EPCIS document, checked and read into plain fields, with its original JSON.
public struct ImportedEvent: Sendable {
    /// Position in the document's event list and JSON path of the event.
    public var index: Int
    public var path: String
    /// `ObjectEvent`, `AggregationEvent`, `TransactionEvent`, `TransformationEvent`,
    /// `AssociationEvent`, or the URI of an extended event type.
    public var type: String
    /// The event hash ID computed from the event (see ``EPCISEventHash``).
    public var hashID: String
    /// The `eventID` the document states, if any (it need not be a hash ID).
    public var declaredEventID: String?
    public var eventTime: Timestamp
    public var eventTimeZoneOffset: String
    /// `ADD`, `OBSERVE` or `DELETE`; `nil` for transformation events.
    public var action: String?
    /// Short CBV name (`shipping`) for CBV terms, otherwise the URI as written.
    public var bizStep: String?
    public var disposition: String?
    public var parentID: String?
    public var epcList: [String] = []
    public var childEPCs: [String] = []
    public var inputEPCList: [String] = []
    public var outputEPCList: [String] = []
    public var quantityList: [ImportedQuantity] = []
    public var childQuantityList: [ImportedQuantity] = []
    public var inputQuantityList: [ImportedQuantity] = []
    public var outputQuantityList: [ImportedQuantity] = []
    public var sources: [TypedReference] = []
    public var destinations: [TypedReference] = []
    public var bizTransactions: [TypedReference] = []
    public var readPoint: String?
    public var bizLocation: String?
    /// The dispositions the event's `persistentDisposition` sets and unsets (short CBV names for CBV terms).
    public var persistentDispositionSet: [String] = []
    public var persistentDispositionUnset: [String] = []
    /// True when the event carries an `errorDeclaration` (it retracts an earlier event).
    public var declaresError = false
    /// The FoodTrace record the event carries in `ft:record`, read strictly (signature not checked).
    public var foodTraceRecord: Record?
    /// The event as it stood in the document.
    public var json: JSONValue

    /// Every identifier an event lists, individual and class-level, for search and display.
    public var allQuantities: [ImportedQuantity] {
        quantityList + childQuantityList + inputQuantityList + outputQuantityList
    }
}

/// A whole document read by ``EPCISReader``.
public struct EPCISImport: Sendable {
    /// `EPCISDocument` or `EPCISQueryDocument`.
    public var documentType: String
    public var creationDate: String?
    public var context: EPCISContext
    public var events: [ImportedEvent]
    /// The `register` and `revoke` records of the document's master data, in document order.
    public var masterRecords: [MasterRecord] = []
    /// The names the master data gives parties, locations and products.
    public var names = EPCISMasterNames()
}
