import TraceGraph
import TraceModel

/// The SQL behind ``StoreGraphReader`` and how its rows become graph values: the decoders (from ``node(from:at:code:)``
/// on) are the PostgreSQL store's too, whose reader selects the same columns in the same order.
package enum StoreGraphSQL {
    package static let recordKinds = RawValues(RecordKind.allCases, \.rawValue, name: "kind column")
    package static let units = RawValues(QuantityUnit.allCases, \.rawValue, name: "unit column")
    package static let categories = RawValues(ProductCategory.allCases, \.rawValue, name: "product category column")
    package static let nodeTypes = RawValues(
        [GraphNode.NodeType.batch, .slip, .meal], \.rawValue, name: "node type column")
    package static let roles = RawValues(Role.allCases, \.rawValue, name: "role column")

    /// The columns of a node in ``Query/node``, from column 0.
    package static let nodeColumns: Int32 = 14
    /// The columns of a node as a walk reads it (``walkNodeSelect(_:_:)``): the node's, then its record's `at` and
    /// key, then its number of inputs.
    package static let walkNodeColumns: Int32 = 17
    /// The columns of an edge (``edges(_:)``), before the node at its far end in ``steps(_:_:)``.
    package static let edgeColumns: Int32 = 6

    /// The statements a reader runs, each found in GRDB's cache once per reader (see ``GraphReadState``).
    package enum Query: Int, CaseIterable {
        case node, walkNode, walkNodesOfEach, inputSteps, inputStepsOfEach, outputSteps, outputStepsOfEach
        case parentEdges, childEdges, parentEdgesOfEach, childEdgesOfEach
        case party, partiesOfEach, evidence, document, recordStatus, movements, shipments

        /// Whether the statement's text depends on the store's ``Layout``.
        var dependsOnLayout: Bool {
            switch self {
            case .walkNode, .walkNodesOfEach, .inputSteps, .inputStepsOfEach, .outputSteps, .outputStepsOfEach,
                .evidence, .movements:
                true
            default: false
            }
        }
    }

    /// How the store keeps what a reader reads. A store opened read-only is not migrated: an older layout gives the
    /// same values, computed from what it has.
    package struct Layout: Sendable, Hashable {
        /// v4: what a walk reads is kept on `nodes` and in `batch_documents` (before: computed from `records`,
        /// `edges` and `document_refs`, slower).
        var walkColumns: Bool
        /// v7: sales' stock movements are on their edges (`taken_micros`, `at_ms`), not in `movements`.
        var salesOnEdges: Bool

        /// What the current schema has.
        package static let current = Layout(walkColumns: true, salesOnEdges: true)

        /// The two facts, as two columns.
        static let probe = """
            SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'batch_documents'),
                   EXISTS (SELECT 1 FROM pragma_table_info('edges') WHERE name = 'taken_micros')
            """
    }

    /// The text of `query`; `layout` matters only when the query ``Query/dependsOnLayout``.
    package static func sql(_ query: Query, _ layout: Layout) -> String {
        switch query {
        case .node: "SELECT \(nodeSelect("n")) FROM nodes n WHERE n.code = ?"
        case .walkNode: "SELECT \(walkNodeSelect("n", layout)) FROM nodes n WHERE n.code = ?"
        case .walkNodesOfEach:
            "SELECT \(walkNodeSelect("n", layout)), j.key FROM json_each(?) j LEFT JOIN nodes n ON n.code = j.value"
        case .inputSteps: steps(.child, layout) + " WHERE e.child = ? ORDER BY e.rowid"
        case .outputSteps: steps(.parent, layout) + " WHERE e.parent = ? ORDER BY e.rowid"
        case .inputStepsOfEach: stepsOfEach(.child, layout)
        case .outputStepsOfEach: stepsOfEach(.parent, layout)
        case .parentEdges: edges(.child)
        case .childEdges: edges(.parent)
        case .parentEdgesOfEach: edgesOfEach(.child)
        case .childEdgesOfEach: edgesOfEach(.parent)
        case .party: "SELECT id, name, role, area, parent, contact FROM parties WHERE id = ?"
        case .evidence: StoreEvidence.sql(layout)
        case .document: StoreEvidence.documentSQL
        case .partiesOfEach:
            "SELECT p.id, p.name, p.role, p.area, p.parent, p.contact, j.key FROM json_each(?) j JOIN parties p ON p.id = j.value"
        case .recordStatus:
            """
            SELECT r.id, r.kind, r.issuer, r.at, r.at_ms, k.revoked_ms,
                   EXISTS (SELECT 1 FROM equivocations e WHERE e.issuer = r.issuer AND e.seq = r.seq)
            FROM records r LEFT JOIN keys k ON k.id = r.key_id WHERE r.id = ?
            """
        case .movements:
            // In time order; at one time, other movements before sales, each in ingest order. From v7 a sale's
            // movement is on its edge.
            !layout.salesOnEdges
                ? """
                SELECT kind, record, delta_micros, at_ms, counterparty FROM movements WHERE batch = ?1
                ORDER BY at_ms, kind = 'sell', rowid
                """
                : """
                SELECT kind, record, delta_micros, at_ms, counterparty, 0 AS sale, rowid AS o
                FROM movements WHERE batch = ?1
                UNION ALL
                SELECT 'sell', record, -taken_micros, at_ms, NULL, 1, rowid FROM edges WHERE parent = ?1 AND kind = 'sell'
                ORDER BY 4, 6, 7
                """
        case .shipments:
            """
            SELECT record, shipment, sender, receiver, batch, quantity_micros, unit, at_ms, received_by
            FROM shipments WHERE batch = ? ORDER BY at_ms
            """
        }
    }

    private static func nodeSelect(_ n: String) -> String {
        """
        \(n).code, \(n).type, \(n).holder, \(n).record, \(n).kind, \(n).at_ms, \(n).product_code, \(n).product_name, \(n).category, \
        \(n).quantity_micros, \(n).unit, \(n).expires_ms, \(n).origin_area, \(n).origin_name
        """
    }

    /// The node `n`, its record's `at` as written and signing key, and its number of inputs.
    private static func walkNodeSelect(_ n: String, _ layout: Layout) -> String {
        layout.walkColumns
            ? nodeSelect(n) + ", \(n).at, \(n).key_id, \(n).inputs"
            : nodeSelect(n) + """
                , (SELECT at FROM records WHERE id = \(n).record), (SELECT key_id FROM records WHERE id = \(n).record), \
                (SELECT count(*) FROM edges x WHERE x.child = \(n).code)
                """
    }

    /// What a walk reads once per reader of the store's revoked keys (with v4, an empty partial index) and of its
    /// equivocated records (the stored record another record of the same issuer and seq contradicts).
    package static let revokedKeys = "SELECT id, revoked_ms FROM keys WHERE revoked_ms IS NOT NULL"
    package static let equivocatedRecords =
        "SELECT r.id FROM equivocations e JOIN records r ON r.issuer = e.issuer AND r.seq = e.seq"

    /// The end of an edge a lookup starts from: edges into a code match its `child` column, edges out of it its
    /// `parent` column.
    package enum EdgeEnd: String {
        case parent, child

        /// The other end: the node a step reaches.
        package var far: EdgeEnd { self == .parent ? .child : .parent }
    }

    /// The edges whose `end` is one code, in the order they were recorded.
    static func edges(_ end: EdgeEnd) -> String {
        "SELECT parent, child, kind, record, quantity_micros, unit FROM edges WHERE \(end.rawValue) = ? ORDER BY rowid"
    }

    /// ``edges(_:)`` of each code of a JSON array, then the code's index in the array and the edge's rowid (rows
    /// in no set order: the reader puts them in order).
    static func edgesOfEach(_ end: EdgeEnd) -> String {
        """
        SELECT e.parent, e.child, e.kind, e.record, e.quantity_micros, e.unit, j.key, e.rowid
        FROM json_each(?) j JOIN edges e ON e.\(end.rawValue) = j.value
        """
    }

    /// Edges (``edgeColumns`` columns) with the node at the far end from `end` (``walkNodeColumns`` columns, nulls
    /// when it is not in the store); the condition on `end` follows.
    private static func steps(_ end: EdgeEnd, _ layout: Layout) -> String {
        """
        SELECT e.parent, e.child, e.kind, e.record, e.quantity_micros, e.unit, \(walkNodeSelect("n", layout))
        FROM edges e LEFT JOIN nodes n ON n.code = e.\(end.far.rawValue)
        """
    }

    /// ``steps(_:_:)`` of each code of a JSON array, then the code's index in the array and the edge's rowid (rows
    /// in no set order: the reader puts them in order).
    private static func stepsOfEach(_ end: EdgeEnd, _ layout: Layout) -> String {
        """
        SELECT e.parent, e.child, e.kind, e.record, e.quantity_micros, e.unit, \(walkNodeSelect("n", layout)), j.key, e.rowid
        FROM json_each(?) j JOIN edges e ON e.\(end.rawValue) = j.value LEFT JOIN nodes n ON n.code = e.\(end.far.rawValue)
        """
    }

    /// `codes` as a JSON array of strings (UTF-8), for `json_each`.
    static func jsonArray(_ codes: [String]) -> [UInt8] {
        var json: [UInt8] = [UInt8(ascii: "[")]
        json.reserveCapacity(codes.reduce(2) { $0 + $1.utf8.count + 3 })
        for (index, code) in codes.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            CanonicalJSON.writeString(code, into: &json)
        }
        json.append(UInt8(ascii: "]"))
        return json
    }

    /// The node in ``nodeColumns`` columns from `first`; `code`, when given, is the code the row was looked up by
    /// (the same text, kept rather than read again).
    package static func node(from row: some GraphReadRow, at first: Int32 = 0, code: String? = nil) throws(StoreError)
        -> GraphNode
    {
        var product: Product?
        let category = try row.optionalValue(first + 8, categories)
        if let code = row.optionalText(first + 6), let name = row.optionalText(first + 7), let category {
            product = Product(code: code, name: name, category: category)
        }
        var origin: Place?
        if let area = row.optionalText(first + 12), let name = row.optionalText(first + 13) {
            origin = Place(area: area, name: name)
        }
        return GraphNode(
            code: code ?? row.text(first), type: try row.value(first + 1, nodeTypes), holder: row.text(first + 2),
            record: row.text(first + 3), kind: try row.value(first + 4, recordKinds),
            atMilliseconds: row.int64(first + 5),
            product: product, productName: row.optionalText(first + 7),
            quantity: Quantity(Amount(micros: row.int64(first + 9)), try row.value(first + 10, units)),
            expiresMilliseconds: row.optionalInt64(first + 11), origin: origin)
    }

    /// The node as a walk reads it, in ``walkNodeColumns`` columns from `first`; `nil` when the columns are null
    /// (no such node). Its record's status is the record's `at` and whether it stands by `facts` (the record's
    /// kind and issuer are the node's kind and holder); `nil` when the record is not in the store.
    package static func walkNode(
        from row: some GraphReadRow, at first: Int32 = 0, code: String? = nil, facts: HopStatusFacts
    ) throws(StoreError) -> WalkNode? {
        guard !row.isNull(first) else { return nil }
        let node = try node(from: row, at: first, code: code)
        var status: RecordStatus?
        if let at = row.optionalText(first + 14) {
            let verified = facts.verified(
                record: node.record, keyID: facts.revoked.isEmpty ? nil : row.optionalText(first + 15),
                atMilliseconds: node.atMilliseconds)
            status = RecordStatus(id: node.record, kind: node.kind, issuer: node.holder, at: at, verified: verified)
        }
        return WalkNode(node: node, status: status, inputs: Int(row.int64(first + 16)))
    }

    /// The status in the columns of ``Query/recordStatus``; `nil` when the record is not in the store.
    package static func status(from row: some GraphReadRow) throws(StoreError) -> RecordStatus? {
        guard !row.isNull(0) else { return nil }
        let atMilliseconds = row.int64(4)
        let revoked = row.optionalInt64(5)
        let verified = !row.bool(6) && (revoked.map { atMilliseconds < $0 } ?? true)
        return RecordStatus(
            id: row.text(0), kind: try row.value(1, recordKinds), issuer: row.text(2), at: row.text(3),
            verified: verified)
    }

    /// The edge in columns 0..<``edgeColumns``; `parent` or `child`, when given, is the code the row was looked up by.
    package static func edge(from row: some GraphReadRow, parent: String? = nil, child: String? = nil)
        throws(StoreError)
        -> GraphEdge
    {
        GraphEdge(
            parent: parent ?? row.text(0), child: child ?? row.text(1), kind: try row.value(2, recordKinds),
            record: row.text(3),
            quantity: Quantity(Amount(micros: row.int64(4)), try row.value(5, units)))
    }

    /// The party in the columns of ``Query/party``: id, name, role, area, parent, contact.
    package static func party(from row: some GraphReadRow) throws(StoreError) -> PartyInfo {
        PartyInfo(
            id: row.text(0), name: row.text(1), role: try row.value(2, roles), area: row.text(3),
            parent: row.optionalText(4), contact: row.optionalText(5))
    }

    /// The movement in the columns of ``Query/movements``: kind, record, delta, time, counterparty.
    package static func movement(from row: some GraphReadRow) -> Movement {
        Movement(
            kind: row.text(0), record: row.text(1), delta: Amount(micros: row.int64(2)), atMilliseconds: row.int64(3),
            counterparty: row.optionalText(4))
    }

    /// The shipment in the columns of ``Query/shipments``.
    package static func shipment(from row: some GraphReadRow) throws(StoreError) -> Shipment {
        Shipment(
            record: row.text(0), shipment: row.text(1), sender: row.text(2), receiver: row.text(3), batch: row.text(4),
            quantity: Quantity(Amount(micros: row.int64(5)), try row.value(6, units)), atMilliseconds: row.int64(7),
            receivedBy: row.optionalText(8))
    }
}
