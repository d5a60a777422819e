/// A public key as registered: its id, algorithm and DER SubjectPublicKeyInfo (base64).
public struct RegisteredKey: Sendable, Hashable, Codable {
    /// `k-` followed by 16 hex digits of the SHA-256 of the DER key.
    public var id: String
    /// `ed25519` or `sm2-sm3`.
    public var alg: String
    /// Base64 (standard alphabet, padded) of the DER SubjectPublicKeyInfo.
    public var spki: String

    public init(id: String, alg: String, spki: String) {
        self.id = id
        self.alg = alg
        self.spki = spki
    }
}

/// A licence a party holds, as registered by the regulator.
public struct Licence: Sendable, Hashable, Codable {
    public var type: DocumentType
    public var number: String
    public var validFrom: Timestamp
    public var validUntil: Timestamp?

    public init(type: DocumentType, number: String, validFrom: Timestamp, validUntil: Timestamp? = nil) {
        self.type = type
        self.number = number
        self.validFrom = validFrom
        self.validUntil = validUntil
    }
}

/// `register`: binds a party id to a role, a node code for trace codes, licences and keys.
///
/// A later `register` for the same party may add keys and licences; it may not change the role.
public struct RegisterBody: RecordBody {
    public static let kind = RecordKind.register
    /// The party id: 2–64 characters of `A–Z`, `0–9` and `-`, starting with a letter.
    public var party: String
    public var name: String
    public var role: Role
    /// GB/T 2260 area code of the party's premises.
    public var area: String
    /// Three-digit node number within the area, used in the party's trace codes.
    public var node: String
    /// For a stall: the market it stands in.
    public var parent: String?
    public var address: String?
    public var contact: String?
    /// Unified social credit code (GB 32100), 18 characters.
    public var creditCode: String?
    public var keys: [RegisteredKey]
    public var licences: [Licence]?

    public init(
        party: String, name: String, role: Role, area: String, node: String, parent: String? = nil,
        address: String? = nil, contact: String? = nil, creditCode: String? = nil, keys: [RegisteredKey],
        licences: [Licence]? = nil
    ) {
        self.party = party
        self.name = name
        self.role = role
        self.area = area
        self.node = node
        self.parent = parent
        self.address = address
        self.contact = contact
        self.creditCode = creditCode
        self.keys = keys
        self.licences = licences
    }
}

/// `revoke`: retires one key, one certificate or a whole party from a time on.
public struct RevokeBody: RecordBody {
    public static let kind = RecordKind.revoke
    /// A key id to retire.
    public var key: String?
    /// A certificate to retire.
    public var certificate: DocumentRef?
    /// A party whose keys are all retired.
    public var party: String?
    /// Records made by the key at or after this time are refused.
    public var from: Timestamp
    public var reason: String
    /// For a key or a party: the `seq` of the party's last record that still counts. Any record of the party
    /// after it, signed by a retired key, is refused whatever its `at` (a thief may date a record before `from`);
    /// `0` retires every record the key signed. Absent: `from` alone decides.
    public var lastSeq: Int?

    public init(
        key: String? = nil, certificate: DocumentRef? = nil, party: String? = nil, from: Timestamp, reason: String,
        lastSeq: Int? = nil
    ) {
        self.key = key
        self.certificate = certificate
        self.party = party
        self.from = from
        self.reason = reason
        self.lastSeq = lastSeq
    }
}
