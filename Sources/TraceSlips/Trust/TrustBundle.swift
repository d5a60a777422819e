import TraceModel

/// What an inspector's phone needs to check slips offline: the regulator's anchor keys and every
/// registered party with its role, keys and key revocations, signed by a regulator key.
///
/// JSON form (`"format": "foodtrace-trust-bundle"`, `"v": 2`); the signature `sig` (same shape as a
/// record's) covers the RFC 8785 canonical JSON of the bundle without `sig`. Make one with
/// ``make(issuedAt:expiresAt:anchors:parties:signer:)``, read one with ``load(bytes:pinnedAnchor:now:)``.
///
/// A bundle only knows what was registered and revoked up to ``issuedAt``: a key revoked later is
/// still trusted by an inspector holding this bundle. So a bundle carries ``expiresAt`` (signed with the rest), a
/// reader refuses it from then on, and `slip verify` says how old it is. Version 1 bundles had no expiry and are
/// refused.
public struct TrustBundle: Sendable, Hashable, Codable {
    /// The value of `format`.
    public static let formatName = "foodtrace-trust-bundle"
    /// The bundle format version this code writes and reads.
    public static let formatVersion = 2
    /// How long a bundle is valid when its maker does not say: 7 days.
    public static let defaultValidityMilliseconds: Int64 = 7 * 86_400_000
    /// The longest validity a bundle may claim: 366 days.
    public static let maximumValidityMilliseconds: Int64 = 366 * 86_400_000
    /// How far in the future a bundle's ``issuedAt`` may lie before the reader's clock is doubted: 5 minutes.
    public static let clockSkewMilliseconds: Int64 = 5 * 60_000

    /// Always ``formatName``.
    public var format: String
    /// Always ``formatVersion`` for bundles this code reads.
    public var v: Int
    /// When the regulator assembled the bundle.
    public var issuedAt: Timestamp
    /// From this instant on the bundle is refused: get a fresh one.
    public var expiresAt: Timestamp
    /// The regulator keys that may sign a bundle.
    public var anchors: [Anchor]
    /// Every registered party.
    public var parties: [Party]
    /// The regulator's signature; `nil` only while a bundle is being made.
    public var sig: Signature?

    /// A regulator key trusted to sign bundles.
    public struct Anchor: Sendable, Hashable, Codable {
        /// The regulator's party id.
        public var party: String
        /// The key id (`k-` and 16 hex digits of the SHA-256 of the DER key), for display; a pin compares the full
        /// SHA-256 (``TrustBundle/load(bytes:pinnedAnchor:now:)``).
        public var key: String
        /// `ed25519` or `sm2-sm3`.
        public var alg: String
        /// Base64 of the DER SubjectPublicKeyInfo.
        public var spki: String

        /// An anchor from its parts.
        public init(party: String, key: String, alg: String, spki: String) {
            self.party = party
            self.key = key
            self.alg = alg
            self.spki = spki
        }
    }

    /// A registered party as the slip check needs it.
    public struct Party: Sendable, Hashable, Codable {
        /// The party id.
        public var id: String
        /// The registered name.
        public var name: String
        /// The registered role; only ``Role/stall`` issues slips.
        public var role: Role
        /// GB/T 2260 area code.
        public var area: String
        /// For a stall: the market it stands in.
        public var parent: String?
        /// Every key ever registered to the party (revoked ones included).
        public var keys: [RegisteredKey]
        /// Key revocations, each from a time on.
        public var revocations: [Revocation]

        /// A party from its parts.
        public init(
            id: String, name: String, role: Role, area: String, parent: String? = nil, keys: [RegisteredKey],
            revocations: [Revocation] = []
        ) {
            self.id = id
            self.name = name
            self.role = role
            self.area = area
            self.parent = parent
            self.keys = keys
            self.revocations = revocations
        }

        /// The revocation in force for `key` at `time`, if any: the earliest whose `from` is at or before `time`.
        public func revocation(of key: String, at time: Timestamp) -> Revocation? {
            revocations.filter { $0.key == key && $0.from <= time }.min { $0.from < $1.from }
        }

        /// The revocation of `key` that retires the party's record `seq` whatever its date (its `lastSeq` is
        /// below `seq`), if any.
        public func revocation(of key: String, seq: Int) -> Revocation? {
            revocations.filter { $0.key == key && ($0.lastSeq.map { seq > $0 } ?? false) }.min {
                ($0.lastSeq ?? 0) < ($1.lastSeq ?? 0)
            }
        }
    }

    /// A key retired from a time on: records it signed at or after `from` are refused.
    public struct Revocation: Sendable, Hashable, Codable {
        /// The revoked key's id.
        public var key: String
        /// Records signed at or after this instant are refused.
        public var from: Timestamp
        /// Why, in words for the inspector.
        public var reason: String
        /// The seq of the party's last record that still counts, when the `revoke` record named one: a slip of a
        /// later seq is refused whatever its date. Absent in bundles whose revocations name none.
        public var lastSeq: Int?

        /// A revocation from its parts.
        public init(key: String, from: Timestamp, reason: String, lastSeq: Int? = nil) {
            self.key = key
            self.from = from
            self.reason = reason
            self.lastSeq = lastSeq
        }
    }

    /// An unsigned bundle of the current format and version.
    public init(issuedAt: Timestamp, expiresAt: Timestamp, anchors: [Anchor], parties: [Party]) {
        self.format = TrustBundle.formatName
        self.v = TrustBundle.formatVersion
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.anchors = anchors
        self.parties = parties
        self.sig = nil
    }

    /// The party with id `id`.
    public func party(_ id: String) -> Party? { parties.first { $0.id == id } }
}
