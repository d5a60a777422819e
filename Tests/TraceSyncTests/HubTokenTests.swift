import Foundation
import Testing
import TraceCrypto
import TraceModel
import TraceSync

/// Hub tokens checked against trust anchors with no state: each way a token can be wrong, beside one that is right.
@Suite("Hub tokens")
struct HubTokenTests {
    let regulator = try! PrivateKey.generate(.ed25519)
    let other = try! PrivateKey.generate(.ed25519)
    let now: Int64 = 1_796_000_000

    var trusted: [String: (party: String, key: PublicKey)] {
        [regulator.publicKey.keyID: ("REG-510100", regulator.publicKey)]
    }

    func token(scope: [HubToken.Scope] = [.readTrace], expires: Int64? = nil, key: PrivateKey? = nil) throws -> String {
        let key = key ?? regulator
        return try HubToken(
            subject: "inspector", scope: scope, issuer: "REG-510100", keyID: key.publicKey.keyID, issuedAt: now - 10,
            expires: expires ?? now + 3_600
        ).signed(by: key)
    }

    @Test func validTokenVerifies() throws {
        let token = try HubToken.verify(try token(), trusted: trusted, now: now)
        #expect(token.sub == "inspector" && token.allows(.readTrace) && !token.allows(.readAudit))
    }

    @Test func expiryIsExclusive() throws {
        let text = try token(expires: now + 1)
        #expect(throws: Never.self) { try HubToken.verify(text, trusted: trusted, now: now) }
        #expect(throws: SyncError.self) { try HubToken.verify(text, trusted: trusted, now: now + 1) }
    }

    @Test func unknownKeyIsRefused() throws {
        let text = try token(key: other)
        let error = #expect(throws: SyncError.self) { try HubToken.verify(text, trusted: trusted, now: now) }
        #expect(error?.message.contains("not a regulator anchor") == true)
    }

    @Test func issuerMustBeTheKeysParty() throws {
        let text = try token()
        let elsewhere = [regulator.publicKey.keyID: (party: "REG-110000", key: regulator.publicKey)]
        #expect(throws: SyncError.self) { try HubToken.verify(text, trusted: elsewhere, now: now) }
    }

    @Test func tamperedClaimsAreRefused() throws {
        let parts = try token().split(separator: ".").map(String.init)
        let claims = String(decoding: Base64URL.decode(parts[1])!, as: UTF8.self)
        let widened = claims.replacingOccurrences(of: "\"read:trace\"", with: "\"admin\"")
        #expect(widened != claims)
        let forged = [parts[0], Base64URL.encode(Array(widened.utf8)), parts[2]].joined(separator: ".")
        let error = #expect(throws: SyncError.self) { try HubToken.verify(forged, trusted: trusted, now: now) }
        #expect(error?.message.contains("signature") == true)
    }

    @Test func aRecordSignatureIsNotAToken() throws {
        // The same claims signed without the token prefix (as a record's bytes would be) do not verify.
        let parts = try token().split(separator: ".").map(String.init)
        let claims = Base64URL.decode(parts[1])!
        let bare = "ft1.\(parts[1]).\(Base64URL.encode(try regulator.sign(claims)))"
        #expect(throws: SyncError.self) { try HubToken.verify(bare, trusted: trusted, now: now) }
    }

    @Test func adminAllowsEveryScope() {
        let admin = HubToken(subject: "a", scope: [.admin], issuer: "R", keyID: "k", issuedAt: 0, expires: 1)
        #expect(HubToken.Scope.allCases.allSatisfy(admin.allows))
    }

    @Test(arguments: ["", "ft1.", "ft1.a.b", "ft2.e30.AAAA", "Bearer x"])
    func malformedIsRefused(_ text: String) {
        #expect(throws: SyncError.self) { try HubToken.verify(text, trusted: trusted, now: now) }
    }
}
