import TraceGraph
import TraceModel

// The JSON forms of the graph values the query view returns. The graph types themselves stay free of
// any wire format; these mirror them field by field and convert both ways.

/// A ``GraphNode`` as JSON.
public struct NodeMessage: Sendable, Codable, Hashable {
    public var code: String
    public var type: GraphNode.NodeType
    public var holder: String
    public var record: String
    public var kind: RecordKind
    public var at: Int64
    public var product: Product?
    public var productName: String?
    public var quantity: Quantity
    public var expires: Int64?
    public var origin: Place?

    public init(_ node: GraphNode) {
        code = node.code
        type = node.type
        holder = node.holder
        record = node.record
        kind = node.kind
        at = node.atMilliseconds
        product = node.product
        productName = node.productName
        quantity = node.quantity
        expires = node.expiresMilliseconds
        origin = node.origin
    }

    public var node: GraphNode {
        GraphNode(
            code: code, type: type, holder: holder, record: record, kind: kind, atMilliseconds: at, product: product,
            productName: productName, quantity: quantity, expiresMilliseconds: expires, origin: origin)
    }
}

/// A ``GraphEdge`` as JSON.
public struct EdgeMessage: Sendable, Codable, Hashable {
    public var parent: String
    public var child: String
    public var kind: RecordKind
    public var record: String
    public var quantity: Quantity

    public init(_ edge: GraphEdge) {
        parent = edge.parent
        child = edge.child
        kind = edge.kind
        record = edge.record
        quantity = edge.quantity
    }

    public var edge: GraphEdge {
        GraphEdge(parent: parent, child: child, kind: kind, record: record, quantity: quantity)
    }
}

/// A ``Movement`` as JSON. `delta` is signed (`"-2.5"` for goods taken out), so it is written as
/// signed exact-decimal text rather than as an ``Amount``, whose JSON form is unsigned.
public struct MovementMessage: Sendable, Codable, Hashable {
    public var kind: String
    public var record: String
    /// Signed exact decimal: `"12"`, `"-2.5"`.
    public var delta: String
    public var at: Int64
    public var counterparty: String?

    public init(_ movement: Movement) {
        kind = movement.kind
        record = movement.record
        delta = movement.delta.description
        at = movement.atMilliseconds
        counterparty = movement.counterparty
    }

    /// The movement, or an error naming the delta when it is not a signed exact decimal.
    public func movement() throws -> Movement {
        let negative = delta.hasPrefix("-")
        guard let magnitude = Amount(negative ? delta.dropFirst() : Substring(delta)),
            !(negative && magnitude.micros == 0)
        else {
            throw PluginCallError(Message.Plugins.badDelta(record: record, delta: delta))
        }
        return Movement(
            kind: kind, record: record, delta: Amount(micros: negative ? -magnitude.micros : magnitude.micros),
            atMilliseconds: at, counterparty: counterparty)
    }
}

/// A ``Shipment`` as JSON.
public struct ShipmentMessage: Sendable, Codable, Hashable {
    public var record: String
    public var shipment: String
    public var sender: String
    public var receiver: String
    public var batch: String
    public var quantity: Quantity
    public var at: Int64
    public var receivedBy: String?

    public init(_ shipment: Shipment) {
        record = shipment.record
        self.shipment = shipment.shipment
        sender = shipment.sender
        receiver = shipment.receiver
        batch = shipment.batch
        quantity = shipment.quantity
        at = shipment.atMilliseconds
        receivedBy = shipment.receivedBy
    }

    public var value: Shipment {
        Shipment(
            record: record, shipment: shipment, sender: sender, receiver: receiver, batch: batch, quantity: quantity,
            atMilliseconds: at, receivedBy: receivedBy)
    }
}
