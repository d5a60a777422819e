import FoodTraceKit
import TraceGraph
import TraceModel

/// A stored `recall` record: a notice that a batch and everything made from it must come back.
public struct RecallNoticeRecord: Sendable, Codable, Hashable {
    /// The notice number.
    public var notice: String
    public var batch: String
    public var level: Int
    public var reason: String
    public var issuer: String
    public var record: String
    public var at: Int64

    public init(notice: String, batch: String, level: Int, reason: String, issuer: String, record: String, at: Int64) {
        self.notice = notice
        self.batch = batch
        self.level = level
        self.reason = reason
        self.issuer = issuer
        self.record = record
        self.at = at
    }

    /// The notice of a `recall` record's body, signed by `issuer` as record `record` at `at` (milliseconds).
    public init(_ body: RecallBody, issuer: String, record: String, at: Int64) {
        self.init(
            notice: body.recall, batch: body.batch.digits, level: body.level, reason: body.reason, issuer: issuer,
            record: record, at: at)
    }

    /// The notice as a recall drill needs it.
    public var drillNotice: RecallNotice {
        RecallNotice(notice: notice, batch: batch, record: record, level: level, atMilliseconds: at)
    }
}

/// Reading recall notices and their dispose records from the audit view.
public enum RecallNotices {
    /// Every recall notice in the store, in record order (the scope does not apply: notices bind every holder).
    public static func all(_ query: any AuditQuery) throws -> [RecallNoticeRecord] {
        try query.records(kind: .recall, AuditScope()).compactMap { record in
            guard case .recall(let body) = try record.body() else { return nil }
            return RecallNoticeRecord(body, issuer: record.issuer, record: record.id, at: record.at)
        }
    }

    /// A `dispose` record with its body.
    public struct Disposal: Sendable, Hashable {
        public var record: String
        public var issuer: String
        public var at: Int64
        public var batch: String
        public var quantity: Quantity
        /// `returned` or `destroyed`.
        public var method: String
        /// The recall notice number it answers, if any.
        public var notice: String?
    }

    /// Every `dispose` record in the store.
    public static func disposals(_ query: any AuditQuery) throws -> [Disposal] {
        try query.records(kind: .dispose, AuditScope()).compactMap { record in
            guard case .dispose(let body) = try record.body() else { return nil }
            return Disposal(
                record: record.id, issuer: record.issuer, at: record.at, batch: body.batch.digits,
                quantity: body.quantity,
                method: body.method, notice: body.recall)
        }
    }
}
