import TraceModel

/// A registered party as exporters describe it: name, role, premises and, for a stall, its market.
public struct InteropParty: Sendable, Hashable {
    /// The party id.
    public var id: String
    /// The registered name.
    public var name: String
    /// The registered role.
    public var role: Role
    /// Six-digit GB/T 2260 area code of the party's premises.
    public var area: String
    /// Three-digit node number within the area, used in the party's trace codes.
    public var node: String
    /// For a stall: the market it stands in.
    public var parent: String?
    /// The registered address, if any.
    public var address: String?

    /// A party with these registration details.
    public init(
        id: String, name: String, role: Role, area: String, node: String, parent: String? = nil, address: String? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.area = area
        self.node = node
        self.parent = parent
        self.address = address
    }
}
