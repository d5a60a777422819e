import TraceModel

/// A row of the graph tables as ingest writes it from one signed record (``RecordApplier``): what `verify` derives
/// again from the records and compares with the stored rows (``TraceStore/checkGraphRows(expected:)``).
///
/// Every column a record determines on its own is here. Two are not, and are checked against the stored source batch
/// instead: the product and origin of a batch received or a slip (copied from the batch it comes from), and the
/// quantity a sale takes out of its batch in the batch's unit (``GraphSourceCheck``).
enum GraphRow: Hashable, Sendable {
    case node(GraphNodeRow)
    case edge(GraphEdgeRow)

    /// What identifies the row whatever its other columns: a node's code; an edge's ends and record.
    var key: String {
        switch self {
        case .node(let node): return "node \(node.code)"
        case .edge(let edge): return "edge \(edge.parent) → \(edge.child) (\(edge.kind))"
        }
    }

    /// The row's ``key`` in each language, for `verify`'s findings.
    var name: Message {
        switch self {
        case .node(let node): return .Verify.node(node.code)
        case .edge(let edge): return .Verify.edge(parent: edge.parent, child: edge.child, kind: edge.kind)
        }
    }

    /// The record the row names as the one that made it.
    var record: String {
        switch self {
        case .node(let node): return node.record
        case .edge(let edge): return edge.record
        }
    }

    /// The kinds of record that write graph rows.
    static let kinds: Set<RecordKind> = [.produce, .transform, .receive, .sell, .use, .attest]

    /// The rows ingest writes for `record` (whose id is `id`), in no particular order; none for other kinds, or for a
    /// receipt that refuses the goods.
    static func rows(of record: TraceModel.Record, id: String, body: AnyBody) -> [GraphRow] {
        if case .attest(let attest) = body {
            // A kept event makes no rows.
            guard let claim = attest.claim?.body else { return [] }
            // The claim is the external party's act, at the event's time (``RecordApplier/actor``).
            return rows(
                of: claim,
                made: RowMaker(
                    id: id, holder: attest.party.id, kind: claim.kind, at: attest.eventTime, keyID: record.sig?.key))
        }
        return rows(
            of: body,
            made: RowMaker(id: id, holder: record.issuer, kind: record.kind, at: record.at, keyID: record.sig?.key))
    }

    private static func rows(of body: AnyBody, made: RowMaker) -> [GraphRow] {
        switch body {
        case .produce(let b):
            return [
                made.node(
                    b.batch, type: "batch", quantity: b.quantity, expires: b.expires, inputs: 0,
                    product: ProductColumns(b.product, origin: b.origin))
            ]
        case .transform(let b):
            return b.outputs.flatMap { output in
                [
                    made.node(
                        output.batch, type: "batch", quantity: output.quantity, expires: output.expires,
                        inputs: b.inputs.count, product: ProductColumns(output.product, origin: nil))
                ]
                    + b.inputs.map { made.edge($0.batch, output.batch, "transform", output.quantity) }
            }
        case .receive(let b):
            guard b.accepted else { return [] }
            return [
                made.node(b.as, type: "batch", quantity: b.quantity, expires: b.expires, inputs: 1, product: nil),
                made.edge(b.batch, b.as, "receive", b.quantity),
            ]
        case .sell(let b):
            return [
                made.node(b.slip, type: "slip", quantity: b.quantity, expires: nil, inputs: 1, product: nil),
                made.edge(b.batch, b.slip, "sell", b.quantity, at: made.at.epochMilliseconds),
            ]
        case .use(let b):
            let ingredients = b.dishes.flatMap(\.ingredients)
            let meal = made.node(
                b.meal, type: "meal", quantity: Quantity(Amount(max(1, b.diners ?? 1)), .piece), expires: nil,
                inputs: ingredients.count,
                product: ProductColumns(
                    code: nil, name: b.dishes.map(\.name).joined(separator: "、"), category: nil, originArea: nil,
                    originName: nil))
            return [meal] + ingredients.map { made.edge($0.batch, b.meal, "use", $0.quantity) }
        default:
            return []
        }
    }
}

/// A `nodes` row.
struct GraphNodeRow: Hashable, Sendable {
    var code: String
    var type: String
    var holder: String
    var record: String
    var kind: String
    var atMilliseconds: Int64
    var at: String
    var keyID: String?
    var quantityMicros: Int64
    var unit: String
    var expiresMilliseconds: Int64?
    var inputs: Int
    /// The product and origin columns of a node whose record names them (`produce`, `transform`, `use`); `nil` for a
    /// batch received and a slip, which take them from their source batch.
    var product: ProductColumns?
}

/// A node's product and origin columns.
struct ProductColumns: Hashable, Sendable {
    var code: String?
    var name: String?
    var category: String?
    var originArea: String?
    var originName: String?

    init(code: String?, name: String?, category: String?, originArea: String?, originName: String?) {
        self.code = code
        self.name = name
        self.category = category
        self.originArea = originArea
        self.originName = originName
    }

    init(_ product: Product, origin: Place?) {
        self.init(
            code: product.code, name: product.name, category: product.category.rawValue, originArea: origin?.area,
            originName: origin?.name)
    }
}

/// An `edges` row (its `taken_micros` aside, see ``GraphRow``).
struct GraphEdgeRow: Hashable, Sendable {
    var parent: String
    var child: String
    var kind: String
    var record: String
    var quantityMicros: Int64
    var unit: String
    /// A sale's time (the edge is its stock movement); `nil` for every other edge.
    var atMilliseconds: Int64?
}

/// Makes one record's rows, with the columns every row of the record shares.
private struct RowMaker {
    let id: String
    /// Whose act: the issuer, or an attestation's external party.
    let holder: String
    let kind: RecordKind
    let at: Timestamp
    let keyID: String?

    func node(
        _ code: TraceCode, type: String, quantity: Quantity, expires: Timestamp?, inputs: Int, product: ProductColumns?
    ) -> GraphRow {
        .node(
            GraphNodeRow(
                code: code.digits, type: type, holder: holder, record: id, kind: kind.rawValue,
                atMilliseconds: at.epochMilliseconds, at: at.text, keyID: keyID,
                quantityMicros: quantity.value.micros, unit: quantity.unit.rawValue,
                expiresMilliseconds: expires?.epochMilliseconds, inputs: inputs, product: product))
    }

    func edge(_ parent: TraceCode, _ child: TraceCode, _ kind: String, _ quantity: Quantity, at: Int64? = nil)
        -> GraphRow
    {
        .edge(
            GraphEdgeRow(
                parent: parent.digits, child: child.digits, kind: kind, record: id,
                quantityMicros: quantity.value.micros, unit: quantity.unit.rawValue, atMilliseconds: at))
    }
}

/// An order-free digest of a multiset of rows: the sum of their hashes (Swift's hasher, seeded at random for each
/// process, so no one can make rows whose sums collide ahead of the run) and their number.
struct GraphDigest: Equatable, Sendable {
    var sum: UInt64 = 0
    var count = 0

    mutating func add(_ row: GraphRow) {
        sum &+= UInt64(bitPattern: Int64(row.hashValue))
        count += 1
    }

    mutating func add(_ other: GraphDigest) {
        sum &+= other.sum
        count += other.count
    }
}
