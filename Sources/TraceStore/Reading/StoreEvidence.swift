import TraceGraph
import TraceModel

/// A hop's documents and tests, read for every hop of a walk at once.
///
/// For each batch: each document quoted for it once, in the order first quoted, with the `certify` record issuing
/// it (its first by rowid, as a plain join of the quotes with the documents would show it with the repeats
/// dropped); then the documents issued for the batch that were not quoted for it, by rowid; then its tests by
/// time. One query per batch gives its quoted document numbers, issued documents and tests; the quoted documents
/// are then looked up once each however many hops quote them (a walk's hops mostly quote the certificates issued
/// for the hops above them).
package enum StoreEvidence {
    /// For one batch: arm (column 0) 0 quoted, 1 issued, 2 test; sort key (1, 7); a document's type and number or a
    /// test's analyte and method (2, 3); issuer (4); a document's end of validity or a test's time (5); result (6).
    /// v4 keeps each quoted document once per batch in `batch_documents`, rowids in the order first quoted; before v4
    /// the quotes are grouped.
    static func sql(_ layout: StoreGraphSQL.Layout) -> String {
        let quoted =
            layout.walkColumns
            ? "SELECT 0, b.rowid, b.type, b.number, NULL, NULL, NULL, 0 FROM batch_documents b WHERE b.batch = ?1"
            : """
            SELECT 0, min(r.rowid), r.type, r.number, NULL, NULL, NULL, 0 FROM document_refs r WHERE r.batch = ?1
            GROUP BY r.type, r.number
            """
        return quoted + """

            UNION ALL
            SELECT 1, d.rowid, d.type, d.number, d.issuer, d.valid_until_ms, d.result, 0 FROM documents d WHERE d.batch = ?1
            UNION ALL
            SELECT 2, t.at_ms, t.analyte, t.method, t.issuer, t.at_ms, t.result, t.rowid FROM tests t WHERE t.batch = ?1
            """
    }

    /// The first document issued under a type and number.
    static let documentSQL =
        "SELECT issuer, valid_until_ms, result FROM documents WHERE type = ?1 AND number = ?2 ORDER BY rowid LIMIT 1"

    /// One row of ``sql(_:)``, in the same columns on both engines.
    package struct Row {
        var arm: Int64
        var key: (Int64, Int64)
        var type: String
        var number: String
        var issuer: String?
        var time: Int64?
        var result: String?

        /// The row in the columns of ``sql(_:)``.
        package init(_ row: some GraphReadRow) {
            self.init(
                arm: row.int64(0), key: (row.int64(1), row.int64(7)), type: row.text(2), number: row.text(3),
                issuer: row.optionalText(4), time: row.optionalInt64(5), result: row.optionalText(6))
        }

        init(
            arm: Int64, key: (Int64, Int64), type: String, number: String, issuer: String?, time: Int64?,
            result: String?
        ) {
            self.arm = arm
            self.key = key
            self.type = type
            self.number = number
            self.issuer = issuer
            self.time = time
            self.result = result
        }

        /// A document quoted for the batch (``arm`` 0), to be looked up in ``documentSQL``.
        package var quoted: DocumentKey? { arm == 0 ? DocumentKey(type: type, number: number) : nil }
    }

    /// A document's issuer, end of validity and result.
    package struct Issued {
        var issuer: String
        var validUntil: Int64?
        var result: String?

        /// The document in the columns of ``documentSQL``.
        package init(_ row: some GraphReadRow) {
            issuer = row.text(0)
            validUntil = row.optionalInt64(1)
            result = row.optionalText(2)
        }

        init(issuer: String, validUntil: Int64?, result: String?) {
            self.issuer = issuer
            self.validUntil = validUntil
            self.result = result
        }
    }

    /// A document's type and number as stored.
    package struct DocumentKey: Hashable {
        package var type: String
        package var number: String
    }

    static func read(_ codes: [String], _ state: GraphReadState) throws -> [HopEvidence] {
        guard !codes.isEmpty else { return [] }
        var rows = [[Row]](repeating: [], count: codes.count)
        let query = try state.query(.evidence)
        for (index, code) in codes.enumerated() {
            try query.forEach(code) { rows[index].append(Row($0)) }
        }
        var issued: [DocumentKey: Issued?] = [:]
        let document = try state.query(.document)
        for key in quoted(rows) {
            issued[key] = try document.first(key.type, key.number) { Issued($0) } ?? nil
        }
        return try rows.map { try evidence($0, issued: issued, timeText: state.timeText) }
    }

    /// The documents quoted in `rows`, each once, in the order first quoted.
    package static func quoted(_ rows: [[Row]]) -> [DocumentKey] {
        var seen: Set<DocumentKey> = []
        return rows.joined().compactMap(\.quoted).filter { seen.insert($0).inserted }
    }

    /// One hop's evidence from its rows, the quoted documents looked up in `issued` (`nil`: not certified), instants
    /// written by `timeText`.
    package static func evidence(
        _ rows: [Row], issued: [DocumentKey: Issued?], timeText: (Int64) -> String
    ) throws -> HopEvidence {
        var evidence = HopEvidence(documents: [], tests: [])
        guard !rows.isEmpty else { return evidence }
        for row in rows.sorted(by: { ($0.arm, $0.key.0, $0.key.1) < ($1.arm, $1.key.0, $1.key.1) }) {
            if row.arm == 2 {
                evidence.tests.append(
                    HopTest(
                        analyte: row.type, method: row.number, result: row.result ?? "",
                        at: timeText(row.time ?? 0),
                        issuer: row.issuer ?? ""))
                continue
            }
            let type: DocumentType = try StoredValue.decode(row.type, column: "documents.type")
            // Each document once: quoted first, then issued and not quoted.
            guard !evidence.documents.contains(where: { $0.type == type && $0.number == row.number }) else { continue }
            let document =
                row.arm == 0
                ? issued[DocumentKey(type: row.type, number: row.number)] ?? nil
                : Issued(issuer: row.issuer ?? "", validUntil: row.time, result: row.result)
            evidence.documents.append(
                HopDocument(
                    type: type, number: row.number, issuer: document?.issuer,
                    validUntil: document?.validUntil.map(timeText),
                    result: document?.result, certified: document != nil))
        }
        return evidence
    }
}
