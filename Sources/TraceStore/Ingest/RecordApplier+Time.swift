import TraceModel

/// The time rules of ingest: a signer writes `at` itself, so `at` is held to what the store can check.
public enum TimeRules {
    /// How far after the ingesting store's clock a record may be dated: ten minutes, for the clocks of scales and
    /// tills that are not kept exactly. A record dated later is refused, not held (see ``RecordApplier``).
    public static let futureSkewMilliseconds: Int64 = 10 * 60_000
}

extension RecordApplier {
    /// `at` does not go back along the issuer's chain, is not before the signing key was registered, and is not
    /// after the store's clock by more than ``TimeRules/futureSkewMilliseconds``.
    ///
    /// A record from the future is refused rather than held: held records would be a second, invisible store whose
    /// content changes with the clock; a refusal tells the sender now, and the record can be sent again once its time
    /// has come. Together with the chain rule this bounds backdating: a record can be dated no earlier than the
    /// issuer's last one, so a thief with a stolen key can backdate only into the gap since that record, and a
    /// revocation naming the last valid record (`lastSeq`) closes even that.
    func checkTime(key: KeyInfo, head: ChainTip?) throws {
        let at = record.at.epochMilliseconds
        if let head, at < head.atMilliseconds {
            throw Refusal(
                "$.at",
                Message.Ingest.timeGoesBack(
                    at: "\(record.at)", issuer: record.issuer, seq: head.seq,
                    previous: "\(Timestamp(epochMilliseconds: head.atMilliseconds))"))
        }
        if let registered = key.registeredMilliseconds, at < registered, let sig = record.sig {
            throw Refusal(
                "$.at",
                Message.Ingest.beforeKeyRegistered(
                    at: "\(record.at)", key: sig.key, party: record.issuer,
                    registered: "\(Timestamp(epochMilliseconds: registered))"))
        }
        if at > context.now + TimeRules.futureSkewMilliseconds {
            throw Refusal(
                "$.at",
                Message.Ingest.fromTheFuture(
                    at: "\(record.at)", minutes: TimeRules.futureSkewMilliseconds / 60_000,
                    now: "\(Timestamp(epochMilliseconds: context.now))"))
        }
    }
}
