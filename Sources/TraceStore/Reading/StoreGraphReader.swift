import Foundation
import GRDB
import TraceGraph
import TraceModel

/// The graph's read protocol over this store's tables, inside one read transaction.
///
/// Statements are prepared once per connection and reused (GRDB's statement cache); the walk's lookups step
/// them through the C API (``RawQuery``), one statement per concern for a whole level of codes.
public struct StoreGraphReader: GraphReader {
    let db: Database

    public init(_ db: Database) { self.db = db }

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
        let query = try query(StoreGraphSQL.walkNode)
        return try codes.map { code in
            try query.first(code) { row in
                WalkNode(
                    node: StoreGraphSQL.node(from: row), status: StoreGraphSQL.status(from: row, at: StoreGraphSQL.nodeColumns),
                    batch: row.optionalText(StoreGraphSQL.nodeColumns + StoreGraphSQL.statusColumns))
            }
        }
    }

    public func recordStatus(_ id: String) throws -> RecordStatus? {
        try query(StoreGraphSQL.recordStatus).first(id) { StoreGraphSQL.status(from: $0, at: 0) } ?? nil
    }

    // MARK: Edges

    public func parents(of code: String) throws -> [GraphEdge] { try parents(of: [code])[0] }

    public func children(of code: String) throws -> [GraphEdge] { try children(of: [code])[0] }

    public func parents(of codes: [String]) throws -> [[GraphEdge]] {
        try each(codes, StoreGraphSQL.edges + "child = ?", StoreGraphSQL.edge(from:))
    }

    public func children(of codes: [String]) throws -> [[GraphEdge]] {
        try each(codes, StoreGraphSQL.edges + "parent = ?", StoreGraphSQL.edge(from:))
    }

    // MARK: Parties

    public func party(_ id: String) throws -> PartyInfo? { try parties([id])[0] }

    public func parties(_ ids: [String]) throws -> [PartyInfo?] {
        let query = try query("SELECT id, name, role, area, parent, contact FROM parties WHERE id = ?")
        return try ids.map { id in
            try query.first(id) { row -> PartyInfo? in
                guard let role = Role(rawValue: row.text(2)) else { return nil }
                return PartyInfo(
                    id: row.text(0), name: row.text(1), role: role, area: row.text(3), parent: row.optionalText(4),
                    contact: row.optionalText(5))
            } ?? nil
        }
    }

    // MARK: Documents and tests

    public func documents(for code: String) throws -> [HopDocument] { try documents(for: [code])[0] }

    public func documents(for codes: [String]) throws -> [[HopDocument]] {
        let quoted = try query(StoreGraphSQL.quotedDocuments)
        let issued = try query("SELECT type, number, issuer, valid_until_ms, result FROM documents WHERE batch = ?")
        return try codes.map { code in
            var seen: Set<String> = []
            var documents: [HopDocument] = []
            let add = { (row: RawRow) in
                guard let type = DocumentType(rawValue: row.text(0)) else { return }
                let number = row.text(1)
                guard seen.insert(type.rawValue + "|" + number).inserted else { return }
                let issuer = row.optionalText(2)
                documents.append(HopDocument(
                    type: type, number: number, issuer: issuer,
                    validUntil: row.optionalInt64(3).map { Timestamp(epochMilliseconds: $0).text },
                    result: row.optionalText(4), certified: issuer != nil))
            }
            try quoted.forEach(code, add)
            try issued.forEach(code, add)
            return documents
        }
    }

    public func tests(for code: String) throws -> [HopTest] { try tests(for: [code])[0] }

    public func tests(for codes: [String]) throws -> [[HopTest]] {
        try each(codes, "SELECT analyte, method, result, at_ms, issuer FROM tests WHERE batch = ? ORDER BY at_ms") { row in
            HopTest(
                analyte: row.text(0), method: row.text(1), result: row.text(2),
                at: Timestamp(epochMilliseconds: row.int64(3)).text, issuer: row.text(4))
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
                quantity: Quantity(Amount(micros: row.int64(5)), QuantityUnit(rawValue: row.text(6)) ?? .kilogram),
                atMilliseconds: row.int64(7), receivedBy: row.optionalText(8))
        }
    }
}
