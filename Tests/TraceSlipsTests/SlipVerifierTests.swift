import Testing
import TraceCrypto
import TraceModel

@testable import TraceSlips

@Suite struct SlipVerifierTests {
    @Test(arguments: SignatureAlgorithm.allCases)
    func genuineSlipShowsItsContent(algorithm: SignatureAlgorithm) throws {
        let key = Fixtures.key(algorithm)
        let record = Fixtures.signedSale(key)
        let outcome = SlipVerifier.verify(
            payload: try SlipPayload.encode(record: record), bundle: Fixtures.bundle(stallKey: key.publicKey))
        guard case .genuine(let back, let summary) = outcome else {
            Issue.record("expected genuine, got \(String(describing: outcome.rejection))")
            return
        }
        #expect(back.id == record.id)
        #expect(summary.recordID == record.id)
        #expect(summary.stallName == "王记猪肉")
        #expect(summary.marketID == Fixtures.marketID)
        #expect(summary.marketName == "双井农贸市场")
        #expect(summary.slip == Fixtures.slipCode)
        #expect(summary.batch == Fixtures.batchCode)
        #expect(summary.quantity == Quantity(Amount("1.25")!, .kilogram))
        #expect(summary.unitPrice == Amount(28))
        #expect(summary.amount == Amount(35))
        #expect(summary.soldAt.text == "2026-11-28T08:15:30+08:00")
    }

    /// Every character of a real payload, changed to every other base45 character, must not verify.
    @Test(arguments: SignatureAlgorithm.allCases)
    func changingAnyOneCharacterIsCaught(algorithm: SignatureAlgorithm) throws {
        let key = Fixtures.key(algorithm)
        let bundle = Fixtures.bundle(stallKey: key.publicKey)
        let payload = Array(try SlipPayload.encode(record: Fixtures.signedSale(key)).utf8)
        #expect(SlipVerifier.verify(payload: String(decoding: payload, as: UTF8.self), bundle: bundle).isGenuine)
        var tried = 0
        var reasons: [String: Int] = [:]
        for position in payload.indices {
            for replacement in Base45.alphabet where replacement != payload[position] {
                var changed = payload
                changed[position] = replacement
                let outcome = SlipVerifier.verify(payload: String(decoding: changed, as: UTF8.self), bundle: bundle)
                tried += 1
                guard let rejection = outcome.rejection else {
                    Issue.record(
                        "changing character \(position) to \(Character(UnicodeScalar(replacement))) still verifies")
                    continue
                }
                switch rejection {
                case .malformed: reasons["malformed", default: 0] += 1
                case .altered: reasons["altered", default: 0] += 1
                case .badSignature: reasons["badSignature", default: 0] += 1
                case .unknownKey: reasons["unknownKey", default: 0] += 1
                default: Issue.record("changing character \(position) gave an unexpected reason: \(rejection)")
                }
            }
        }
        #expect(tried == payload.count * 44)
        // Each kind of damage shows up: fields (altered), signature bytes (bad signature), key id (unknown key).
        #expect(reasons["malformed", default: 0] > 0)
        #expect(reasons["altered", default: 0] > 0)
        #expect(reasons["badSignature", default: 0] > 0)
        #expect(reasons["unknownKey", default: 0] > 0)
    }

    @Test func alteredPayloadIsReportedAsAltered() throws {
        let key = Fixtures.ed25519Key()
        var characters = Array(try SlipPayload.encode(record: Fixtures.signedSale(key)).utf8)
        // The last group carries the id check; lowering its first digit keeps the group in range.
        let last = characters.count - (characters.count - 4) % 3 - ((characters.count - 4) % 3 == 0 ? 3 : 0)
        let digit = Base45.alphabet.firstIndex(of: characters[last])!
        characters[last] = Base45.alphabet[digit == 0 ? 1 : digit - 1]
        let outcome = SlipVerifier.verify(
            payload: String(decoding: characters, as: UTF8.self), bundle: Fixtures.bundle(stallKey: key.publicKey))
        guard case .altered(let error)? = outcome.rejection, case .idMismatch = error else {
            Issue.record("expected altered, got \(String(describing: outcome.rejection))")
            return
        }
        #expect(
            outcome.rejection!.description.hasPrefix(
                "altered slip payload: the record rebuilt from it has an id starting"))
    }

    @Test func signatureByAnotherKeyIsForged() throws {
        let key = Fixtures.ed25519Key()
        let forger = Fixtures.ed25519Key(9)
        let sale = Fixtures.sale()
        let forged = sale.signed(
            with: Signature(
                alg: "ed25519", key: key.publicKey.keyID, value: Base64URL.encode(try forger.sign(sale.signedBytes))))
        let outcome = SlipVerifier.verify(
            payload: try SlipPayload.encode(record: forged), bundle: Fixtures.bundle(stallKey: key.publicKey))
        #expect(outcome.rejection == .badSignature(issuer: Fixtures.stallID, key: key.publicKey.keyID))
    }

    @Test func unknownIssuerAndUnknownKey() throws {
        let key = Fixtures.ed25519Key()
        let payload = try SlipPayload.encode(record: Fixtures.signedSale(key))
        let withoutStall = Fixtures.bundle(stallKey: key.publicKey, includeStall: false)
        #expect(
            SlipVerifier.verify(payload: payload, bundle: withoutStall).rejection == .unknownIssuer(Fixtures.stallID))
        let otherKey = Fixtures.ed25519Key(9).publicKey
        let outcome = SlipVerifier.verify(payload: payload, bundle: Fixtures.bundle(stallKey: otherKey))
        #expect(outcome.rejection == .unknownKey(issuer: Fixtures.stallID, key: key.publicKey.keyID))
    }

    @Test func revokedBeforeTheSaleIsRejectedButAfterItIsNot() throws {
        let key = Fixtures.ed25519Key()
        let payload = try SlipPayload.encode(record: Fixtures.signedSale(key))
        let keyID = key.publicKey.keyID
        let before = TrustBundle.Revocation(
            key: keyID, from: Timestamp("2026-11-28T08:00:00+08:00")!, reason: "scale stolen")
        let outcome = SlipVerifier.verify(
            payload: payload, bundle: Fixtures.bundle(stallKey: key.publicKey, revocations: [before]))
        #expect(
            outcome.rejection
                == .revokedKey(
                    issuer: Fixtures.stallID, key: keyID, from: before.from, reason: "scale stolen",
                    soldAt: Fixtures.soldAt))
        // The same instant written in another offset is still at the sale time: revoked.
        let atSale = TrustBundle.Revocation(key: keyID, from: Timestamp("2026-11-28T00:15:30Z")!, reason: "lost")
        #expect(
            !SlipVerifier.verify(
                payload: payload, bundle: Fixtures.bundle(stallKey: key.publicKey, revocations: [atSale])
            ).isGenuine)
        let after = TrustBundle.Revocation(key: keyID, from: Timestamp("2026-11-28T08:15:31+08:00")!, reason: "rotated")
        #expect(
            SlipVerifier.verify(
                payload: payload, bundle: Fixtures.bundle(stallKey: key.publicKey, revocations: [after])
            ).isGenuine)
        let otherKey = TrustBundle.Revocation(key: "k-0000000000000000", from: before.from, reason: "other")
        #expect(
            SlipVerifier.verify(
                payload: payload, bundle: Fixtures.bundle(stallKey: key.publicKey, revocations: [otherKey])
            ).isGenuine)
    }

    @Test func onlyStallsIssueSlips() throws {
        let key = Fixtures.ed25519Key()
        let payload = try SlipPayload.encode(record: Fixtures.signedSale(key))
        let outcome = SlipVerifier.verify(
            payload: payload, bundle: Fixtures.bundle(stallKey: key.publicKey, role: .wholesaleMarket))
        #expect(outcome.rejection == .notStall(issuer: Fixtures.stallID, role: .wholesaleMarket))
    }

    @Test func everyReasonHasItsOwnMessage() {
        let at = Fixtures.soldAt
        let reasons: [SlipRejection] = [
            .malformed(.badPrefix(found: "x")), .altered(.idMismatch(expected: "00", computed: "11")),
            .badSignature(issuer: "S-1", key: "k-1"), .unknownIssuer("S-1"), .unknownKey(issuer: "S-1", key: "k-1"),
            .revokedKey(issuer: "S-1", key: "k-1", from: at, reason: "lost", soldAt: at),
            .notStall(issuer: "S-1", role: .farm),
        ]
        let messages = reasons.map(\.description)
        #expect(Set(messages).count == reasons.count)
        let verdicts = messages.map { $0.prefix { $0 != ":" } }
        #expect(
            verdicts == [
                "malformed slip payload", "altered slip payload", "forged or damaged signature", "unknown issuer",
                "unknown key", "revoked key", "not a stall",
            ])
    }
}
