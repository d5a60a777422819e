import Foundation
import TraceCrypto
import TraceModel

/// Checks one record against the store (key, role, chain, references) and writes it with its graph rows.
struct RecordApplier<SQL: IngestSQL> {
    let context: IngestContext<SQL>
    let record: TraceModel.Record
    let id: String
    let body: AnyBody
    /// Where each record stands in the input, to word a refusal; `nil` when refusals are not reported
    /// (the optimistic pass, which gives up at the first).
    let order: SeqIndex?
    let index: Int

    func apply(signatureValid: Bool?) throws {
        let (role, key) = try checkKeyAndRole(signatureValid: signatureValid)
        let head = try checkChain()
        try checkTime(key: key, head: head)
        guard role.mayIssue(record.kind) else {
            throw Refusal("$.kind", Message.Ingest.roleMayNotIssue(party: record.issuer, role: role, kind: record.kind))
        }
        try insertRecord()
        try applyBody()
        context.setHead(
            record.issuer, ChainTip(seq: record.seq, id: id, atMilliseconds: record.at.epochMilliseconds))
    }

    /// A record the store holds already (same id) given with another signature: it counts as present only if that
    /// signature too is a valid one by a key of the issuer (an SM2 signature differs at every signing); otherwise
    /// the input holds a forged or damaged line, and an ingest that exits 0 would vouch for it.
    func checkOtherSignature(signatureValid: Bool?) throws {
        _ = try checkKeyAndRole(signatureValid: signatureValid)
    }

    /// Signature, key binding, revocation; returns the issuer's role and what the store knows of the key.
    private func checkKeyAndRole(signatureValid: Bool?) throws -> (Role, KeyInfo) {
        guard let sig = record.sig else { throw Refusal("$.sig", Message.Ingest.notSigned) }
        guard let key = try context.key(sig.key) else {
            throw Refusal("$.sig.key", Message.Ingest.unknownKey(sig.key))
        }
        guard key.party == record.issuer else {
            throw Refusal(
                "$.sig.key", Message.Ingest.keyOfAnotherParty(key: sig.key, owner: key.party, issuer: record.issuer))
        }
        guard key.alg == sig.alg else {
            throw Refusal("$.sig.alg", Message.Ingest.algorithmMismatch(alg: sig.alg, key: sig.key, keyAlg: key.alg))
        }
        guard signatureValid == true else {
            if let problem = record.sealProblem { throw Refusal(problem.field, problem.text) }
            throw Refusal("$.sig.value", Message.Ingest.badSignature(key: sig.key, party: record.issuer))
        }
        if let revoked = key.revokedMilliseconds, record.at.epochMilliseconds >= revoked {
            let from = Timestamp(epochMilliseconds: revoked)
            throw Refusal(
                "$.sig.key",
                Message.Ingest.keyRevoked(key: sig.key, party: record.issuer, from: "\(from)", at: "\(record.at)"))
        }
        if let last = key.revokedAfterSeq, record.seq > last {
            throw Refusal(
                "$.seq",
                Message.Ingest.keyRevokedAfterSeq(
                    key: sig.key, party: record.issuer, last: last, seq: record.seq, at: "\(record.at)"))
        }
        if context.logsRecords, key.revokedMilliseconds != nil || key.revokedAfterSeq != nil {
            throw Refusal(
                "$.sig.key", Message.Ingest.keyRevokedLogged(key: sig.key, party: record.issuer, at: "\(record.at)"))
        }
        if context.isAnchorParty(record.issuer) { return (.regulator, key) }
        guard let role = try context.role(of: record.issuer) else {
            throw Refusal("$.issuer", Message.Store.partyNotRegistered(record.issuer))
        }
        return (role, key)
    }

    /// `seq`/`prev` continue the issuer's chain: no gap, no reorder, no fork, no equivocation. Returns the issuer's
    /// last record before this one.
    private func checkChain() throws -> ChainTip? {
        let head = try context.head(of: record.issuer)
        let expected = (head?.seq ?? 0) + 1
        if record.seq < expected {
            let storedRow = try context.row(
                "SELECT id, raw FROM records WHERE issuer = ? AND seq = ?",
                [.text(record.issuer), .integer(record.seq)])
            let stored: String = storedRow?[0] ?? "(unknown)"
            throw EquivocationFound(
                equivocation: Equivocation(issuer: record.issuer, seq: record.seq, storedID: stored, conflictingID: id),
                storedRaw: storedRow.map { Array($0[1] as Data) },
                reason: Message.Ingest.equivocation(party: record.issuer, seq: record.seq, stored: stored)
            )
        }
        if record.seq > expected {
            if let later = order?.position(issuer: record.issuer, seq: expected), later > index {
                throw Refusal(
                    "$.seq", Message.Ingest.outOfOrder(seq: record.seq, issuer: record.issuer, expected: expected))
            }
            throw Refusal("$.seq", Message.Ingest.gap(issuer: record.issuer, expected: expected, found: record.seq))
        }
        if let head, record.prev != head.id {
            throw Refusal("$.prev", Message.Ingest.forked(issuer: record.issuer, seq: head.seq, id: head.id))
        }
        return head
    }

    private func insertRecord() throws {
        try context.execute(
            """
            INSERT INTO records(id, issuer, seq, kind, at, at_ms, key_id, raw, ingested_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(id), .text(record.issuer), .integer(record.seq), .text(record.kind.rawValue),
                .text(record.at.text),
                .integer(record.at.epochMilliseconds), .text(record.sig?.key), .blob(record.canonicalBytes),
                .integer(context.now),
            ])
    }

    private func applyBody() throws {
        switch body {
        case .register(let b): try applyRegister(b)
        case .revoke(let b): try applyRevoke(b)
        case .certify(let b): try applyCertify(b)
        case .produce(let b): try applyProduce(b)
        case .transform(let b): try applyTransform(b)
        case .ship(let b): try applyShip(b)
        case .receive(let b): try applyReceive(b)
        case .test(let b): try applyTest(b)
        case .sell(let b): try applySell(b)
        case .use(let b): try applyUse(b)
        case .recall(let b): try applyRecall(b)
        case .dispose(let b): try applyDispose(b)
        case .count(let b): try applyCount(b)
        case .void(let b): try applyVoid(b)
        case .attest(let b): try applyAttest(b)
        }
    }

    /// Whose act the body records: the issuer's, or for an attestation the external party its event speaks for.
    var actor: String {
        if case .attest(let b) = body { return b.party.id }
        return record.issuer
    }

    /// Whether the body is an attestation (its act is an external party's, on the issuer's word).
    var isAttested: Bool {
        if case .attest = body { return true }
        return false
    }

    /// When the act happened: the record's time, or for an attestation its event's time (the record's own `at` is
    /// when the issuer attested, on its chain).
    var actAt: Timestamp {
        if case .attest(let b) = body { return b.eventTime }
        return record.at
    }

    /// The kind of act the body records: the record's kind, or for an attestation the kind of its claim.
    var actKind: RecordKind {
        if case .attest(let b) = body, let claim = b.claim?.body { return claim.kind }
        return record.kind
    }
}
