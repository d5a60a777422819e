import Foundation
import TraceCrypto
import TraceModel

/// A bearer token a regulator issues offline for reading a hub: who it is for, what it may read, until when.
///
/// Signed with the record format's own signing (Ed25519 or SM2 through ``PrivateKey``) rather than JWT: the hub
/// already holds the keys it trusts (the store's regulator anchors), so a token verifies without any server-side
/// state or second key format. Text form: `ft1.` + base64url(claims JSON) + `.` + base64url(signature), the
/// signature taken over ``signingPrefix`` followed by the claims bytes exactly as sent.
public struct HubToken: Sendable, Equatable, Codable {
    /// What a token allows. `admin` allows everything the others do.
    public enum Scope: String, Sendable, Codable, CaseIterable {
        case readTrace = "read:trace"
        case readAudit = "read:audit"
        case admin
    }

    /// Format version of the claims (`1`).
    public var v: Int
    /// The person or system the token is for (logged with every request it makes).
    public var sub: String
    public var scope: [Scope]
    /// The regulator that signed it and the key it signed with.
    public var iss: String
    public var kid: String
    /// Issued at and expires at, in seconds since 1970.
    public var iat: Int64
    public var exp: Int64

    /// Bytes signed before the claims, so that no record signature can be replayed as a token and back.
    public static let signingPrefix = Array("foodtrace-hub-token/1\n".utf8)
    static let textPrefix = "ft1."

    public init(subject: String, scope: [Scope], issuer: String, keyID: String, issuedAt: Int64, expires: Int64) {
        v = 1
        sub = subject
        self.scope = scope
        iss = issuer
        kid = keyID
        iat = issuedAt
        exp = expires
    }

    /// True when the token allows `scope` (an `admin` token allows every scope).
    public func allows(_ scope: Scope) -> Bool { self.scope.contains(scope) || self.scope.contains(.admin) }

    /// The token signed by `key` (whose key id must be ``kid``), as the text a client sends.
    public func signed(by key: PrivateKey) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let claims = Array(try encoder.encode(self))
        let signature = try key.sign(Self.signingPrefix + claims)
        return Self.textPrefix + Base64URL.encode(claims) + "." + Base64URL.encode(signature)
    }

    /// Reads and checks a token: well formed, signed by one of `trusted` (the store's regulator anchors, by key id),
    /// issued by that key's party, not yet expired at `now` (seconds), and not issued in the future.
    public static func verify(_ text: String, trusted: [String: (party: String, key: PublicKey)], now: Int64)
        throws(SyncError) -> HubToken
    {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard text.hasPrefix(textPrefix), parts.count == 3, let claims = Base64URL.decode(String(parts[1])),
            let signature = Base64URL.decode(String(parts[2]))
        else { throw SyncError(.badToken, Message.Sync.tokenMalformed) }
        let token: HubToken
        do {
            token = try JSONDecoder().decode(HubToken.self, from: Data(claims))
        } catch {
            throw SyncError(.badToken, Message.Sync.tokenClaims("\(error)"))
        }
        guard token.v == 1 else { throw SyncError(.badToken, Message.Sync.tokenVersion(token.v)) }
        guard let signer = trusted[token.kid] else {
            throw SyncError(.badToken, Message.Sync.tokenUnknownKey(token.kid))
        }
        guard signer.party == token.iss, signer.key.verify(signature: signature, message: signingPrefix + claims)
        else { throw SyncError(.badToken, Message.Sync.tokenSignature) }
        guard now < token.exp else {
            throw SyncError(.badToken, Message.Sync.tokenExpired(at: token.exp, now: now))
        }
        guard token.iat <= now + 300 else {
            throw SyncError(.badToken, Message.Sync.tokenFuture(issued: token.iat, now: now))
        }
        return token
    }
}
