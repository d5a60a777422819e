import FoodTraceKit
import Foundation
import GRDB
import TraceGraph
import TraceModel
import TraceStore

/// The audits' read-only query view over this store, inside one read transaction.
///
/// Open the store with `TraceStore.open(path:readOnly: true)` for audits: the SQLite connection
/// itself is read-only, so no plugin can write whatever it calls.
public struct StoreAuditQuery: AuditQuery {
    let db: Database
    let graph: StoreGraphReader
    /// Upstream hops already read by ``traceUp(_:)`` in this view.
    private let traceReader: RememberingGraphReader

    public init(_ db: Database) {
        self.db = db
        graph = StoreGraphReader(db)
        traceReader = RememberingGraphReader(graph)
    }

    private func scopeSQL(_ scope: AuditScope, time: String, party: [String]) -> (String, StatementArguments) {
        var conditions = SQLConditions()
        conditions.window(time, from: scope.since, until: scope.until)
        if let ids = scope.parties, !party.isEmpty {
            let list = "(" + ids.map { _ in "?" }.joined(separator: ",") + ")"
            conditions.add(
                "(" + party.map { "\($0) IN \(list)" }.joined(separator: " OR ") + ")",
                Array(Array(repeating: ids, count: party.count).joined()))
        }
        return (conditions.sql, conditions.arguments)
    }

    public func parties() throws -> [AuditParty] {
        let licences = try TraceStore.licencesByParty(db)
        return try Row.fetchAll(
            db, sql: "SELECT id, name, role, area, parent, credit_code, record FROM parties ORDER BY id"
        ).map { row in
            let id: String = row[0]
            return AuditParty(
                id: id, name: row[1], role: try StoredValue.decode(row[2], column: "parties.role"), area: row[3],
                parent: row[4], creditCode: row[5],
                licences: licences[id] ?? [], record: row[6])
        }
    }

    public func documents() throws -> [AuditDocument] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT d.record, d.issuer, p.role, d.type, d.number, d.subject, d.batch, d.quantity_micros, d.unit,
                       d.valid_from_ms, d.valid_until_ms, d.result, d.revoked_ms, r.at_ms
                FROM documents d JOIN records r ON r.id = d.record LEFT JOIN parties p ON p.id = d.issuer
                ORDER BY r.n
                """
        ).map { row in
            let micros: Int64? = row[7]
            let unit: QuantityUnit? = try StoredValue.decode(optional: row[8], column: "documents.unit")
            var quantity: Quantity?
            if let micros, let unit { quantity = Quantity(Amount(micros: micros), unit) }
            return AuditDocument(
                record: row[0], issuer: row[1],
                issuerRole: try StoredValue.decode(optional: row[2], column: "parties.role"),
                type: try StoredValue.decode(row[3], column: "documents.type"),
                number: row[4], subject: row[5], batch: row[6], quantity: quantity, validFrom: row[9],
                validUntil: row[10],
                result: row[11], revokedFrom: row[12], at: row[13])
        }
    }

    public func receipts(_ scope: AuditScope) throws -> [AuditReceipt] {
        let (condition, arguments) = scopeSQL(scope, time: "r.at_ms", party: ["r.issuer"])
        return try Row.fetchAll(
            db,
            sql: """
                SELECT r.id, r.at_ms, r.issuer, pr.role, s.sender, ps.role, CAST(r.raw AS TEXT), s.record
                FROM records r
                JOIN parties pr ON pr.id = r.issuer
                LEFT JOIN shipments s ON s.received_by = r.id
                LEFT JOIN parties ps ON ps.id = s.sender
                WHERE r.kind = 'receive' AND r.kind <> 'sell' AND \(condition)
                ORDER BY r.n
                """, arguments: arguments
        ).map { row in
            // A receipt that no longer reads is an error, never a receipt the audits do not see.
            let id: String = row[0]
            let record = try StoredValue.record(Array((row[6] as String).utf8), id: id)
            guard case .receive(let body) = try StoredValue.body(of: record, id: id) else {
                throw StoreError(
                    .corrupt, "the store's record \(id) is filed as a receive but is a \(record.kind.rawValue)")
            }
            let receiverRole: Role = try StoredValue.decode(row[3], column: "parties.role")
            let product = try graph.node(body.as.digits)?.product ?? graph.node(body.batch.digits)?.product
            return AuditReceipt(
                record: row[0], at: row[1], receiver: row[2], receiverRole: receiverRole, sender: body.from,
                senderRole: try StoredValue.decode(optional: row[5], column: "parties.role"), batch: body.batch.digits,
                local: body.accepted ? body.as.digits : nil, product: product, quantity: body.quantity,
                documents: body.documents,
                accepted: body.accepted, expires: body.expires?.epochMilliseconds, shipRecord: row[7])
        }
    }

    public func records(kind: RecordKind, _ scope: AuditScope) throws -> [AuditRecord] {
        let (condition, arguments) = scopeSQL(scope, time: "at_ms", party: ["issuer"])
        var all = arguments
        _ = all.append(contentsOf: [kind.rawValue])
        // Records other than sales are indexed by kind (records_kind_unsold); sales, most of the store, are scanned.
        let indexed = kind == .sell ? "" : " AND kind <> 'sell'"
        return try Row.fetchAll(
            db,
            sql: """
                SELECT id, issuer, at_ms, json_extract(CAST(raw AS TEXT), '$.body') FROM records
                WHERE \(condition) AND kind = ?\(indexed) ORDER BY n
                """, arguments: all
        ).map { row in AuditRecord(id: row[0], issuer: row[1], kind: kind, at: row[2], bodyJSON: row[3]) }
    }

    public func node(_ code: String) throws -> GraphNode? { try graph.node(code) }
    public func parents(of code: String) throws -> [GraphEdge] { try graph.parents(of: code) }
    public func children(of code: String) throws -> [GraphEdge] { try graph.children(of: code) }

    /// One statement over `nodes`, `edges` (indexed by child) and `records` finds the codes; only the nodes
    /// found are then read whole.
    public func nodesWithoutInputs(createdBy kinds: [RecordKind], _ scope: AuditScope) throws -> [GraphNode] {
        guard !kinds.isEmpty else { return [] }
        let (condition, scopeArguments) = scopeSQL(scope, time: "r.at_ms", party: ["r.issuer"])
        let names = kinds.map(\.rawValue)
        let places = Array(repeating: "?", count: names.count).joined(separator: ", ")
        let order = Array(repeating: "WHEN ? THEN ?", count: names.count).joined(separator: " ")
        var arguments = StatementArguments(names)
        _ = arguments.append(contentsOf: scopeArguments)
        for (position, name) in names.enumerated() { _ = arguments.append(contentsOf: [name, position]) }
        // CROSS JOIN keeps `nodes` the outer loop: `nodes.record` has no index, `records.id` has.
        let codes = try String.fetchAll(
            db,
            sql: """
                SELECT n.code FROM nodes n CROSS JOIN records r ON r.id = n.record
                WHERE n.kind IN (\(places)) AND r.kind = n.kind
                  AND NOT EXISTS (SELECT 1 FROM edges e WHERE e.child = n.code) AND \(condition)
                ORDER BY CASE r.kind \(order) END, r.n, n.rowid
                """, arguments: arguments)
        return try codes.compactMap { try graph.node($0) }
    }
    public func movements(of code: String) throws -> [Movement] { try graph.movements(of: code) }
    public func shipments(of code: String) throws -> [Shipment] { try graph.shipments(of: code) }

    /// One statement: the creating node, and the references its receipt stored under the new batch.
    public func documentsQuoted(creating code: String) throws -> [DocumentRef]? {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT d.type, d.number FROM nodes n
                    LEFT JOIN document_refs d ON d.batch = n.code AND d.record = n.record
                    WHERE n.code = ? AND n.kind = 'receive' ORDER BY d.rowid
                    """), arguments: [code])
        guard !rows.isEmpty else { return nil }
        // A receipt that quoted nothing has one row of nulls.
        return try rows.compactMap { row in
            guard let type: DocumentType = try StoredValue.decode(optional: row[0], column: "document_refs.type")
            else { return nil }
            return DocumentRef(type: type, number: row[1])
        }
    }

    /// One grouped pass over `movements` and, from schema v7, the sales' edges, which carry the sales' movements.
    public func overdrawnBatches(outflows: [String], through: Int64) throws -> [String] {
        guard !outflows.isEmpty else { return [] }
        let places = Array(repeating: "?", count: outflows.count).joined(separator: ", ")
        let out = "CASE WHEN kind IN (\(places)) AND at_ms <= ?"
        var arguments = StatementArguments(outflows)
        _ = arguments.append(contentsOf: [through])
        let sales: String
        if try graph.salesOnEdges() {
            _ = arguments.append(contentsOf: StatementArguments(outflows))
            _ = arguments.append(contentsOf: [through])
            sales = "UNION ALL SELECT parent, \(out) THEN taken_micros ELSE 0 END, 0 FROM edges WHERE kind = 'sell'"
        } else {
            sales = ""
        }
        let ledger = """
            SELECT batch, \(out) THEN MAX(-delta_micros, 0) ELSE 0 END AS out,
                   CASE WHEN kind = 'create' THEN delta_micros ELSE 0 END AS created
            FROM movements
            \(sales)
            """
        // SQLite's SUM traps on a 64-bit overflow, and signed records may carry the largest amount many times over:
        // the pass sums in floating point (`total`, which cannot overflow) to name the candidates, with a margin far
        // above its rounding error, and each candidate's ledger is then added up exactly, in 128 bits.
        let candidates = try String.fetchAll(
            db,
            sql: """
                SELECT batch FROM (\(ledger))
                GROUP BY batch HAVING total(out) >= total(created) * (1 - 1e-6) - 1
                ORDER BY batch
                """, arguments: arguments)
        guard !candidates.isEmpty else { return [] }
        var exact = arguments
        _ = exact.append(contentsOf: [String(decoding: try JSONEncoder().encode(candidates), as: UTF8.self)])
        var totals: [String: (out: Int128, created: Int128)] = [:]
        for row in try Row.fetchAll(
            db,
            sql: "SELECT batch, out, created FROM (\(ledger)) WHERE batch IN (SELECT value FROM json_each(?))",
            arguments: exact)
        {
            let batch: String = row[0]
            let out: Int64 = row[1]
            let created: Int64 = row[2]
            totals[batch, default: (0, 0)].out += Int128(out)
            totals[batch, default: (0, 0)].created += Int128(created)
        }
        return candidates.filter { batch in totals[batch].map { $0.out > $0.created } ?? false }
    }

    public func ancestors(of code: String) throws -> [String] { try graph.ancestors(of: code) }

    public func descendants(of code: String) throws -> [String] { try graph.descendants(of: code) }

    public func shipments(_ scope: AuditScope) throws -> [Shipment] {
        let (condition, arguments) = scopeSQL(scope, time: "at_ms", party: ["sender", "receiver"])
        return try Row.fetchAll(
            db,
            sql: """
                SELECT record, shipment, sender, receiver, batch, quantity_micros, unit, at_ms, received_by
                FROM shipments WHERE \(condition) ORDER BY at_ms
                """, arguments: arguments
        ).map { row in
            Shipment(
                record: row[0], shipment: row[1], sender: row[2], receiver: row[3], batch: row[4],
                quantity: Quantity(Amount(micros: row[5]), try StoredValue.decode(row[6], column: "shipments.unit")),
                atMilliseconds: row[7],
                receivedBy: row[8])
        }
    }

    /// Traces share their upstream hops, so each hop is read from the store once per view (see
    /// ``RememberingGraphReader``).
    public func traceUp(_ code: String) throws -> TraceResult {
        var tracer = Tracer(reader: traceReader)
        return try tracer.up(from: code)
    }
}

extension TraceStore {
    /// Runs `body` with the audit query view over one consistent snapshot.
    public func withAuditQuery<T>(_ body: (StoreAuditQuery) throws -> T) throws(StoreError) -> T {
        try read { db in try body(StoreAuditQuery(db)) }
    }
}
