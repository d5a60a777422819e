import TraceGraph
import TraceModel

/// The SQL behind ``StoreGraphReader`` and how its rows become graph values.
enum StoreGraphSQL {
    static let recordKinds = RawValues(RecordKind.allCases, \.rawValue)
    static let units = RawValues(QuantityUnit.allCases, \.rawValue)
    static let categories = RawValues(ProductCategory.allCases, \.rawValue)
    static let nodeTypes = RawValues([GraphNode.NodeType.batch, .slip, .meal], \.rawValue)
    static let roles = RawValues(Role.allCases, \.rawValue)

    /// Columns 0..<14 of ``node`` and ``walkNode``.
    static let nodeColumns: Int32 = 14
    /// Columns of a record's status, from ``recordStatus`` or after the node's in ``walkNode``.
    static let statusColumns: Int32 = 7

    private static let nodeSelect = """
        SELECT n.code, n.type, n.holder, n.record, n.kind, n.at_ms, n.product_code, n.product_name, n.category,
               n.quantity_micros, n.unit, n.expires_ms, n.origin_area, n.origin_name
        """
    /// Whether a record is equivocated (another record with its issuer and seq is kept as evidence); with no
    /// equivocation in the store, a constant.
    private static func equivocated(_ any: Bool) -> String {
        any ? "EXISTS (SELECT 1 FROM equivocations e WHERE e.issuer = r.issuer AND e.seq = r.seq)" : "0"
    }

    private static func statusSelect(equivocations: Bool = true) -> String {
        "r.id, r.kind, r.issuer, r.at, r.at_ms, k.revoked_ms, " + equivocated(equivocations)
    }

    static let node = nodeSelect + " FROM nodes n WHERE n.code = ?"

    private static func walkNodeSelect(equivocations: Bool) -> String {
        nodeSelect + ", " + statusSelect(equivocations: equivocations) + ", (SELECT count(*) FROM edges WHERE child = n.code)"
    }
    private static let walkNodeJoins = "LEFT JOIN records r ON r.id = n.record LEFT JOIN keys k ON k.id = r.key_id"

    /// A node, its record's status and how many edges lead into it.
    static let walkNode = walkNodeSelect(equivocations: true) + " FROM nodes n " + walkNodeJoins + " WHERE n.code = ?"

    /// ``walkNode`` for each code of a JSON array, the code's index in the array last (rows in no set order;
    /// a code not in the store gives a row of nulls). `equivocations`: whether the store holds any.
    static func walkNodes(equivocations: Bool) -> String {
        walkNodeSelect(equivocations: equivocations) + ", j.key FROM json_each(?) j LEFT JOIN nodes n ON n.code = j.value "
            + walkNodeJoins
    }

    static let anyEquivocation = "SELECT EXISTS (SELECT 1 FROM equivocations)"

    static let recordStatus = "SELECT " + statusSelect() + " FROM records r LEFT JOIN keys k ON k.id = r.key_id WHERE r.id = ?"

    /// The end of an edge a lookup starts from: edges into a code match its `child` column, edges out of it its
    /// `parent` column.
    enum EdgeEnd: String {
        case parent, child
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

    /// `codes` as a JSON array of strings (UTF-8), for `json_each`.
    static func jsonArray(_ codes: [String]) -> [UInt8] {
        var json: [UInt8] = [UInt8(ascii: "[")]
        json.reserveCapacity(codes.reduce(2) { $0 + $1.utf8.count + 3 })
        for (index, code) in codes.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(UInt8(ascii: "\""))
            var code = code
            code.withUTF8 { utf8 in
                if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                    json.append(contentsOf: utf8)
                    return
                }
                for byte in utf8 {
                    switch byte {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                        json += [UInt8(ascii: "\\"), byte]
                    case 0..<0x20:
                        json += Array("\\u00".utf8) + [hexDigit(byte >> 4), hexDigit(byte & 0xf)]
                    default:
                        json.append(byte)
                    }
                }
            }
            json.append(UInt8(ascii: "\""))
        }
        json.append(UInt8(ascii: "]"))
        return json
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10 }

    /// A hop's documents and tests in one query, sorted in Swift by (arm, first, second): each document quoted for
    /// the batch once, in the order first quoted, with the `certify` records issuing it (arm 0); the documents
    /// issued for the batch (arm 1); its tests by time (arm 2). These are the rows of a plain join of the quotes
    /// with the documents, less the repeats a reader drops (a lot shipped 100 times quotes its certificate 100 times).
    static let evidence = """
        SELECT 0, r.first, d.rowid, r.type, r.number, d.issuer, d.valid_until_ms, d.result
        FROM (SELECT type, number, min(rowid) AS first FROM document_refs WHERE batch = ?1 GROUP BY type, number) r
        LEFT JOIN documents d ON d.type = r.type AND d.number = r.number
        UNION ALL
        SELECT 1, rowid, 0, type, number, issuer, valid_until_ms, result FROM documents WHERE batch = ?1
        UNION ALL
        SELECT 2, at_ms, rowid, analyte, method, result, at_ms, issuer FROM tests WHERE batch = ?1
        """

    /// One row of ``evidence``: its sort key, its text columns (a document's type, number, issuer and result; a
    /// test's analyte, method, result and issuer) and its time (a document's end of validity; a test's time).
    struct EvidenceRow {
        var key: (arm: Int64, first: Int64, second: Int64)
        var text: [String?]
        var time: Int64?

        init(_ row: RawRow) {
            key = (row.int64(0), row.int64(1), row.optionalInt64(2) ?? .min)
            text = [row.optionalText(3), row.optionalText(4), row.optionalText(5), row.optionalText(7)]
            time = row.optionalInt64(6)
        }
    }

    static func evidence(_ rows: [EvidenceRow]) -> HopEvidence {
        var seen: Set<String> = []
        var evidence = HopEvidence(documents: [], tests: [])
        for row in rows.sorted(by: { $0.key < $1.key }) {
            if row.key.arm == 2 {
                evidence.tests.append(HopTest(
                    analyte: row.text[0] ?? "", method: row.text[1] ?? "", result: row.text[2] ?? "",
                    at: Timestamp(epochMilliseconds: row.time ?? 0).text, issuer: row.text[3] ?? ""))
                continue
            }
            guard let type = DocumentType(rawValue: row.text[0] ?? ""), let number = row.text[1] else { continue }
            guard seen.insert(type.rawValue + "|" + number).inserted else { continue }
            let issuer = row.text[2]
            evidence.documents.append(HopDocument(
                type: type, number: number, issuer: issuer, validUntil: row.time.map { Timestamp(epochMilliseconds: $0).text },
                result: row.text[3], certified: issuer != nil))
        }
        return evidence
    }

    /// The node in columns 0..<``nodeColumns``; `code`, when given, is the code the row was looked up by (the
    /// same text, kept rather than read again).
    static func node(from row: RawRow, code: String? = nil) -> GraphNode {
        var product: Product?
        if let code = row.optionalText(6), let name = row.optionalText(7),
            let category = row.value(8, categories)
        {
            product = Product(code: code, name: name, category: category)
        }
        var origin: Place?
        if let area = row.optionalText(12), let name = row.optionalText(13) { origin = Place(area: area, name: name) }
        return GraphNode(
            code: code ?? row.text(0), type: row.value(1, nodeTypes) ?? .batch, holder: row.text(2),
            record: row.text(3), kind: row.value(4, recordKinds) ?? .produce, atMilliseconds: row.int64(5),
            product: product, productName: row.optionalText(7),
            quantity: Quantity(Amount(micros: row.int64(9)), row.value(10, units) ?? .kilogram),
            expiresMilliseconds: row.optionalInt64(11), origin: origin)
    }

    /// The status in ``statusColumns`` columns from `first`; `nil` when the record is not in the store. `id`, when
    /// given, is the record id the row was joined on.
    static func status(from row: RawRow, at first: Int32, id: String? = nil) -> RecordStatus? {
        guard !row.isNull(first) else { return nil }
        let atMilliseconds = row.int64(first + 4)
        let revoked = row.optionalInt64(first + 5)
        let verified = !row.bool(first + 6) && (revoked.map { atMilliseconds < $0 } ?? true)
        return RecordStatus(
            id: id ?? row.text(first), kind: row.value(first + 1, recordKinds) ?? .produce, issuer: row.text(first + 2),
            at: row.text(first + 3), verified: verified)
    }

    /// The edge in columns 0..<6; `parent` or `child`, when given, is the code the row was looked up by.
    static func edge(from row: RawRow, parent: String? = nil, child: String? = nil) -> GraphEdge {
        GraphEdge(
            parent: parent ?? row.text(0), child: child ?? row.text(1), kind: row.value(2, recordKinds) ?? .transform, record: row.text(3),
            quantity: Quantity(Amount(micros: row.int64(4)), row.value(5, units) ?? .kilogram))
    }
}
