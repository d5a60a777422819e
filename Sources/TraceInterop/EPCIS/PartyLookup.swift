import TraceModel

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
