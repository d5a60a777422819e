import TraceModel

/// A node of the traceability graph: a batch, a slip (a sale) or a meal, under its trace code.
public struct GraphNode: Sendable, Hashable {
    public enum NodeType: String, Sendable, Codable { case batch, slip, meal }
    public var code: String
    public var type: NodeType
    /// The party holding the batch (the stall for a slip, the canteen for a meal).
    public var holder: String
    /// The record that created the node.
    public var record: String
    /// The kind of that record (produce, transform, receive, sell, use).
    public var kind: RecordKind
    public var atMilliseconds: Int64
    public var product: Product?
    /// Product name even when no full product is known (e.g. a meal's dishes).
    public var productName: String?
    public var quantity: Quantity
    public var expiresMilliseconds: Int64?
    public var origin: Place?

    public init(
        code: String, type: NodeType, holder: String, record: String, kind: RecordKind, atMilliseconds: Int64,
        product: Product?, productName: String?, quantity: Quantity, expiresMilliseconds: Int64?, origin: Place?
    ) {
        self.code = code
        self.type = type
        self.holder = holder
        self.record = record
        self.kind = kind
        self.atMilliseconds = atMilliseconds
        self.product = product
        self.productName = productName
        self.quantity = quantity
        self.expiresMilliseconds = expiresMilliseconds
        self.origin = origin
    }
}

/// An edge: quantity moved from `parent` into `child` by a record.
public struct GraphEdge: Sendable, Hashable {
    public var parent: String
    public var child: String
    /// transform, receive, sell or use.
    public var kind: RecordKind
    public var record: String
    public var quantity: Quantity

    public init(parent: String, child: String, kind: RecordKind, record: String, quantity: Quantity) {
        self.parent = parent
        self.child = child
        self.kind = kind
        self.record = record
        self.quantity = quantity
    }
}

/// A document seen at a hop: quoted on the shipment or receipt, or issued for the batch.
public struct HopDocument: Sendable, Hashable, Codable {
    public var type: DocumentType
    public var number: String
    /// The certifying party, when the store holds the `certify` record.
    public var issuer: String?
    public var validUntil: String?
    public var result: String?
    /// False when the number is quoted but no `certify` record for it is in the store.
    public var certified: Bool

    public init(
        type: DocumentType, number: String, issuer: String?, validUntil: String?, result: String?, certified: Bool
    ) {
        self.type = type
        self.number = number
        self.issuer = issuer
        self.validUntil = validUntil
        self.result = result
        self.certified = certified
    }
}

/// A test result recorded for a batch.
public struct HopTest: Sendable, Hashable, Codable {
    public var analyte: String
    public var method: String
    public var result: String
    public var at: String
    public var issuer: String

    public init(analyte: String, method: String, result: String, at: String, issuer: String) {
        self.analyte = analyte
        self.method = method
        self.result = result
        self.at = at
        self.issuer = issuer
    }
}

/// What a hop shows besides its node: the documents seen at it and the tests of its batch.
public struct HopEvidence: Sendable, Hashable {
    public var documents: [HopDocument]
    public var tests: [HopTest]

    public init(documents: [HopDocument], tests: [HopTest]) {
        self.documents = documents
        self.tests = tests
    }
}

/// What stands behind a node an attestation made: a registered party's word that it received, from a partner, a
/// document holding the event that records the act — not the act's party's signature (it holds no FoodTrace key).
public struct HopAttestation: Sendable, Hashable, Codable {
    /// The party that attested (it signed the `attest` record).
    public var by: String
    /// `sha256:…` of the document as received.
    public var document: String
    /// The partner the document came from, as the attester named it (a GS1 key URI).
    public var from: String
    /// The event's hash ID.
    public var event: String
    /// The act's party as the document identifies it (a PGLN, GLN or SGLN URI).
    public var partyKey: String
    /// Its name in the document's master data, when given.
    public var partyName: String?
    /// The `attest` record keeping the partner's error declaration of the event, when the store holds one: the
    /// partner says the event was in error (the hop stays, marked).
    public var declaredInErrorBy: String?

    public init(by: String, document: String, from: String, event: String, partyKey: String, partyName: String?) {
        self.by = by
        self.document = document
        self.from = from
        self.event = event
        self.partyKey = partyKey
        self.partyName = partyName
    }
}

/// A record's identity and whether its signature stands (verified at ingest, key not revoked at its time).
public struct RecordStatus: Sendable, Hashable {
    public var id: String
    public var kind: RecordKind
    public var issuer: String
    public var at: String
    public var verified: Bool

    public init(id: String, kind: RecordKind, issuer: String, at: String, verified: Bool) {
        self.id = id
        self.kind = kind
        self.issuer = issuer
        self.at = at
        self.verified = verified
    }
}

/// One entry of a batch's quantity ledger, in the batch's unit (positive: created; negative: taken out).
public struct Movement: Sendable, Hashable {
    /// create, transform, ship, sell, use, return, destroy.
    public var kind: String
    public var record: String
    public var delta: Amount
    public var atMilliseconds: Int64
    public var counterparty: String?

    public init(kind: String, record: String, delta: Amount, atMilliseconds: Int64, counterparty: String?) {
        self.kind = kind
        self.record = record
        self.delta = delta
        self.atMilliseconds = atMilliseconds
        self.counterparty = counterparty
    }
}

/// A shipment of a batch, received or still in transit.
public struct Shipment: Sendable, Hashable {
    public var record: String
    public var shipment: String
    public var sender: String
    public var receiver: String
    public var batch: String
    public var quantity: Quantity
    public var atMilliseconds: Int64
    /// The receive record, or `nil` while in transit.
    public var receivedBy: String?

    public init(
        record: String, shipment: String, sender: String, receiver: String, batch: String, quantity: Quantity,
        atMilliseconds: Int64, receivedBy: String?
    ) {
        self.record = record
        self.shipment = shipment
        self.sender = sender
        self.receiver = receiver
        self.batch = batch
        self.quantity = quantity
        self.atMilliseconds = atMilliseconds
        self.receivedBy = receivedBy
    }
}

/// The read side of a store, all the graph needs: SQLite's `StoreGraphReader` and the PostgreSQL store's
/// `PostgresGraphReader` serve it.
///
/// Implementations answer from one consistent snapshot for the duration of a traversal.
///
/// The batched requirements (an array of codes in, one answer per code out, in the same order) are what a
/// walk asks once per breadth-first level; each has a default that asks the single-code requirement for every
/// code, so a reader only implements them when it can answer a whole level faster.
public protocol GraphReader {
    func node(_ code: String) throws -> GraphNode?
    /// Edges into `code` (its inputs, one step back).
    func parents(of code: String) throws -> [GraphEdge]
    /// Edges out of `code` (what was made from it, one step forward).
    func children(of code: String) throws -> [GraphEdge]
    func party(_ id: String) throws -> PartyInfo?
    /// Documents quoted at the hop that created `code`, and those issued for the batch itself.
    func documents(for code: String) throws -> [HopDocument]
    func tests(for code: String) throws -> [HopTest]
    func recordStatus(_ id: String) throws -> RecordStatus?
    func movements(of code: String) throws -> [Movement]
    func shipments(of code: String) throws -> [Shipment]

    /// Each code's node with its record's status and its number of inputs; `nil` when not in the store.
    func walkNodes(_ codes: [String]) throws -> [WalkNode?]
    /// ``node(_:)`` of each code.
    func nodes(_ codes: [String]) throws -> [GraphNode?]
    /// ``movements(of:)-(String)`` of each code.
    func movements(of codes: [String]) throws -> [[Movement]]
    /// ``parents(of:)-(String)`` of each code.
    func parents(of codes: [String]) throws -> [[GraphEdge]]
    /// ``children(of:)-(String)`` of each code.
    func children(of codes: [String]) throws -> [[GraphEdge]]
    /// ``party(_:)`` of each id.
    func parties(_ ids: [String]) throws -> [PartyInfo?]
    /// ``documents(for:)`` and ``tests(for:)`` of each code.
    func evidence(for codes: [String]) throws -> [HopEvidence]
    /// ``shipments(of:)-(String)`` of each code.
    func shipments(of codes: [String]) throws -> [[Shipment]]
    /// ``parents(of:)-([String])`` of each code, each edge with its parent as ``walkNodes(_:)`` reads it: one step up.
    func inputSteps(of codes: [String]) throws -> [[WalkStep]]
    /// ``children(of:)-([String])`` of each code, each edge with its child as ``walkNodes(_:)`` reads it: one step down.
    func outputSteps(of codes: [String]) throws -> [[WalkStep]]
    /// The attestation behind each record that is one, `nil` for a record its party signed for its own act.
    func attestations(of records: [String]) throws -> [HopAttestation?]
}

extension GraphReader {
    /// A reader of a store without attestations: every record is signed for its own act.
    public func attestations(of records: [String]) throws -> [HopAttestation?] {
        Array(repeating: nil, count: records.count)
    }
}
