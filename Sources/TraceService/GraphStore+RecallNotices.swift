import Recall
import TraceModel
import TraceStore

extension GraphStore {
    /// Every recall notice in the store, in record order (as ``RecallNotices/all(_:)`` reads them from the audit
    /// view), on either engine.
    public func recallNotices() throws -> [RecallNoticeRecord] {
        try records(kind: .recall).compactMap { stored -> RecallNoticeRecord? in
            guard case .recall(let body) = try TraceModel.Record.parse(stored.raw).decodedBody() else { return nil }
            return RecallNoticeRecord(
                body, issuer: stored.issuer, record: stored.id, at: Timestamp(stored.at)?.epochMilliseconds ?? 0)
        }
    }
}
