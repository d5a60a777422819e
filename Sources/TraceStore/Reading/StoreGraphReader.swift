import Foundation
import GRDB
import TraceGraph
import TraceModel

/// The graph's read protocol over this store's tables, inside one read transaction.
///
/// Statements are prepared once per connection and reused (GRDB's statement cache) and stepped through the C API
/// (``RawQuery``); a walk's large levels are read with one query per concern (see ``levelQueryMinimum``).
public struct StoreGraphReader: GraphReader {
    let db: Database

    public init(_ db: Database) { self.db = db }

    /// From this many codes on, a batched read is one query over a JSON array of them (`json_each`) rather than
    /// one query per code: the statement is set up once and its cursors stay open across the level.
    static let levelQueryMinimum = 8

    private func query(_ sql: String) throws -> RawQuery { try RawQuery(db, sql) }

    /// Rows of `sql` for each code, read by `body`, in the order of `codes`.
    private func each<T>(_ codes: [String], _ sql: String, _ body: (RawRow) throws -> T) throws -> [[T]] {
        let query = try query(sql)
        return try codes.map { code in
            var values: [T] = []
            try query.forEach(code) { values.append(try body($0)) }
            return values
        }
    }

    // MARK: Nodes

    public func node(_ code: String) throws -> GraphNode? {
        try query(StoreGraphSQL.node).first(code) { StoreGraphSQL.node(from: $0) }
    }

    public func walkNodes(_ codes: [String]) throws -> [WalkNode?] {
        func walkNode(_ row: RawRow, _ code: String) -> WalkNode {
            let node = StoreGraphSQL.node(from: row, code: code)
            return WalkNode(
                node: node, status: StoreGraphSQL.status(from: row, at: StoreGraphSQL.nodeColumns, id: node.record),
                inputs: Int(row.int64(StoreGraphSQL.nodeColumns + StoreGraphSQL.statusColumns)))
        }
        guard codes.count >= Self.levelQueryMinimum else {
            let query = try query(StoreGraphSQL.walkNode)
            return try codes.map { code in try query.first(code) { walkNode($0, code) } }
        }
        // For a whole level, one look at the (usually empty) equivocations spares a probe per node.
        let equivocations = try Bool.fetchOne(db.cachedStatement(sql: StoreGraphSQL.anyEquivocation)) ?? true
        var nodes = [WalkNode?](repeating: nil, count: codes.count)
        let key = StoreGraphSQL.nodeColumns + StoreGraphSQL.statusColumns + 1
        try query(StoreGraphSQL.walkNodes(equivocations: equivocations)).forEach(utf8: StoreGraphSQL.jsonArray(codes)) { row in
            guard !row.isNull(0) else { return }
            let index = Int(row.int64(key))
            nodes[index] = walkNode(row, codes[index])
        }
        return nodes
    }

    public func recordStatus(_ id: String) throws -> RecordStatus? {
        try query(StoreGraphSQL.recordStatus).first(id) { StoreGraphSQL.status(from: $0, at: 0) } ?? nil
    }

    // MARK: Edges

    public func parents(of code: String) throws -> [GraphEdge] { try parents(of: [code])[0] }

    public func children(of code: String) throws -> [GraphEdge] { try children(of: [code])[0] }

    public func parents(of codes: [String]) throws -> [[GraphEdge]] { try edges(codes, .child) }

    public func children(of codes: [String]) throws -> [[GraphEdge]] { try edges(codes, .parent) }

    /// Edges whose `end` is each code: one query per code for a few, one for all of a level.
    private func edges(_ codes: [String], _ end: StoreGraphSQL.EdgeEnd) throws -> [[GraphEdge]] {
        func edge(_ row: RawRow, _ code: String) -> GraphEdge {
            end == .parent ? StoreGraphSQL.edge(from: row, parent: code) : StoreGraphSQL.edge(from: row, child: code)
        }
        guard codes.count >= Self.levelQueryMinimum else {
            let query = try query(StoreGraphSQL.edges(end))
            return try codes.map { code in
                var edges: [GraphEdge] = []
                try query.forEach(code) { edges.append(edge($0, code)) }
                return edges
            }
        }
        var rows: [(index: Int, rowid: Int64, edge: GraphEdge)] = []
        try query(StoreGraphSQL.edgesOfEach(end)).forEach(utf8: StoreGraphSQL.jsonArray(codes)) { row in
            let index = Int(row.int64(6))
            rows.append((index, row.int64(7), edge(row, codes[index])))
        }
        // SQLite gives them code by code, each code's in rowid order; sorting only when it did not.
        if !rows.indices.dropFirst().allSatisfy({ (rows[$0 - 1].index, rows[$0 - 1].rowid) < (rows[$0].index, rows[$0].rowid) }) {
            rows.sort { ($0.index, $0.rowid) < ($1.index, $1.rowid) }
        }
        var edges = [[GraphEdge]](repeating: [], count: codes.count)
        for row in rows { edges[row.index].append(row.edge) }
        return edges
    }

    // MARK: Parties

    public func party(_ id: String) throws -> PartyInfo? { try parties([id])[0] }

    public func parties(_ ids: [String]) throws -> [PartyInfo?] {
        let query = try query("SELECT id, name, role, area, parent, contact FROM parties WHERE id = ?")
        return try ids.map { id in
            try query.first(id) { row -> PartyInfo? in
                guard let role = row.value(2, StoreGraphSQL.roles) else { return nil }
                return PartyInfo(
                    id: row.text(0), name: row.text(1), role: role, area: row.text(3), parent: row.optionalText(4),
                    contact: row.optionalText(5))
            } ?? nil
        }
    }

    // MARK: Documents and tests

    public func documents(for code: String) throws -> [HopDocument] { try evidence(for: [code])[0].documents }

    public func tests(for code: String) throws -> [HopTest] { try evidence(for: [code])[0].tests }

    public func evidence(for codes: [String]) throws -> [HopEvidence] {
        let query = try query(StoreGraphSQL.evidence)
        return try codes.map { code in
            var rows: [StoreGraphSQL.EvidenceRow] = []
            try query.forEach(code) { rows.append(StoreGraphSQL.EvidenceRow($0)) }
            return StoreGraphSQL.evidence(rows)
        }
    }

    // MARK: Ledger

    public func movements(of code: String) throws -> [Movement] {
        try each([code], "SELECT kind, record, delta_micros, at_ms, counterparty FROM movements WHERE batch = ? ORDER BY rowid") { row in
            Movement(
                kind: row.text(0), record: row.text(1), delta: Amount(micros: row.int64(2)), atMilliseconds: row.int64(3),
                counterparty: row.optionalText(4))
        }[0]
    }

    public func shipments(of code: String) throws -> [Shipment] { try shipments(of: [code])[0] }

    public func shipments(of codes: [String]) throws -> [[Shipment]] {
        try each(
            codes,
            """
            SELECT record, shipment, sender, receiver, batch, quantity_micros, unit, at_ms, received_by
            FROM shipments WHERE batch = ? ORDER BY at_ms
            """
        ) { row in
            Shipment(
                record: row.text(0), shipment: row.text(1), sender: row.text(2), receiver: row.text(3), batch: row.text(4),
                quantity: Quantity(Amount(micros: row.int64(5)), row.value(6, StoreGraphSQL.units) ?? .kilogram),
                atMilliseconds: row.int64(7), receivedBy: row.optionalText(8))
        }
    }
}
