@_spi(StoreEngine) import TraceStore

/// The SQL behind ``PostgresGraphReader``: each batched requirement in one statement over an array of codes
/// (`unnest($1::text::text[]) WITH ORDINALITY`, the code's 1-based position in the array as the last column), in the
/// columns ``StoreGraphSQL``'s decoders read. The single-code statements are the SQLite store's, translated
/// (``PostgresDialect``); ingest order is the tables' `n` where SQLite's is their rowid.
enum PostgresGraphSQL {
    /// The array of codes, each with its position.
    private static let codes = "unnest($1::text::text[]) WITH ORDINALITY u(code, i)"

    private static let node = """
        n.code, n.type, n.holder, n.record, n.kind, n.at_ms, n.product_code, n.product_name, n.category, \
        n.quantity_micros, n.unit, n.expires_ms, n.origin_area, n.origin_name
        """
    /// ``node`` as a walk reads it: then its record's `at` and key, and its number of inputs.
    private static let walkNode = node + ", n.at, n.key_id, n.inputs"
    private static let edge = "e.parent, e.child, e.kind, e.record, e.quantity_micros, e.unit"

    static let nodeOfCode = PostgresDialect.translate(StoreGraphSQL.sql(.node, .current))
    static let recordStatus = PostgresDialect.translate(StoreGraphSQL.sql(.recordStatus, .current))
    static let revokedKeys = StoreGraphSQL.revokedKeys
    static let equivocatedRecords = StoreGraphSQL.equivocatedRecords

    static let walkNodes = "SELECT \(walkNode), u.i FROM \(codes) JOIN nodes n ON n.code = u.code"

    /// The edges whose `end` (`parent` or `child`) is each code, each code's in ingest order.
    static func edges(_ end: StoreGraphSQL.EdgeEnd) -> String {
        "SELECT \(edge), u.i FROM \(codes) JOIN edges e ON e.\(end.rawValue) = u.code ORDER BY u.i, e.n"
    }

    /// Every edge whose `end` is a code reached from the codes `$1` by edges in the walk's direction (upstream, the
    /// edges into each code, `end` `child`; downstream those out of it), each with the node at its far end
    /// (``walkNode``'s columns, nulls when it is not in the store), in ingest order (`0` in place of a position):
    /// the whole walk in one recursive statement (see ``PostgresGraphReader``).
    static func walk(_ end: StoreGraphSQL.EdgeEnd) -> String {
        """
        WITH RECURSIVE walk(code) AS (
            SELECT code FROM unnest($1::text::text[]) u(code)
            UNION SELECT e.\(end.far.rawValue) FROM walk JOIN edges e ON e.\(end.rawValue) = walk.code)
        SELECT \(edge), \(walkNode), 0 FROM walk JOIN edges e ON e.\(end.rawValue) = walk.code
        LEFT JOIN nodes n ON n.code = e.\(end.far.rawValue) ORDER BY e.n
        """
    }

    static let parties = """
        SELECT p.id, p.name, p.role, p.area, p.parent, p.contact, u.i FROM unnest($1::text::text[]) WITH ORDINALITY u(id, i)
        JOIN parties p ON p.id = u.id
        """

    /// ``StoreEvidence/sql(_:)`` of each code: its quoted documents (`batch_documents`), the documents issued for
    /// it and its tests, in the columns of ``StoreEvidence/Row``; then, for a quoted document, the first document
    /// issued under its type and number (``StoreEvidence/documentSQL``: issuer, end of validity, result; nulls when
    /// none is), so that a walk's evidence is one statement, not two.
    static let evidence = """
        WITH u AS (SELECT * FROM \(codes))
        SELECT 0, b.n, b.type, b.number, NULL::text, NULL::bigint, NULL::text, 0::bigint,
               q.issuer, q.valid_until_ms, q.result, u.i
        FROM u JOIN batch_documents b ON b.batch = u.code
        LEFT JOIN LATERAL (
            SELECT d.issuer, d.valid_until_ms, d.result FROM documents d
            WHERE d.type = b.type AND d.number = b.number ORDER BY d.n LIMIT 1) q ON true
        UNION ALL
        SELECT 1, d.n, d.type, d.number, d.issuer, d.valid_until_ms, d.result, 0, NULL, NULL, NULL, u.i
        FROM u JOIN documents d ON d.batch = u.code
        UNION ALL
        SELECT 2, t.at_ms, t.analyte, t.method, t.issuer, t.at_ms, t.result, t.n, NULL, NULL, NULL, u.i
        FROM u JOIN tests t ON t.batch = u.code
        """

    /// The columns of ``evidence`` that give a quoted document's first issue.
    static let issuedColumns = 8..<11

    static let nodes = "SELECT \(node), u.i FROM \(codes) JOIN nodes n ON n.code = u.code"

    /// Each batch's stock movements in time order; at one time, other movements before sales, each in ingest order
    /// (a sale's movement is on its edge).
    static let movements = """
        WITH u AS (SELECT * FROM \(codes))
        SELECT m.kind, m.record, m.delta_micros, m.at_ms, m.counterparty, 0 AS sale, m.n, u.i
        FROM u JOIN movements m ON m.batch = u.code
        UNION ALL
        SELECT 'sell', e.record, -e.taken_micros, e.at_ms, NULL, 1, e.n, u.i
        FROM u JOIN edges e ON e.parent = u.code AND e.kind = 'sell'
        ORDER BY 8, 4, 6, 7
        """

    /// The shipments of each batch, by time, then in ingest order (their records').
    static let shipments = """
        SELECT s.record, s.shipment, s.sender, s.receiver, s.batch, s.quantity_micros, s.unit, s.at_ms, s.received_by,
               u.i
        FROM \(codes) JOIN shipments s ON s.batch = u.code JOIN records r ON r.id = s.record
        ORDER BY u.i, s.at_ms, r.n
        """

    static let holdsAttestations = "SELECT EXISTS (SELECT 1 FROM attestations)"

    /// The attestation of each record, with the `attest` record keeping its event's error declaration (the event id
    /// and the suffix `$2`), when there is one.
    static let attestations = """
        SELECT a.attester, a.document, a.sender, a.event_id, a.party_key, a.party_name, d.record, u.i
        FROM unnest($1::text::text[]) WITH ORDINALITY u(id, i) JOIN attestations a ON a.record = u.id
        LEFT JOIN attestations d ON d.event_id = a.event_id || $2::text AND d.part = 0
        """
}
