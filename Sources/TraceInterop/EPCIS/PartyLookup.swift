import TraceModel

/// What an exporter needs to know about a party: its registered name, role and place.
public struct PartyInfo: Sendable, Hashable {
    public var id: String
    public var name: String
    public var role: Role
    /// Six-digit GB/T 2260 area code of the party's premises.
    public var area: String
    /// For a stall: the market it stands in.
    public var parent: String?
    public var address: String?

    public init(id: String, name: String, role: Role, area: String, parent: String? = nil, address: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.area = area
        self.parent = parent
        self.address = address
    }

    /// The party's `register` body as PartyInfo.
    public init(registration body: RegisterBody) {
        self.init(
            id: body.party, name: body.name, role: body.role, area: body.area, parent: body.parent,
            address: body.address)
    }
}

/// Where exporters look parties (and, for FSMA 204 rows, batch products) up; the store implements it.
public protocol PartyLookup {
    /// The registered party with this id, or `nil` when it is unknown.
    func party(_ id: String) -> PartyInfo?
    /// The product of a batch, when known (ship and receive records do not repeat it).
    func product(of batch: TraceCode) -> Product?
}

extension PartyLookup {
    public func product(of batch: TraceCode) -> Product? { nil }
}

/// A ``PartyLookup`` over fixed tables, for tests and small exports.
public struct StaticPartyLookup: PartyLookup, Sendable {
    public var parties: [String: PartyInfo]
    public var products: [TraceCode: Product]

    public init(parties: [PartyInfo] = [], products: [TraceCode: Product] = [:]) {
        self.parties = Dictionary(parties.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.products = products
    }

    public func party(_ id: String) -> PartyInfo? { parties[id] }
    public func product(of batch: TraceCode) -> Product? { products[batch] }
}
