import FoodTraceKit
import TraceModel

/// The `certify` records of a store, indexed by document number and by subject.
///
/// Only records dated at or before the audit's `now` are indexed: a later record was not known yet.
public struct DocumentIndex: Sendable {
    private var byNumber: [String: [AuditDocument]] = [:]
    private var bySubject: [String: [AuditDocument]] = [:]
    /// Every indexed document, in store order.
    public private(set) var all: [AuditDocument] = []

    /// Indexes `documents`, keeping those recorded at or before `now`.
    public init(_ documents: [AuditDocument], now: Int64) {
        for document in documents where document.at <= now {
            all.append(document)
            byNumber[Self.key(document.type, document.number), default: []].append(document)
            if let subject = document.subject { bySubject[subject, default: []].append(document) }
        }
    }

    private static func key(_ type: DocumentType, _ number: String) -> String { type.rawValue + "\u{1F}" + number }

    /// The certify records that issued the document a receipt quotes (usually one; none when it was never certified).
    public func issued(_ reference: DocumentRef) -> [AuditDocument] {
        byNumber[Self.key(reference.type, reference.number)] ?? []
    }

    /// Documents of `type` about `subject` (a party).
    public func about(_ subject: String, _ type: DocumentType) -> [AuditDocument] {
        (bySubject[subject] ?? []).filter { $0.type == type }
    }

    /// True when the issuing party's role may issue this type (``DocumentType/issuers``).
    ///
    /// A document whose issuer has no registered role was signed by a trust anchor (the store accepts
    /// records of unregistered issuers only from anchors), which is a regulator.
    public static func isEntitled(_ document: AuditDocument) -> Bool {
        document.type.issuers.contains(document.issuerRole ?? .regulator)
    }

    /// True when `document` is in force at `time`: on or after `validFrom`, not after `validUntil`, not revoked.
    public static func isValid(_ document: AuditDocument, at time: Int64) -> Bool {
        if time < document.validFrom { return false }
        if let until = document.validUntil, time > until { return false }
        if let revoked = document.revokedFrom, time >= revoked { return false }
        return true
    }

    /// A standing document (blacklist, red card, designation, agreement, approval…) about `subject`, in force
    /// at `time`, issued by a party entitled to it — and by `issuer` when given.
    ///
    /// With `knownBy` set, the document must also have been recorded by then: a sanction recorded after a
    /// delivery is not held against the receiver of that delivery.
    public func standing(
        _ type: DocumentType, subject: String, at time: Int64, issuer: String? = nil,
        knownBy: Int64? = nil
    ) -> [AuditDocument] {
        about(subject, type).filter { document in
            Self.isEntitled(document) && Self.isValid(document, at: time)
                && (issuer.map { document.issuer == $0 } ?? true) && (knownBy.map { document.at <= $0 } ?? true)
        }
    }
}
