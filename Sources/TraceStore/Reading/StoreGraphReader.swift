import Foundation
import GRDB
import TraceGraph
import TraceModel

/// The graph's read protocol over this store's tables, inside one read transaction.
///
/// Statements are prepared once per connection and reused (GRDB's statement cache).
public struct StoreGraphReader: GraphReader {
    let db: Database

    public init(_ db: Database) { self.db = db }

    private func rows(_ sql: String, _ arguments: StatementArguments) throws -> [Row] {
        try Row.fetchAll(try db.cachedStatement(sql: sql), arguments: arguments)
    }

    private func row(_ sql: String, _ arguments: StatementArguments) throws -> Row? {
        try Row.fetchOne(try db.cachedStatement(sql: sql), arguments: arguments)
    }

    public func node(_ code: String) throws -> GraphNode? {
        guard let row = try row(
            """
            SELECT code, type, holder, record, kind, at_ms, product_code, product_name, category, quantity_micros, unit,
                   expires_ms, origin_area, origin_name
            FROM nodes WHERE code = ?
            """, [code])
        else { return nil }
        var product: Product?
        if let productCode: String = row[6], let name: String = row[7], let category = ProductCategory(rawValue: row[8] ?? "") {
            product = Product(code: productCode, name: name, category: category)
        }
        var origin: Place?
        if let area: String = row[12], let name: String = row[13] { origin = Place(area: area, name: name) }
        return GraphNode(
            code: row[0], type: GraphNode.NodeType(rawValue: row[1]) ?? .batch, holder: row[2], record: row[3],
            kind: RecordKind(rawValue: row[4]) ?? .produce, atMilliseconds: row[5], product: product, productName: row[7],
            quantity: Quantity(Amount(micros: row[9]), QuantityUnit(rawValue: row[10]) ?? .kilogram),
            expiresMilliseconds: row[11], origin: origin)
    }

    private func edge(_ row: Row) -> GraphEdge {
        GraphEdge(
            parent: row[0], child: row[1], kind: RecordKind(rawValue: row[2]) ?? .transform, record: row[3],
            quantity: Quantity(Amount(micros: row[4]), QuantityUnit(rawValue: row[5]) ?? .kilogram))
    }

    public func parents(of code: String) throws -> [GraphEdge] {
        try rows("SELECT parent, child, kind, record, quantity_micros, unit FROM edges WHERE child = ?", [code]).map(edge)
    }

    public func children(of code: String) throws -> [GraphEdge] {
        try rows("SELECT parent, child, kind, record, quantity_micros, unit FROM edges WHERE parent = ?", [code]).map(edge)
    }

    public func party(_ id: String) throws -> PartyInfo? {
        guard let row = try row("SELECT id, name, role, area, parent, contact FROM parties WHERE id = ?", [id]),
            let role = Role(rawValue: row[2])
        else { return nil }
        return PartyInfo(id: row[0], name: row[1], role: role, area: row[3], parent: row[4], contact: row[5])
    }

    public func documents(for code: String) throws -> [HopDocument] {
        var seen: Set<String> = []
        var documents: [HopDocument] = []
        let quoted = try rows(
            """
            SELECT r.type, r.number, d.issuer, d.valid_until_ms, d.result FROM document_refs r
            LEFT JOIN documents d ON d.type = r.type AND d.number = r.number
            WHERE r.batch = ?
            """, [code])
        let issued = try rows("SELECT type, number, issuer, valid_until_ms, result FROM documents WHERE batch = ?", [code])
        for row in quoted + issued {
            guard let type = DocumentType(rawValue: row[0]) else { continue }
            let number: String = row[1]
            guard seen.insert(type.rawValue + "|" + number).inserted else { continue }
            let issuer: String? = row[2]
            let until: Int64? = row[3]
            documents.append(HopDocument(
                type: type, number: number, issuer: issuer, validUntil: until.map { Timestamp(epochMilliseconds: $0).text },
                result: row[4], certified: issuer != nil))
        }
        return documents
    }

    public func tests(for code: String) throws -> [HopTest] {
        try rows("SELECT analyte, method, result, at_ms, issuer FROM tests WHERE batch = ? ORDER BY at_ms", [code]).map { row in
            HopTest(analyte: row[0], method: row[1], result: row[2], at: Timestamp(epochMilliseconds: row[3]).text, issuer: row[4])
        }
    }

    public func recordStatus(_ id: String) throws -> RecordStatus? {
        guard let row = try row(
            """
            SELECT r.id, r.kind, r.issuer, r.at, r.at_ms, k.revoked_ms,
                   EXISTS (SELECT 1 FROM equivocations e WHERE e.issuer = r.issuer AND e.seq = r.seq)
            FROM records r LEFT JOIN keys k ON k.id = r.key_id WHERE r.id = ?
            """, [id])
        else { return nil }
        let atMilliseconds: Int64 = row[4]
        let revoked: Int64? = row[5]
        let equivocated: Bool = row[6]
        let verified = !equivocated && (revoked.map { atMilliseconds < $0 } ?? true)
        return RecordStatus(id: row[0], kind: RecordKind(rawValue: row[1]) ?? .produce, issuer: row[2], at: row[3], verified: verified)
    }

    public func movements(of code: String) throws -> [Movement] {
        try rows("SELECT kind, record, delta_micros, at_ms, counterparty FROM movements WHERE batch = ? ORDER BY rowid", [code]).map { row in
            Movement(kind: row[0], record: row[1], delta: Amount(micros: row[2]), atMilliseconds: row[3], counterparty: row[4])
        }
    }

    public func shipments(of code: String) throws -> [Shipment] {
        try rows(
            """
            SELECT record, shipment, sender, receiver, batch, quantity_micros, unit, at_ms, received_by
            FROM shipments WHERE batch = ? ORDER BY at_ms
            """, [code]
        ).map { row in
            Shipment(
                record: row[0], shipment: row[1], sender: row[2], receiver: row[3], batch: row[4],
                quantity: Quantity(Amount(micros: row[5]), QuantityUnit(rawValue: row[6]) ?? .kilogram), atMilliseconds: row[7],
                receivedBy: row[8])
        }
    }
}
