import TraceCrypto
import TraceModel

/// Checks a slip's QR payload offline, against a ``TrustBundle``: no network, no database.
///
/// In order: the payload decodes and its id check matches (else malformed or altered); the issuer
/// is a registered party; the signing key is registered to it; the signature verifies; the key was
/// not revoked at the time of sale (a revocation that starts after the sale does not matter); the
/// issuer is a stall.
public enum SlipVerifier {
    /// Checks `payload` against `bundle`; the first failing check gives the rejection reason.
    ///
    /// `payload` is what the QR code carries: the `FT1:` payload itself, or the slip page's address with the
    /// payload in its fragment (``SlipLink``).
    public static func verify(payload: String, bundle: TrustBundle) -> SlipVerification {
        let record: Record
        do {
            record = try SlipPayload.decode(try SlipLink.payload(fromScanned: payload))
        } catch {
            if case .idMismatch = error { return .rejected(.altered(error)) }
            return .rejected(.malformed(error))
        }
        // decode always yields a signed sell record.
        guard let sig = record.sig, case .sell(let sale)? = try? record.decodedBody() else {
            return .rejected(.malformed(.badField(field: "record", reason: .SlipPayload.notSignedSale)))
        }
        guard let party = bundle.party(record.issuer) else { return .rejected(.unknownIssuer(record.issuer)) }
        guard let registered = party.keys.first(where: { $0.id == sig.key }),
            let key = try? TrustBundle.publicKey(
                id: registered.id, alg: registered.alg, spki: registered.spki, what: .Trust.keyOfParty(party.id))
        else {
            return .rejected(.unknownKey(issuer: party.id, key: sig.key))
        }
        guard record.verifySignature(with: key) else { return .rejected(.badSignature(issuer: party.id, key: sig.key)) }
        if let revocation = party.revocation(of: sig.key, seq: record.seq) {
            return .rejected(
                .revokedAfter(
                    issuer: party.id, key: sig.key, lastSeq: revocation.lastSeq ?? 0, reason: revocation.reason,
                    seq: record.seq))
        }
        if let revocation = party.revocation(of: sig.key, at: record.at) {
            return .rejected(
                .revokedKey(
                    issuer: party.id, key: sig.key, from: revocation.from, reason: revocation.reason, soldAt: record.at)
            )
        }
        guard party.role == .stall else { return .rejected(.notStall(issuer: party.id, role: party.role)) }
        guard sale.amountMatches else {
            return .rejected(.amountMismatch(quantity: sale.quantity, unitPrice: sale.unitPrice, amount: sale.amount))
        }
        let market = party.parent.flatMap { bundle.party($0) }
        let summary = SlipSummary(
            recordID: record.id, stallID: party.id, stallName: party.name, marketID: party.parent,
            marketName: market?.name,
            slip: sale.slip, batch: sale.batch, quantity: sale.quantity, unitPrice: sale.unitPrice, amount: sale.amount,
            soldAt: record.at, pricedIn: sale.pricedIn
        )
        return .genuine(record, summary)
    }
}
