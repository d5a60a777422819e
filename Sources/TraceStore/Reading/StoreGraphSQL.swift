import TraceGraph
import TraceModel

/// The SQL behind ``StoreGraphReader`` and how its rows become graph values.
enum StoreGraphSQL {
    /// Columns 0..<14 of ``node`` and ``walkNode``.
    static let nodeColumns: Int32 = 14
    /// Columns of a record's status, from ``recordStatus`` or after the node's in ``walkNode``.
    static let statusColumns: Int32 = 7

    private static let nodeSelect = """
        SELECT n.code, n.type, n.holder, n.record, n.kind, n.at_ms, n.product_code, n.product_name, n.category,
               n.quantity_micros, n.unit, n.expires_ms, n.origin_area, n.origin_name
        """
    private static let statusSelect = """
        r.id, r.kind, r.issuer, r.at, r.at_ms, k.revoked_ms,
        EXISTS (SELECT 1 FROM equivocations e WHERE e.issuer = r.issuer AND e.seq = r.seq)
        """

    static let node = nodeSelect + " FROM nodes n WHERE n.code = ?"

    /// A node, its record's status and, for a slip or a meal, the parent of its first input edge.
    static let walkNode = nodeSelect + ", " + statusSelect + """
        , CASE WHEN n.type <> 'batch' THEN (SELECT parent FROM edges WHERE child = n.code) END
        FROM nodes n LEFT JOIN records r ON r.id = n.record LEFT JOIN keys k ON k.id = r.key_id
        WHERE n.code = ?
        """

    static let recordStatus = "SELECT " + statusSelect + " FROM records r LEFT JOIN keys k ON k.id = r.key_id WHERE r.id = ?"

    /// Followed by `child = ?` or `parent = ?`.
    static let edges = "SELECT parent, child, kind, record, quantity_micros, unit FROM edges WHERE "

    /// Each document quoted for a batch once, in the order first quoted, with the first `certify` record
    /// issuing it (the rows a plain join gives, less the repeats a reader drops).
    static let quotedDocuments = """
        SELECT r.type, r.number, d.issuer, d.valid_until_ms, d.result
        FROM (SELECT type, number, min(rowid) AS first FROM document_refs WHERE batch = ? GROUP BY type, number) r
        LEFT JOIN documents d ON d.type = r.type AND d.number = r.number
        ORDER BY r.first, d.rowid
        """

    static func node(from row: RawRow) -> GraphNode {
        var product: Product?
        if let code = row.optionalText(6), let name = row.optionalText(7),
            let category = ProductCategory(rawValue: row.optionalText(8) ?? "")
        {
            product = Product(code: code, name: name, category: category)
        }
        var origin: Place?
        if let area = row.optionalText(12), let name = row.optionalText(13) { origin = Place(area: area, name: name) }
        return GraphNode(
            code: row.text(0), type: GraphNode.NodeType(rawValue: row.text(1)) ?? .batch, holder: row.text(2),
            record: row.text(3), kind: RecordKind(rawValue: row.text(4)) ?? .produce, atMilliseconds: row.int64(5),
            product: product, productName: row.optionalText(7),
            quantity: Quantity(Amount(micros: row.int64(9)), QuantityUnit(rawValue: row.text(10)) ?? .kilogram),
            expiresMilliseconds: row.optionalInt64(11), origin: origin)
    }

    /// The status in ``statusColumns`` columns from `first`; `nil` when the record is not in the store.
    static func status(from row: RawRow, at first: Int32) -> RecordStatus? {
        guard !row.isNull(first) else { return nil }
        let atMilliseconds = row.int64(first + 4)
        let revoked = row.optionalInt64(first + 5)
        let verified = !row.bool(first + 6) && (revoked.map { atMilliseconds < $0 } ?? true)
        return RecordStatus(
            id: row.text(first), kind: RecordKind(rawValue: row.text(first + 1)) ?? .produce, issuer: row.text(first + 2),
            at: row.text(first + 3), verified: verified)
    }

    static func edge(from row: RawRow) -> GraphEdge {
        GraphEdge(
            parent: row.text(0), child: row.text(1), kind: RecordKind(rawValue: row.text(2)) ?? .transform, record: row.text(3),
            quantity: Quantity(Amount(micros: row.int64(4)), QuantityUnit(rawValue: row.text(5)) ?? .kilogram))
    }
}
