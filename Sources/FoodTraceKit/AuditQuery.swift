import Foundation
import TraceGraph
import TraceModel

/// A party as the audits see it: registration, licences and credit code.
public struct AuditParty: Sendable, Codable, Hashable {
    public var id: String
    public var name: String
    public var role: Role
    public var area: String
    public var parent: String?
    public var creditCode: String?
    public var licences: [Licence]
    /// The register record.
    public var record: String

    public init(
        id: String, name: String, role: Role, area: String, parent: String?, creditCode: String?, licences: [Licence],
        record: String
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.area = area
        self.parent = parent
        self.creditCode = creditCode
        self.licences = licences
        self.record = record
    }
}

/// A document issued by a `certify` record.
public struct AuditDocument: Sendable, Codable, Hashable {
    public var record: String
    public var issuer: String
    public var issuerRole: Role?
    public var type: DocumentType
    public var number: String
    public var subject: String?
    public var batch: String?
    public var quantity: Quantity?
    public var validFrom: Int64
    public var validUntil: Int64?
    public var result: String?
    public var revokedFrom: Int64?
    public var at: Int64

    public init(
        record: String, issuer: String, issuerRole: Role?, type: DocumentType, number: String, subject: String?,
        batch: String?,
        quantity: Quantity?, validFrom: Int64, validUntil: Int64?, result: String?, revokedFrom: Int64?, at: Int64
    ) {
        self.record = record
        self.issuer = issuer
        self.issuerRole = issuerRole
        self.type = type
        self.number = number
        self.subject = subject
        self.batch = batch
        self.quantity = quantity
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.result = result
        self.revokedFrom = revokedFrom
        self.at = at
    }
}

/// A `receive` record with what the audits need about both sides and the goods.
public struct AuditReceipt: Sendable, Codable, Hashable {
    public var record: String
    public var at: Int64
    public var receiver: String
    public var receiverRole: Role
    public var sender: String
    public var senderRole: Role?
    /// The shipped (upstream) batch.
    public var batch: String
    /// The receiver's new batch (`as`); `nil` when the goods were refused.
    public var local: String?
    public var product: Product?
    public var quantity: Quantity
    public var documents: [DocumentRef]
    public var accepted: Bool
    public var expires: Int64?
    /// The ship record the receipt answers.
    public var shipRecord: String?

    public init(
        record: String, at: Int64, receiver: String, receiverRole: Role, sender: String, senderRole: Role?,
        batch: String,
        local: String?, product: Product?, quantity: Quantity, documents: [DocumentRef], accepted: Bool,
        expires: Int64?,
        shipRecord: String?
    ) {
        self.record = record
        self.at = at
        self.receiver = receiver
        self.receiverRole = receiverRole
        self.sender = sender
        self.senderRole = senderRole
        self.batch = batch
        self.local = local
        self.product = product
        self.quantity = quantity
        self.documents = documents
        self.accepted = accepted
        self.expires = expires
        self.shipRecord = shipRecord
    }
}

/// A record of a kind whose body the audit reads whole (sell, use, test, recall, dispose, transform).
public struct AuditRecord: Sendable, Codable, Hashable {
    public var id: String
    public var issuer: String
    public var kind: RecordKind
    public var at: Int64
    /// The body as canonical JSON text; decode it with ``body()``.
    public var bodyJSON: String

    public init(id: String, issuer: String, kind: RecordKind, at: Int64, bodyJSON: String) {
        self.id = id
        self.issuer = issuer
        self.kind = kind
        self.at = at
        self.bodyJSON = bodyJSON
    }

    /// The body decoded as its kind's type, with every check of ingest (unknown fields, validation).
    /// - Throws: ``StoredRecordError`` when it does not decode: a stored record is never skipped.
    public func body() throws(StoredRecordError) -> AnyBody {
        do {
            let json = try JSONParser.parse(bodyJSON)
            let record = try Record(
                kind: kind, issuer: issuer, seq: 1, prev: nil, at: Timestamp(epochMilliseconds: at), bodyJSON: json)
            return try record.decodedBody()
        } catch {
            throw StoredRecordError(record: id, kind: kind, reason: "\(error)")
        }
    }

    /// The body decoded as `T` straight from its JSON.
    ///
    /// Records in a store were fully checked at ingest, so this skips the strict checks of ``body()``
    /// (unknown fields, re-encoding, validation), which cost about ten times more on a city-sized store.
    /// - Throws: ``StoredRecordError`` when it does not decode as `T`: a stored record is never skipped.
    public func body<T: RecordBody>(as type: T.Type) throws(StoredRecordError) -> T {
        do { return try JSONDecoder().decode(T.self, from: Data(bodyJSON.utf8)) } catch {
            throw StoredRecordError(record: id, kind: kind, reason: "\(error)")
        }
    }
}

/// A stored record whose body does not decode: the store was changed outside FoodTrace or by a later version. An
/// audit reports it as an error instead of passing over the record.
public struct StoredRecordError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The record's id.
    public var record: String
    public var kind: RecordKind
    /// Why its body does not decode.
    public var reason: String

    public init(record: String, kind: RecordKind, reason: String) {
        self.record = record
        self.kind = kind
        self.reason = reason
    }

    public var description: String {
        "the store's \(kind.rawValue) record \(record): its body does not decode: \(reason)"
    }
}

/// The read-only view of a store an audit plugin gets. Nothing here can write.
///
/// Built-in plugins call it directly; a plugin loaded from a shared library calls the same queries
/// through the C ABI (``PluginABI``), as JSON. Scope filters apply to the record time of what is returned.
public protocol AuditQuery {
    func parties() throws -> [AuditParty]
    func documents() throws -> [AuditDocument]
    func receipts(_ scope: AuditScope) throws -> [AuditReceipt]
    /// Records of one kind issued in the scope (party = issuer).
    func records(kind: RecordKind, _ scope: AuditScope) throws -> [AuditRecord]
    func node(_ code: String) throws -> GraphNode?
    func parents(of code: String) throws -> [GraphEdge]
    /// The nodes made by records of `kinds` in the scope (party = issuer) that have no input edge: batches,
    /// slips and meals nobody can trace one step back.
    ///
    /// In the order of `kinds`, then record order, then the order the record made them. One set-based
    /// question rather than ``node(_:)`` and ``parents(of:)`` for every code a record creates.
    func nodesWithoutInputs(createdBy kinds: [RecordKind], _ scope: AuditScope) throws -> [GraphNode]
    func children(of code: String) throws -> [GraphEdge]
    /// Every ancestor code of `code` (itself included), by a walk up the graph.
    func ancestors(of code: String) throws -> [String]
    /// Every descendant code of `code` (itself included).
    func descendants(of code: String) throws -> [String]
    func movements(of code: String) throws -> [Movement]
    /// The documents quoted by the `receive` record that created batch `code`, in that record's order; `nil`
    /// when no receipt created it (a farm lot, a transform output, a code the store does not hold).
    func documentsQuoted(creating code: String) throws -> [DocumentRef]?
    /// The batches whose own ledger is overdrawn: what the movements of kinds `outflows` dated at or before
    /// `through` took out (their negative deltas) adds up to more than the batch's `create` movements put in.
    ///
    /// Sorted by code. One pass over the ledger instead of ``movements(of:)`` for every batch.
    func overdrawnBatches(outflows: [String], through: Int64) throws -> [String]
    func shipments(of code: String) throws -> [Shipment]
    /// Every shipment in the scope (party = sender or receiver).
    func shipments(_ scope: AuditScope) throws -> [Shipment]
    /// The upstream trace of a code (as `foodtrace trace up`).
    func traceUp(_ code: String) throws -> TraceResult
}
