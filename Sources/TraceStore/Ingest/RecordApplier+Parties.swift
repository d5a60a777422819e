import Foundation
import TraceCrypto
import TraceModel

extension RecordApplier {
    func applyRegister(_ body: RegisterBody) throws {
        if context.isAnchorParty(body.party) {
            throw Refusal("$.body.party", Message.Ingest.anchorNotRegistrable(body.party))
        }
        if let existing = try context.role(of: body.party) {
            guard existing == body.role else {
                throw Refusal("$.body.role", Message.Ingest.roleCannotChange(party: body.party, role: existing))
            }
        } else {
            if let parent = body.parent, try context.role(of: parent) == nil {
                throw Refusal("$.body.parent", Message.Ingest.parentNotRegistered(parent))
            }
            try context.execute(
                """
                INSERT INTO parties(id, name, role, area, node, parent, address, contact, credit_code, record)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(body.party), .text(body.name), .text(body.role.rawValue), .text(body.area), .text(body.node),
                    .text(body.parent), .text(body.address), .text(body.contact), .text(body.creditCode), .text(id),
                ])
            context.setRole(body.role, of: body.party)
        }
        for (index, key) in body.keys.enumerated() {
            let field = "$.body.keys[\(index)]"
            guard let der = Data(base64Encoded: key.spki), let publicKey = try? PublicKey(spkiDER: Array(der)) else {
                throw Refusal(field + ".spki", Message.Ingest.badSPKI)
            }
            guard publicKey.keyID == key.id else {
                throw Refusal(field + ".id", Message.Ingest.keyIDMismatch(key.id, actual: publicKey.keyID))
            }
            guard publicKey.algorithm.rawValue == key.alg else {
                throw Refusal(
                    field + ".alg", Message.Ingest.keyAlgorithm(publicKey.algorithm.rawValue, declared: key.alg))
            }
            if let existing = try context.key(key.id) {
                guard existing.party == body.party else {
                    throw Refusal(field + ".id", Message.Ingest.keyTaken(key.id, party: existing.party))
                }
                continue
            }
            try context.execute(
                "INSERT INTO keys(id, party, alg, spki, record, registered_ms) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    .text(key.id), .text(body.party), .text(key.alg), .blob(der), .text(id),
                    .integer(record.at.epochMilliseconds),
                ])
            context.setKey(
                key.id,
                KeyInfo(
                    party: body.party, alg: key.alg, revokedMilliseconds: nil, revokedAfterSeq: nil,
                    registeredMilliseconds: record.at.epochMilliseconds))
        }
        for licence in body.licences ?? [] {
            try context.execute(
                "INSERT INTO licences(party, type, number, valid_from_ms, valid_until_ms, record) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    .text(body.party), .text(licence.type.rawValue), .text(licence.number),
                    .integer(licence.validFrom.epochMilliseconds),
                    .integer(licence.validUntil?.epochMilliseconds), .text(id),
                ])
        }
    }

    func applyRevoke(_ body: RevokeBody) throws {
        let from = body.from.epochMilliseconds
        if let keyID = body.key, try context.isAnchorKey(keyID) {
            throw Refusal("$.body.key", Message.Ingest.anchorNotRevocable(key: keyID))
        }
        if let party = body.party, context.isAnchorParty(party) {
            throw Refusal("$.body.party", Message.Ingest.anchorNotRevocable(party: party))
        }
        if let keyID = body.key {
            guard try context.key(keyID) != nil else { throw Refusal("$.body.key", Message.Ingest.noSuchKey(keyID)) }
            try retire(keyID, from: from, after: body.lastSeq)
        } else if let party = body.party {
            guard try context.role(of: party) != nil else {
                throw Refusal("$.body.party", Message.Store.partyNotRegistered(party))
            }
            let keyIDs = try context.rows("SELECT id FROM keys WHERE party = ?", [.text(party)]).map { $0[0] as String }
            for keyID in keyIDs { try retire(keyID, from: from, after: body.lastSeq) }
        } else if let certificate = body.certificate {
            let count =
                try context.value(
                    Int.self, "SELECT COUNT(*) FROM documents WHERE type = ? AND number = ?",
                    [.text(certificate.type.rawValue), .text(certificate.number)]) ?? 0
            guard count > 0 else {
                throw Refusal(
                    "$.body.certificate", Message.Ingest.noCertificate(certificate.type, number: certificate.number))
            }
            try context.execute(
                "UPDATE documents SET revoked_ms = MIN(COALESCE(revoked_ms, ?), ?) WHERE type = ? AND number = ?",
                [.integer(from), .integer(from), .text(certificate.type.rawValue), .text(certificate.number)])
        }
    }

    /// Retires a key from `from` on and, when the revocation names the party's last valid record, after that seq;
    /// an earlier revocation of the same key keeps whichever bound is earlier.
    private func retire(_ keyID: String, from: Int64, after lastSeq: Int?) throws {
        // The bounds are worked out here from the key as the store holds it (read through the context's cache), so
        // the statement is plain SQL every engine runs alike.
        guard var key = try context.key(keyID) else { return }
        key.revokedMilliseconds = min(key.revokedMilliseconds ?? from, from)
        if let lastSeq { key.revokedAfterSeq = min(key.revokedAfterSeq ?? lastSeq, lastSeq) }
        try context.execute(
            "UPDATE keys SET revoked_ms = ?, revoked_by = ?, revoked_after_seq = ? WHERE id = ?",
            [.integer(key.revokedMilliseconds), .text(id), .integer(key.revokedAfterSeq), .text(keyID)])
        context.setKey(keyID, key)
    }

    func applyCertify(_ body: CertifyBody) throws {
        if let subject = body.subject, try context.role(of: subject) == nil, !context.isAnchorParty(subject) {
            throw Refusal("$.body.subject", Message.Store.partyNotRegistered(subject))
        }
        if let batch = body.batch, try context.node(batch) == nil {
            throw Refusal("$.body.batch", Message.Ingest.batchNotInStore("\(batch)"))
        }
        try checkDocumentNumber(body)
        try context.execute(
            """
            INSERT INTO documents(record, issuer, type, number, subject, batch, quantity_micros, unit, valid_from_ms,
                                  valid_until_ms, result)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(id), .text(record.issuer), .text(body.type.rawValue), .text(body.number), .text(body.subject),
                .text(body.batch?.digits), .integer(body.quantity?.value.micros), .text(body.quantity?.unit.rawValue),
                .integer(body.validFrom.epochMilliseconds), .integer(body.validUntil?.epochMilliseconds),
                .text(body.result),
            ])
    }

    func applyTest(_ body: TestBody) throws {
        guard let node = try context.node(body.batch) else {
            throw Refusal("$.body.batch", Message.Ingest.batchNotInStore("\(body.batch)"))
        }
        try checkMayTest(body.batch, node)
        if let clears = body.clears { try checkClearing(body, clears) }
        try context.execute(
            """
            INSERT INTO tests(record, batch, issuer, analyte, method, result, at_ms, clears)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(id), .text(body.batch.digits), .text(record.issuer), .text(body.analyte), .text(body.method),
                .text(body.result),
                .integer(record.at.epochMilliseconds), .text(body.clears),
            ])
    }

    func applyRecall(_ body: RecallBody) throws {
        guard let node = try context.node(body.batch) else {
            throw Refusal("$.body.batch", Message.Ingest.batchNotInStore("\(body.batch)"))
        }
        try checkMayRecall(body.batch, node)
        try context.execute(
            "INSERT INTO recalls(record, notice, issuer, batch, level, reason, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                .text(id), .text(body.recall), .text(record.issuer), .text(body.batch.digits), .integer(body.level),
                .text(body.reason),
                .integer(record.at.epochMilliseconds),
            ])
    }
}
