import TraceCrypto

/// A regulator key the store trusts without a `register` record: the root of the trust chain.
public struct TrustAnchor: Sendable {
    /// The regulator's party id (issuer of its records).
    public var party: String
    /// The regulator's display name.
    public var name: String
    /// Six-digit GB/T 2260 area code of the regulator.
    public var area: String
    public var key: PublicKey

    public init(party: String, name: String, area: String, key: PublicKey) {
        self.party = party
        self.name = name
        self.area = area
        self.key = key
    }
}
