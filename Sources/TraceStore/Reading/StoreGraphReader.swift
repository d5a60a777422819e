import Foundation
import GRDB
import TraceGraph
import TraceModel

/// The graph's read protocol over this store's tables, inside one read transaction.
///
/// Statements are prepared once per connection (GRDB's statement cache), found there once per reader and stepped
/// through the C API (``RawQuery``); a walk's large levels are read with one query per concern (see
/// ``levelQueryMinimum``). A walk reads each step's edges together with the nodes they reach, and a hop's signature
/// status from the node's own row (schema v4) and what the reader read once of revoked keys and equivocations
/// (``HopStatusFacts``): a reader belongs to the transaction it was made in. A store that predates v4 (opened
/// read-only, so not migrated) is read the same, through slower queries.
public struct StoreGraphReader: GraphReader {
    let db: Database
    let state: GraphReadState

    public init(_ db: Database) {
        self.db = db
        state = GraphReadState(db)
    }

    /// From this many codes on, a batched read is one query over a JSON array of them (`json_each`) rather than
    /// one query per code: the statement is set up once and its cursors stay open across the level.
    static let levelQueryMinimum = 8

    private func query(_ query: StoreGraphSQL.Query) throws -> RawQuery { try state.query(query) }

    /// Rows of `query` for each code, read by `body`, in the order of `codes`.
    private func each<T>(_ codes: [String], _ query: StoreGraphSQL.Query, _ body: (RawRow) throws -> T) throws -> [[T]]
    {
        let query = try self.query(query)
        return try codes.map { code in
            var values: [T] = []
            try query.forEach(code) { values.append(try body($0)) }
            return values
        }
    }

    // MARK: Nodes

    public func node(_ code: String) throws -> GraphNode? {
        try query(.node).first(code) { try StoreGraphSQL.node(from: $0, code: code) }
    }

    public func walkNodes(_ codes: [String]) throws -> [WalkNode?] {
        guard !codes.isEmpty else { return [] }
        let facts = try state.facts()
        guard codes.count >= Self.levelQueryMinimum else {
            let query = try query(.walkNode)
            return try codes.map { code in
                try query.first(code) { try StoreGraphSQL.walkNode(from: $0, code: code, facts: facts) } ?? nil
            }
        }
        var nodes = [WalkNode?](repeating: nil, count: codes.count)
        try query(.walkNodesOfEach).forEach(utf8: StoreGraphSQL.jsonArray(codes)) { row in
            let index = Int(row.int64(StoreGraphSQL.walkNodeColumns))
            nodes[index] = try StoreGraphSQL.walkNode(from: row, code: codes[index], facts: facts)
        }
        return nodes
    }

    public func recordStatus(_ id: String) throws -> RecordStatus? {
        try query(.recordStatus).first(id) { try StoreGraphSQL.status(from: $0) } ?? nil
    }

    // MARK: Edges

    public func parents(of code: String) throws -> [GraphEdge] { try parents(of: [code])[0] }

    public func children(of code: String) throws -> [GraphEdge] { try children(of: [code])[0] }

    public func parents(of codes: [String]) throws -> [[GraphEdge]] {
        try rows(codes, .child, one: .parentEdges, each: .parentEdgesOfEach, extra: 0) { row, code, _ in
            try edge(row, .child, code)
        }
    }

    public func children(of codes: [String]) throws -> [[GraphEdge]] {
        try rows(codes, .parent, one: .childEdges, each: .childEdgesOfEach, extra: 0) { row, code, _ in
            try edge(row, .parent, code)
        }
    }

    public func inputSteps(of codes: [String]) throws -> [[WalkStep]] { try steps(codes, .child) }

    public func outputSteps(of codes: [String]) throws -> [[WalkStep]] { try steps(codes, .parent) }

    /// The edges whose `end` is each code, each with the node at its far end, in one statement.
    private func steps(_ codes: [String], _ end: StoreGraphSQL.EdgeEnd) throws -> [[WalkStep]] {
        guard !codes.isEmpty else { return [] }
        let facts = try state.facts()
        let (one, each): (StoreGraphSQL.Query, StoreGraphSQL.Query) =
            end == .child ? (.inputSteps, .inputStepsOfEach) : (.outputSteps, .outputStepsOfEach)
        return try rows(codes, end, one: one, each: each, extra: StoreGraphSQL.walkNodeColumns) { row, code, _ in
            let edge = try edge(row, end, code)
            // The far end's code is the edge's (the same text, not read again).
            let node = try StoreGraphSQL.walkNode(
                from: row, at: StoreGraphSQL.edgeColumns, code: end == .child ? edge.parent : edge.child, facts: facts)
            return WalkStep(edge: edge, node: node)
        }
    }

    private func edge(_ row: RawRow, _ end: StoreGraphSQL.EdgeEnd, _ code: String) throws(StoreError) -> GraphEdge {
        try end == .parent ? StoreGraphSQL.edge(from: row, parent: code) : StoreGraphSQL.edge(from: row, child: code)
    }

    /// Rows about edges whose `end` is each code, in rowid order for each code: one query per code for a few
    /// (`one`, its rows in order), one for all of a level (`each`: after the edge and `extra` further columns, the
    /// code's index in the array and the edge's rowid).
    private func rows<T>(
        _ codes: [String], _ end: StoreGraphSQL.EdgeEnd, one: StoreGraphSQL.Query, each: StoreGraphSQL.Query,
        extra: Int32,
        _ body: (RawRow, String, Int) throws -> T
    ) throws -> [[T]] {
        guard codes.count >= Self.levelQueryMinimum else {
            let query = try query(one)
            return try codes.indices.map { index in
                var values: [T] = []
                try query.forEach(codes[index]) { values.append(try body($0, codes[index], index)) }
                return values
            }
        }
        let key = StoreGraphSQL.edgeColumns + extra
        var rows: [(index: Int, rowid: Int64, value: T)] = []
        try query(each).forEach(utf8: StoreGraphSQL.jsonArray(codes)) { row in
            let index = Int(row.int64(key))
            rows.append((index, row.int64(key + 1), try body(row, codes[index], index)))
        }
        // SQLite gives them code by code, each code's in rowid order; sorting only when it did not.
        if !rows.indices.dropFirst().allSatisfy({
            (rows[$0 - 1].index, rows[$0 - 1].rowid) < (rows[$0].index, rows[$0].rowid)
        }) {
            rows.sort { ($0.index, $0.rowid) < ($1.index, $1.rowid) }
        }
        var values = [[T]](repeating: [], count: codes.count)
        for row in rows { values[row.index].append(row.value) }
        return values
    }

    // MARK: Parties

    public func party(_ id: String) throws -> PartyInfo? { try parties([id])[0] }

    public func parties(_ ids: [String]) throws -> [PartyInfo?] {
        func party(_ row: RawRow) throws(StoreError) -> PartyInfo? { try StoreGraphSQL.party(from: row) }
        guard ids.count >= Self.levelQueryMinimum else {
            let query = try query(.party)
            return try ids.map { id in try query.first(id, party) ?? nil }
        }
        var parties = [PartyInfo?](repeating: nil, count: ids.count)
        try query(.partiesOfEach).forEach(utf8: StoreGraphSQL.jsonArray(ids)) { row in
            parties[Int(row.int64(6))] = try party(row)
        }
        return parties
    }

    // MARK: Documents and tests

    public func documents(for code: String) throws -> [HopDocument] { try evidence(for: [code])[0].documents }

    public func tests(for code: String) throws -> [HopTest] { try evidence(for: [code])[0].tests }

    public func evidence(for codes: [String]) throws -> [HopEvidence] { try StoreEvidence.read(codes, state) }

    // MARK: Ledger

    /// How the store keeps what this reader reads.
    func layout() throws -> StoreGraphSQL.Layout { try state.layout() }

    /// Whether sales' stock movements are kept on their edges (schema v7 on) rather than in `movements`.
    package func salesOnEdges() throws -> Bool { try layout().salesOnEdges }

    /// The batch's stock movements: + created, − taken out, in the batch's unit; in time order.
    public func movements(of code: String) throws -> [Movement] {
        try each([code], .movements) { StoreGraphSQL.movement(from: $0) }[0]
    }

    public func shipments(of code: String) throws -> [Shipment] { try shipments(of: [code])[0] }

    public func shipments(of codes: [String]) throws -> [[Shipment]] {
        try each(codes, .shipments) { try StoreGraphSQL.shipment(from: $0) }
    }
}
