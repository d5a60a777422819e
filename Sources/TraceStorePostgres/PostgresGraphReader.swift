import Foundation
import PostgresNIO
import TraceGraph
import TraceModel
@_spi(StoreEngine) import TraceStore

/// The graph's read protocol over the PostgreSQL store's tables, inside the read-only REPEATABLE READ transaction
/// ``PostgresStore/withGraph(_:)`` opens: every statement of a traversal sees one snapshot.
///
/// Each batched requirement is one statement over an array of codes (see ``PostgresGraphSQL``), prepared once per
/// connection (``PostgresSession/prepared(_:_:)``); its rows are decoded by the SQLite reader's own decoders
/// (``StoreGraphSQL``, ``StoreEvidence``), so both engines build the same values from the same columns. A hop's
/// signature status comes from the node's row and the snapshot's revoked keys and equivocated records
/// (``HopStatusFacts``), read once.
///
/// A walk's steps (``inputSteps(of:)``, ``outputSteps(of:)``) are read whole at its first level: one recursive
/// statement gives every edge of the walk with its far node (``PostgresGraphSQL/walk(_:)``), and the later levels,
/// which ask for codes that statement reached, are answered from it.
public final class PostgresGraphReader: GraphReader {
    let session: PostgresSession
    private var knownFacts: HopStatusFacts?
    private var knownAttested: Bool?
    /// The steps of the last walk read whole: its direction, every code it reached, and each one's steps.
    private var walked: (end: StoreGraphSQL.EdgeEnd, reached: Set<String>, steps: [String: [WalkStep]])?

    init(_ session: PostgresSession) { self.session = session }

    private func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [PostgresGraphRow] {
        try session.prepared(sql, arguments).map(PostgresGraphRow.init)
    }

    /// Rows of `sql` over the array of `codes` (then `arguments`), each given to `body` with its code's position
    /// (0-based), in the order the statement returns them.
    private func rows(
        of codes: [String], _ sql: String, _ arguments: [SQLValue] = [], _ body: (PostgresGraphRow, Int) throws -> Void
    ) throws {
        guard !codes.isEmpty else { return }
        for row in try rows(sql, [.text(PostgresStore.textArray(codes))] + arguments) {
            try body(row, Int(row.int64(Int32(row.cells.count - 1))) - 1)
        }
    }

    /// Each code's values, in the statement's order for each.
    private func each<T>(_ codes: [String], _ sql: String, _ body: (PostgresGraphRow, String) throws -> T) throws
        -> [[T]]
    {
        var values = [[T]](repeating: [], count: codes.count)
        try rows(of: codes, sql) { row, index in values[index].append(try body(row, codes[index])) }
        return values
    }

    /// The first column, as text, of each row of `sql` (parameters `$1`… given as text), in this traversal's snapshot,
    /// prepared as the walk's own statements are: for benches that time a query beside the walk on the same
    /// connection.
    package func firstColumn(_ sql: String, _ arguments: [String]) throws -> [String] {
        try rows(sql, arguments.map { .text($0) }).map { $0.text(0) }
    }

    private func facts() throws -> HopStatusFacts {
        if let knownFacts { return knownFacts }
        var revoked: [String: Int64] = [:]
        for row in try rows(PostgresGraphSQL.revokedKeys, []) { revoked[row.text(0)] = row.int64(1) }
        let facts = HopStatusFacts(
            revoked: revoked, equivocated: Set(try rows(PostgresGraphSQL.equivocatedRecords, []).map { $0.text(0) }))
        knownFacts = facts
        return facts
    }

    // MARK: Nodes

    public func node(_ code: String) throws -> GraphNode? {
        try rows(PostgresGraphSQL.nodeOfCode, [.text(code)]).first.map { try StoreGraphSQL.node(from: $0, code: code) }
    }

    public func nodes(_ codes: [String]) throws -> [GraphNode?] {
        var nodes = [GraphNode?](repeating: nil, count: codes.count)
        try rows(of: codes, PostgresGraphSQL.nodes) { row, index in
            nodes[index] = try StoreGraphSQL.node(from: row, code: codes[index])
        }
        return nodes
    }

    public func walkNodes(_ codes: [String]) throws -> [WalkNode?] {
        let facts = try facts()
        var nodes = [WalkNode?](repeating: nil, count: codes.count)
        try rows(of: codes, PostgresGraphSQL.walkNodes) { row, index in
            nodes[index] = try StoreGraphSQL.walkNode(from: row, code: codes[index], facts: facts)
        }
        return nodes
    }

    public func recordStatus(_ id: String) throws -> RecordStatus? {
        try rows(PostgresGraphSQL.recordStatus, [.text(id)]).first.flatMap { try StoreGraphSQL.status(from: $0) }
    }

    // MARK: Edges

    public func parents(of code: String) throws -> [GraphEdge] { try parents(of: [code])[0] }

    public func children(of code: String) throws -> [GraphEdge] { try children(of: [code])[0] }

    public func parents(of codes: [String]) throws -> [[GraphEdge]] {
        try each(codes, PostgresGraphSQL.edges(.child)) { row, code in try StoreGraphSQL.edge(from: row, child: code) }
    }

    public func children(of codes: [String]) throws -> [[GraphEdge]] {
        try each(codes, PostgresGraphSQL.edges(.parent)) { row, code in
            try StoreGraphSQL.edge(from: row, parent: code)
        }
    }

    public func inputSteps(of codes: [String]) throws -> [[WalkStep]] { try steps(codes, .child) }

    public func outputSteps(of codes: [String]) throws -> [[WalkStep]] { try steps(codes, .parent) }

    /// The edges whose `end` is each code, each with the node at its far end: from the walk read whole when it
    /// reached every code asked, else from the walk from these codes, read whole now.
    private func steps(_ codes: [String], _ end: StoreGraphSQL.EdgeEnd) throws -> [[WalkStep]] {
        if let walked, walked.end == end, codes.allSatisfy(walked.reached.contains) {
            return codes.map { walked.steps[$0] ?? [] }
        }
        let facts = try facts()
        var reached = Set(codes)
        var steps: [String: [WalkStep]] = [:]
        for row in try rows(PostgresGraphSQL.walk(end), [.text(PostgresStore.textArray(codes))]) {
            let code = row.text(end == .parent ? 0 : 1)
            let edge =
                try end == .parent
                ? StoreGraphSQL.edge(from: row, parent: code) : StoreGraphSQL.edge(from: row, child: code)
            let far = end == .child ? edge.parent : edge.child
            let node = try StoreGraphSQL.walkNode(from: row, at: StoreGraphSQL.edgeColumns, code: far, facts: facts)
            steps[code, default: []].append(WalkStep(edge: edge, node: node))
            reached.insert(far)
        }
        walked = (end, reached, steps)
        return codes.map { steps[$0] ?? [] }
    }

    // MARK: Parties

    public func party(_ id: String) throws -> PartyInfo? { try parties([id])[0] }

    public func parties(_ ids: [String]) throws -> [PartyInfo?] {
        var parties = [PartyInfo?](repeating: nil, count: ids.count)
        try rows(of: ids, PostgresGraphSQL.parties) { row, index in parties[index] = try StoreGraphSQL.party(from: row)
        }
        return parties
    }

    // MARK: Documents and tests

    public func documents(for code: String) throws -> [HopDocument] { try evidence(for: [code])[0].documents }

    public func tests(for code: String) throws -> [HopTest] { try evidence(for: [code])[0].tests }

    /// One statement for all of `codes`: their rows, each quoted document with its first issue.
    public func evidence(for codes: [String]) throws -> [HopEvidence] {
        var issued: [StoreEvidence.DocumentKey: StoreEvidence.Issued?] = [:]
        let rows = try each(codes, PostgresGraphSQL.evidence) { row, _ in
            let evidenceRow = StoreEvidence.Row(row)
            if let key = evidenceRow.quoted, issued[key] == nil {
                let first = PostgresGraphRow(cells: Array(row.cells[PostgresGraphSQL.issuedColumns]))
                issued[key] = first.isNull(0) ? .some(nil) : StoreEvidence.Issued(first)
            }
            return evidenceRow
        }
        return try rows.map { try StoreEvidence.evidence($0, issued: issued, timeText: Self.timeText) }
    }

    /// An instant as a trace shows it.
    private static func timeText(_ milliseconds: Int64) -> String { Timestamp(epochMilliseconds: milliseconds).text }

    // MARK: Ledger

    public func movements(of code: String) throws -> [Movement] { try movements(of: [code])[0] }

    public func movements(of codes: [String]) throws -> [[Movement]] {
        try each(codes, PostgresGraphSQL.movements) { row, _ in StoreGraphSQL.movement(from: row) }
    }

    public func shipments(of code: String) throws -> [Shipment] { try shipments(of: [code])[0] }

    public func shipments(of codes: [String]) throws -> [[Shipment]] {
        try each(codes, PostgresGraphSQL.shipments) { row, _ in try StoreGraphSQL.shipment(from: row) }
    }

    // MARK: Attestations

    public func attestations(of records: [String]) throws -> [HopAttestation?] {
        var found = [HopAttestation?](repeating: nil, count: records.count)
        if knownAttested == nil {
            knownAttested = try rows(PostgresGraphSQL.holdsAttestations, []).first?.bool(0) ?? false
        }
        guard knownAttested == true else { return found }
        try rows(of: records, PostgresGraphSQL.attestations, [.text(AttestBody.declarationSuffix)]) { row, index in
            var attestation = HopAttestation(
                by: row.text(0), document: row.text(1), from: row.text(2), event: row.text(3), partyKey: row.text(4),
                partyName: row.optionalText(5))
            attestation.declaredInErrorBy = row.optionalText(6)
            found[index] = attestation
        }
        return found
    }
}
