/// A registered party as the package shows it — in traces, exports and the console: who it is, its role and its
/// place. The one party type shared by the modules; an audit's `AuditParty` and the store's `RegisteredParty` add
/// what their readers need (licences, keys) beside it.
public struct PartyInfo: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var role: Role
    /// Six-digit GB/T 2260 area code of the party's premises.
    public var area: String
    /// For a stall: the market it stands in.
    public var parent: String?
    /// How to reach the party, as registered.
    public var contact: String?
    /// The party's street address, as registered.
    public var address: String?

    public init(
        id: String, name: String, role: Role, area: String, parent: String? = nil, contact: String? = nil,
        address: String? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.area = area
        self.parent = parent
        self.contact = contact
        self.address = address
    }

    /// The party a `register` body registers.
    public init(registration body: RegisterBody) {
        self.init(
            id: body.party, name: body.name, role: body.role, area: body.area, parent: body.parent,
            contact: body.contact, address: body.address)
    }
}
