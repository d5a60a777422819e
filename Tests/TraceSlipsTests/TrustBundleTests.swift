import Foundation
import Testing
import TraceCrypto
import TraceModel

@testable import TraceSlips

@Suite struct TrustBundleTests {
    static let stallKey = Fixtures.ed25519Key()

    func bundleBytes() throws -> [UInt8] { try Fixtures.bundle(stallKey: Self.stallKey.publicKey).jsonBytes() }

    func expectRefused(
        _ bytes: [UInt8], pinned: String? = nil, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(sourceLocation: sourceLocation) { try TrustBundle.load(bytes: bytes, pinnedAnchor: pinned) } throws: {
            error in
            let text = "\(error)"
            return text.hasPrefix("trust bundle refused") && text.contains(fragment)
        }
    }

    @Test func makeLoadAndVerifyASlip() throws {
        let made = Fixtures.bundle(stallKey: Self.stallKey.publicKey)
        let bytes = try made.jsonBytes()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"format\":\"foodtrace-trust-bundle\""))
        #expect(text.contains("\"v\":2") && text.contains("\"expiresAt\""))
        let loaded = try TrustBundle.load(bytes: bytes)
        #expect(loaded == made)
        #expect(try TrustBundle.load(bytes: bytes, pinnedAnchor: Fixtures.regulatorKey.publicKey.fingerprint) == made)
        let payload = try SlipPayload.encode(record: Fixtures.signedSale(Self.stallKey))
        #expect(SlipVerifier.verify(payload: payload, bundle: loaded).isGenuine)
    }

    @Test func signatureCoversTheCanonicalJSONWithoutSig() throws {
        let bundle = Fixtures.bundle(stallKey: Self.stallKey.publicKey)
        let json = try JSONParser.parse(try bundle.jsonBytes())
        let sig = try #require(bundle.sig)
        let signature = try #require(Base64URL.decode(sig.value))
        let message = try CanonicalJSON.bytes(json.removing("sig"))
        #expect(Fixtures.regulatorKey.publicKey.verify(signature: signature, message: message))
        // Re-ordered members and whitespace do not matter: the canonical form does.
        let pretty = try JSONSerialization.data(
            withJSONObject: JSONSerialization.jsonObject(with: Data(try bundle.jsonBytes())), options: [.prettyPrinted])
        #expect(try TrustBundle.load(bytes: Array(pretty)) == bundle)
    }

    @Test func tamperedPartyKeyIsRefused() throws {
        var bundle = Fixtures.bundle(stallKey: Self.stallKey.publicKey)
        let attacker = Fixtures.ed25519Key(33).publicKey
        bundle.parties[1].keys[0] = Fixtures.registered(attacker)
        expectRefused(try bundle.jsonBytes(), "signature does not verify")
        var relabelled = Fixtures.bundle(stallKey: Self.stallKey.publicKey)
        relabelled.parties[1].keys[0].id = attacker.keyID
        expectRefused(try relabelled.jsonBytes(), "signature does not verify")
        // Even the regulator cannot list a key under an id that is not the key's own.
        var parties = relabelled.parties
        parties[1].keys[0].id = attacker.keyID
        #expect {
            try TrustBundle.make(
                issuedAt: Fixtures.soldAt, anchors: [Fixtures.anchor], parties: parties, signer: Fixtures.regulatorKey)
        } throws: { error in
            "\(error)".contains(
                "key of party \(Fixtures.stallID) \(attacker.keyID): the key's own id is \(Self.stallKey.publicKey.keyID)"
            )
        }
    }

    @Test func tamperedBytesAreRefused() throws {
        let text = String(decoding: try bundleBytes(), as: UTF8.self)
        expectRefused(Array(text.replacingOccurrences(of: "王记猪肉", with: "李记猪肉").utf8), "signature does not verify")
        expectRefused(
            Array(text.replacingOccurrences(of: "\"role\":\"stall\"", with: "\"role\":\"farm\"").utf8),
            "signature does not verify")
        expectRefused(
            Array(text.replacingOccurrences(of: "\"revocations\":[]", with: "\"revocations\":[],\"x\":1").utf8),
            "signature does not verify")
    }

    @Test func pinnedAnchorMismatchIsRefused() throws {
        let other = "sha256:" + String(repeating: "0", count: 64)
        expectRefused(try bundleBytes(), pinned: other, "not by the pinned anchor \(other)")
        // A short key id does not pin: 64 bits can be matched by a key made for the purpose.
        expectRefused(
            try bundleBytes(), pinned: Fixtures.regulatorKey.publicKey.keyID,
            "pin the regulator key by its full SHA-256")
        // The same pin without its prefix is taken.
        let bare = String(Fixtures.regulatorKey.publicKey.fingerprint.dropFirst(7))
        #expect(throws: Never.self) { try TrustBundle.load(bytes: try bundleBytes(), pinnedAnchor: bare) }
        // A bundle made by someone else's "regulator" vouches for itself; pinning is what catches it.
        let rogue = Fixtures.ed25519Key(66)
        let rogueAnchor = TrustBundle.Anchor(
            party: "SAMR-110000", key: rogue.publicKey.keyID, alg: "ed25519",
            spki: Data(rogue.publicKey.spkiDER).base64EncodedString())
        let selfMade = try TrustBundle.make(
            issuedAt: Fixtures.soldAt, anchors: [rogueAnchor], parties: [], signer: rogue)
        #expect(throws: Never.self) { try TrustBundle.load(bytes: try selfMade.jsonBytes()) }
        expectRefused(
            try selfMade.jsonBytes(), pinned: Fixtures.regulatorKey.publicKey.fingerprint, "not by the pinned anchor")
    }

    @Test func formatVersionAndSignerAreChecked() throws {
        let text = String(decoding: try bundleBytes(), as: UTF8.self)
        expectRefused(Array(text.replacingOccurrences(of: "\"v\":2", with: "\"v\":3").utf8), "\"v\" must be 2")
        expectRefused(Array(text.replacingOccurrences(of: "\"v\":2", with: "\"v\":1").utf8), "version 1 bundle")
        expectRefused(
            Array(text.replacingOccurrences(of: "foodtrace-trust-bundle", with: "other").utf8), "\"format\" must be")
        expectRefused(Array("[]".utf8), "\"format\" must be")
        expectRefused(Array("{".utf8), "not JSON")
        var unsigned = Fixtures.bundle(stallKey: Self.stallKey.publicKey)
        unsigned.sig = nil
        expectRefused(try unsigned.jsonBytes(), "not signed")
        #expect {
            try TrustBundle.make(
                issuedAt: Fixtures.soldAt, anchors: [Fixtures.anchor], parties: [], signer: Self.stallKey)
        } throws: { error in
            "\(error)".contains("not one of the bundle's anchors")
        }
    }

    @Test func partyFromRegistrationAndRevocations() {
        let keys = [
            Fixtures.registered(Self.stallKey.publicKey), Fixtures.registered(Fixtures.ed25519Key(9).publicKey),
        ]
        let registration = RegisterBody(
            party: Fixtures.stallID, name: "王记猪肉", role: .stall, area: "110105", node: "012", parent: Fixtures.marketID,
            keys: keys)
        let from = Timestamp("2026-12-01T00:00:00+08:00")!
        let party = TrustBundle.Party(
            registration: registration,
            revocations: [
                RevokeBody(key: keys[0].id, from: Fixtures.soldAt, reason: "rotated"),
                RevokeBody(party: Fixtures.stallID, from: from, reason: "stall closed"),
                RevokeBody(
                    certificate: DocumentRef(type: .businessLicence, number: "X"), from: from, reason: "expired"),
            ])
        #expect(
            party.id == Fixtures.stallID && party.role == .stall && party.parent == Fixtures.marketID
                && party.keys == keys)
        #expect(
            party.revocations == [
                .init(key: keys[0].id, from: Fixtures.soldAt, reason: "rotated"),
                .init(key: keys[0].id, from: from, reason: "stall closed"),
                .init(key: keys[1].id, from: from, reason: "stall closed"),
            ])
        #expect(party.revocation(of: keys[0].id, at: from)?.reason == "rotated")  // the earliest in force
        #expect(party.revocation(of: keys[1].id, at: Fixtures.soldAt) == nil)
    }

    @Test func sm2AnchorSignsToo() throws {
        let regulator = try PrivateKey.generate(.sm2sm3)
        let anchor = TrustBundle.Anchor(
            party: Fixtures.regulatorID, key: regulator.publicKey.keyID, alg: "sm2-sm3",
            spki: Data(regulator.publicKey.spkiDER).base64EncodedString())
        let bundle = try TrustBundle.make(issuedAt: Fixtures.soldAt, anchors: [anchor], parties: [], signer: regulator)
        #expect(
            try TrustBundle.load(bytes: try bundle.jsonBytes(), pinnedAnchor: regulator.publicKey.fingerprint) == bundle
        )
    }

    // Guards the expiry: valid from issue to just before expiresAt (signed, so it cannot be moved), refused at it and
    // after; a bundle issued more than 5 minutes ahead of the reader's clock is refused too.
    @Test func expiryIsSignedAndEnforced() throws {
        let issued = Fixtures.soldAt
        let bundle = try TrustBundle.make(
            issuedAt: issued, expiresAt: issued.adding(milliseconds: 86_400_000), anchors: [Fixtures.anchor],
            parties: [], signer: Fixtures.regulatorKey)
        let bytes = try bundle.jsonBytes()
        #expect(throws: Never.self) { try TrustBundle.load(bytes: bytes, now: issued) }
        #expect(throws: Never.self) { try TrustBundle.load(bytes: bytes, now: issued.adding(milliseconds: 86_399_999)) }
        for late: Int64 in [86_400_000, 86_400_001, 400 * 86_400_000] {
            #expect { try TrustBundle.load(bytes: bytes, now: issued.adding(milliseconds: late)) } throws: {
                "\($0)".contains("it expired at \(bundle.expiresAt)")
            }
        }
        #expect(throws: Never.self) { try TrustBundle.load(bytes: bytes, now: issued.adding(milliseconds: -300_000)) }
        #expect { try TrustBundle.load(bytes: bytes, now: issued.adding(milliseconds: -300_001)) } throws: {
            "\($0)".contains("check the clock")
        }
        let moved = String(decoding: bytes, as: UTF8.self).replacingOccurrences(
            of: bundle.expiresAt.text, with: issued.adding(milliseconds: 30 * 86_400_000).text)
        expectRefused(Array(moved.utf8), "signature does not verify")
        #expect(
            TrustBundle.age(from: issued, to: issued.adding(milliseconds: 3 * 86_400_000 + 7_200_000))
                == "3 days 2 hours")
        #expect(TrustBundle.age(from: issued, to: issued.adding(milliseconds: 60_000)) == "1 minute")
        #expect(throws: SlipError.self) {
            try TrustBundle.make(
                issuedAt: issued, expiresAt: issued.adding(milliseconds: 367 * 86_400_000), anchors: [Fixtures.anchor],
                parties: [], signer: Fixtures.regulatorKey)
        }
    }
}
