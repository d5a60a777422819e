import GRDB
import TraceModel

/// Where an issuer's chain stood when an input continuing it was signed: the `seq` its next record takes and the
/// `prev` that record names.
///
/// Records signed here from a `seq`/`prev` read before the ingest (an import signing foreign events) would collide
/// with a record another process appended for the same party meanwhile: the second record at that `seq` is
/// equivocation, and its evidence would stand against an honest party. Given to
/// ``TraceStore/ingest(_:source:partial:now:continuing:)``, the head is checked inside the write transaction
/// before anything is applied; when the chain has moved on, nothing is stored or kept as evidence and the ingest
/// fails with ``StoreError/Code/chainMoved``, so the caller signs again from the new head.
public struct ChainHead: Sendable, Equatable {
    public var issuer: String
    public var nextSeq: Int
    public var prev: String?

    public init(issuer: String, nextSeq: Int, prev: String?) {
        self.issuer = issuer
        self.nextSeq = nextSeq
        self.prev = prev
    }

    /// Throws ``StoreError/Code/chainMoved`` unless the issuer's chain in `db` still ends where this head says.
    func check(_ db: Database) throws {
        let now = try TraceStore.nextSeq(for: issuer, db)
        guard now.seq == nextSeq, now.prev == prev else {
            throw StoreError(.chainMoved, Message.Store.chainMoved(issuer: issuer, next: now.seq, expected: nextSeq))
        }
    }
}
