/// `attest`: the issuer received a GS1 EPCIS document from a partner, and keeps one of its events as evidence.
///
/// The issuer vouches for what it saw — a document with this SHA-256, sent by this partner, holding this event —
/// not for what the event says. The event's own party is an *external* party: one the store does not register,
/// known by its GS1 key (a PGLN, GLN or SGLN) and named from the document's master data; it holds no FoodTrace
/// key, so it signs nothing. What the event says that party did is the ``claim``: the body that party would have
/// signed (a produce, transform, ship, receive, sell or dispose), applied to the graph as that party's act. A trace
/// shows each node an attestation made as *attested* — by whom, from which document — never as signed by the
/// party. Role limits bound what a party signs; any registered party may attest what a partner sent it.
public struct AttestBody: RecordBody {
    public static let kind = RecordKind.attest
    /// `sha256:` and the hex SHA-256 of the document's bytes as received.
    public var document: String
    /// The partner the document came from, as a GS1 key URI (`urn:epc:id:pgln:…`) or another identifier URI.
    public var from: String
    /// The event: its EPCIS event hash ID and its RFC 8785 canonical JSON.
    public var event: EPCISOrigin
    /// When the event happened (its `eventTime`): the time of the claimed act. The record's `at` is when the issuer
    /// attested.
    public var eventTime: Timestamp
    /// The external party whose act the event records.
    public var party: AttestedParty
    /// What the event says the party did; absent when the event is kept as evidence only (``kept``).
    public var claim: AttestedClaim?
    /// Why the event is kept as evidence without an act in the graph (packing, an association, a business
    /// transaction, an error declaration…); absent when it has a ``claim``. Exactly one of the two is present.
    public var kept: KeptEvent?
    /// Which of the event's acts this is, from 0, when the event records several (one per lot it lists); absent
    /// when it records one.
    public var part: Int?

    public init(
        document: String, from: String, event: EPCISOrigin, eventTime: Timestamp, party: AttestedParty,
        claim: AttestedClaim?, kept: KeptEvent? = nil, part: Int? = nil
    ) {
        self.part = part
        self.kept = kept
        self.document = document
        self.from = from
        self.event = event
        self.eventTime = eventTime
        self.party = party
        self.claim = claim
    }
}

/// A partner's event kept as evidence, not traced: what it records and why the graph has no act for it.
///
/// An `errorDeclaration` is the partner's word that the event (the same event, re-sent with its declaration, so the
/// same hash ID) was in error: it is kept beside the attestation of the event, which stays in the graph — nothing is
/// deleted — and traces mark the hop it made as declared in error.
public struct KeptEvent: Sendable, Hashable, Codable {
    /// What the event records.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Packing or unpacking of a logistic unit (an AggregationEvent).
        case aggregation
        /// Objects (devices, assets) linked to a parent (an AssociationEvent).
        case association
        /// Objects tied to a business transaction (a TransactionEvent).
        case transaction
        /// The event is declared in error (`errorDeclaration`).
        case errorDeclaration
        /// An event of another kind the graph has no act for (an observation, an unknown unit…).
        case other
    }

    public var kind: Kind
    /// Why the graph has no act for the event, in words.
    public var reason: String

    public init(kind: Kind, reason: String) {
        self.kind = kind
        self.reason = reason
    }
}

extension AttestBody {
    /// The key a store keeps the attestation under: the event's hash ID, and for an error declaration (which has
    /// the hash ID of the event it declares in error) that ID followed by `#errorDeclaration`.
    public var attestationKey: String {
        kept?.kind == .errorDeclaration ? event.eventID + AttestBody.declarationSuffix : event.eventID
    }

    /// What follows an event's hash ID in the key of its error declaration.
    public static let declarationSuffix = "#errorDeclaration"
}

/// A party known by its GS1 key, not registered in the store.
public struct AttestedParty: Sendable, Hashable, Codable {
    /// The party id the graph keys it by: `GLN-` and the 13-digit GLN for a PGLN, GLN or SGLN (an SGLN names the
    /// party of its GLN; its extension is a place within), `EXT-` and a hash for other identifiers.
    public var id: String
    /// The identifier as the document wrote it.
    public var key: String
    /// Its name in the document's master data, when the document gives one.
    public var name: String?

    public init(id: String, key: String, name: String? = nil) {
        self.id = id
        self.key = key
        self.name = name
    }
}

/// The act an attested event records: exactly one member, the body its party would have signed.
public struct AttestedClaim: Sendable, Hashable, Codable {
    public var produce: ProduceBody?
    public var transform: TransformBody?
    public var ship: ShipBody?
    public var receive: ReceiveBody?
    public var sell: SellBody?
    public var dispose: DisposeBody?

    /// The claim of `body`; `nil` for a kind an event cannot claim.
    public init?(_ body: AnyBody) {
        switch body {
        case .produce(let b): produce = b
        case .transform(let b): transform = b
        case .ship(let b): ship = b
        case .receive(let b): receive = b
        case .sell(let b): sell = b
        case .dispose(let b): dispose = b
        default: return nil
        }
    }

    /// The claimed body; `nil` unless exactly one member is set.
    public var body: AnyBody? {
        let bodies: [AnyBody] = [
            produce.map(AnyBody.produce), transform.map(AnyBody.transform), ship.map(AnyBody.ship),
            receive.map(AnyBody.receive), sell.map(AnyBody.sell), dispose.map(AnyBody.dispose),
        ].compactMap { $0 }
        return bodies.count == 1 ? bodies[0] : nil
    }
}

extension AttestBody {
    public func validate() throws(RecordProblem) {
        guard document.hasPrefix("sha256:"), document.utf8.count == 71,
            document.utf8.dropFirst(7).allSatisfy({ (48...57).contains($0) || (97...102).contains($0) })
        else {
            throw RecordProblem(field: "$.body.document", Message.Body.documentDigest)
        }
        try Check.nonEmpty(from, "from")
        try Check.nonEmpty(event.eventID, "event.eventID")
        try Check.party(party.id, "party.id")
        try Check.nonEmpty(party.key, "party.key")
        if let name = party.name { try Check.nonEmpty(name, "party.name") }
        if let part, part < 0 { throw RecordProblem(field: "$.body.part", Message.Body.notNegative) }
        if let kept {
            guard claim == nil else { throw RecordProblem(field: "$.body.kept", Message.Body.keptWithClaim) }
            try Check.nonEmpty(kept.reason, "kept.reason")
            return
        }
        guard let claimed = claim?.body else {
            throw RecordProblem(field: "$.body.claim", Message.Body.claimOrKept)
        }
        do {
            try claimed.value.validate()
        } catch {
            throw RecordProblem(
                field: "$.body.claim.\(claimed.kind.rawValue)" + error.field.dropFirst("$.body".count),
                reason: error.reason)
        }
    }
}

extension AnyBody {
    /// The kind of the body.
    public var kind: RecordKind {
        switch self {
        case .register: .register
        case .revoke: .revoke
        case .certify: .certify
        case .produce: .produce
        case .transform: .transform
        case .ship: .ship
        case .receive: .receive
        case .test: .test
        case .sell: .sell
        case .use: .use
        case .recall: .recall
        case .dispose: .dispose
        case .count: .count
        case .void: .void
        case .attest: .attest
        }
    }
}
