import TraceModel

/// One node of a trace, with the hop that created it.
public struct TraceNode: Sendable, Codable, Hashable {
    public var code: String
    public var type: GraphNode.NodeType
    /// The batch this node belongs to: its own code for a batch, the batch sold or used for a slip or meal.
    public var batch: String
    public var party: String
    public var partyName: String
    public var role: Role?
    /// The kind of the record that created this node (produce, transform, receive, sell, use).
    public var kind: RecordKind
    public var record: String
    public var at: String
    public var quantity: String
    public var unit: String
    public var product: String?
    public var category: ProductCategory?
    public var origin: Place?
    public var documents: [HopDocument]
    public var tests: [HopTest]
    /// The creating record's signature verified at ingest and its key was not revoked at its time. For an attested
    /// node that record is the attestation, signed by the attesting party, not by ``party``.
    public var verified: Bool
    /// When the node rests on a partner's word: who attested which event of which document (the hop's party signed
    /// nothing); absent when the party signed the record itself.
    public var attested: HopAttestation?
    /// Hops from the start (0 for the start itself).
    public var depth: Int
    /// Codes one step back (upstream trace) or one step forward (downstream trace).
    public var next: [String]
}

/// An edge of a trace.
public struct TraceEdge: Sendable, Codable, Hashable {
    public var parent: String
    public var child: String
    public var kind: RecordKind
    public var record: String
    public var quantity: String
    public var unit: String
}

/// An origin of an upstream trace: a root batch and its producer.
public struct TraceOrigin: Sendable, Codable, Hashable {
    public var code: String
    public var party: String
    public var partyName: String
    public var role: Role?
}

/// The answer to `trace up` or `trace down`; its JSON shape is `schemas/trace.schema.json`.
public struct TraceResult: Sendable, Codable {
    public enum Direction: String, Sendable, Codable { case up, down }
    public var format = "foodtrace-trace"
    public var v = 1
    public var direction: Direction
    public var start: String
    /// Every hop's step back (up) or step forward (down) exists, every origin is a farm lot,
    /// every signature verified, and nothing is still in transit.
    public var complete: Bool
    /// Why `complete` is false, one line each.
    public var gaps: [String]
    public var origins: [TraceOrigin]
    public var nodes: [TraceNode]
    public var edges: [TraceEdge]
    /// Shipments still in transit from batches in the trace (downstream only).
    public var inTransit: [TraceShipment]
    /// The gaps in each language, for text (not in the JSON, whose `gaps` are the English lines; empty for a
    /// result read back from JSON, whose text shows `gaps`).
    public var gapTexts: [Message] = []

    private enum CodingKeys: String, CodingKey {
        case format, v, direction, start, complete, gaps, origins, nodes, edges, inTransit
    }

    /// Records a gap: its English line in ``gaps``, both languages in ``gapTexts``.
    mutating func addGap(_ gap: Message) {
        gaps.append(gap.en)
        gapTexts.append(gap)
    }

    /// Codes of the slips reached (downstream) or included.
    public var slips: [String] { nodes.filter { $0.type == .slip }.map(\.code) }
    /// Codes of the meals reached.
    public var meals: [String] { nodes.filter { $0.type == .meal }.map(\.code) }
    /// Every party holding a node of the trace.
    public var parties: [String] { Array(Set(nodes.map(\.party))).sorted() }
}

/// A shipment in a trace.
public struct TraceShipment: Sendable, Codable, Hashable {
    public var record: String
    public var shipment: String
    public var batch: String
    public var from: String
    public var to: String
    public var quantity: String
    public var unit: String
}

/// Why a trace could not start.
public struct TraceError: Error, Sendable, CustomStringConvertible, CataloguedError {
    /// The English text.
    public var message: String
    /// The text in Chinese and English (the English is ``message``).
    public var text: Message
    public var description: String { message }

    /// An error from the message catalogue.
    public init(_ text: Message) {
        message = text.en
        self.text = text
    }
}
