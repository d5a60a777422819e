import Foundation
import GRDB
import TraceModel

extension TraceStore {
    /// The graph rows as stored — every `nodes` and `edges` row read as a ``GraphRow`` — and the columns a record does
    /// not determine on its own, checked against the row's source batch (``GraphSourceCheck``).
    ///
    /// The digest is compared with the one `verify` adds up from the records (``GraphRow/rows(of:id:body:)``); when
    /// they differ, ``graphDifferences()`` names the rows.
    func storedGraph() throws(StoreError) -> (digest: GraphDigest, findings: [VerifyFinding]) {
        try scan { db in
            var digest = GraphDigest()
            var findings: [VerifyFinding] = []
            try Self.forEachStoredGraphRow(db) { row, taken in
                digest.add(row)
                if case .edge(let edge) = row, edge.kind != "sell", let taken {
                    findings.append(
                        VerifyFinding(
                            check: "derived", record: edge.record,
                            .Verify.edgeTakesStock(row.name, taken: "\(Amount(micros: taken))")))
                }
            }
            findings += try GraphSourceCheck.findings(db)
            return (digest, findings)
        }
    }

    /// Every stored graph row, with an edge's `taken_micros`.
    static func forEachStoredGraphRow(_ db: Database, _ body: (GraphRow, Int64?) throws -> Void) throws {
        let nodes = try Row.fetchCursor(
            db,
            sql: """
                SELECT code, type, holder, record, kind, at_ms, at, key_id, quantity_micros, unit, expires_ms, inputs,
                       product_code, product_name, category, origin_area, origin_name
                FROM nodes
                """)
        while let row = try nodes.next() {
            let kind: String = row[4]
            let product =
                ["produce", "transform", "use"].contains(kind)
                ? ProductColumns(
                    code: row[12], name: row[13], category: row[14], originArea: row[15], originName: row[16]) : nil
            let node = GraphNodeRow(
                code: row[0], type: row[1], holder: row[2], record: row[3], kind: kind, atMilliseconds: row[5],
                at: row[6] ?? "", keyID: row[7], quantityMicros: row[8], unit: row[9], expiresMilliseconds: row[10],
                inputs: row[11], product: product)
            try body(.node(node), nil)
        }
        let edges = try Row.fetchCursor(
            db, sql: "SELECT parent, child, kind, record, quantity_micros, unit, at_ms, taken_micros FROM edges")
        while let row = try edges.next() {
            let edge = GraphEdgeRow(
                parent: row[0], child: row[1], kind: row[2], record: row[3], quantityMicros: row[4], unit: row[5],
                atMilliseconds: row[6])
            try body(.edge(edge), row[7])
        }
    }

    /// The graph rows that differ between the records and the tables, named: a stored row no record makes (written
    /// by hand), a row a record makes that the store lacks (deleted by hand), and, when both share a node's code or an
    /// edge's ends, the one row stored otherwise than its record says, with the columns that differ.
    ///
    /// Run only when the digests differ: it reads the records again and keeps a count per row hash.
    func graphDifferences() throws(StoreError) -> [VerifyFinding] {
        var stored: [Int: Int] = [:]
        try scan { db in try Self.forEachStoredGraphRow(db) { row, _ in stored[row.hashValue, default: 0] += 1 } }
        var missing: [GraphRow] = []
        try forEachRecord(kinds: GraphRow.kinds) { storedRecord in
            guard let record = try? TraceModel.Record.parse(storedRecord.raw), let body = try? record.decodedBody()
            else { return }
            for row in GraphRow.rows(of: record, id: storedRecord.id, body: body) {
                if let count = stored[row.hashValue], count > 0 {
                    stored[row.hashValue] = count - 1
                } else {
                    missing.append(row)
                }
            }
        }
        var extra: [GraphRow] = []
        try scan { db in
            try Self.forEachStoredGraphRow(db) { row, _ in
                if let count = stored[row.hashValue], count > 0 {
                    stored[row.hashValue] = count - 1
                    extra.append(row)
                }
            }
        }
        return Self.describe(missing: missing, extra: extra)
    }

    private static func describe(missing: [GraphRow], extra: [GraphRow]) -> [VerifyFinding] {
        var findings: [VerifyFinding] = []
        var unmatched = extra
        for row in missing {
            if let index = unmatched.firstIndex(where: { $0.key == row.key }) {
                let stored = unmatched.remove(at: index)
                findings.append(
                    VerifyFinding(
                        check: "derived", record: row.record,
                        .Verify.rowOtherwise(
                            row.name, record: row.record, differences(stored: stored, expected: row))))
            } else {
                findings.append(
                    VerifyFinding(
                        check: "derived", record: row.record, .Verify.rowMissing(row.name, record: row.record)))
            }
        }
        for row in unmatched {
            findings.append(
                VerifyFinding(
                    check: "derived", record: nil, .Verify.rowUnsupported(row.name, record: row.record)))
        }
        return findings
    }

    /// "holder STALL-B, the record says STALL-A; …" for each column that differs.
    private static func differences(stored: GraphRow, expected: GraphRow) -> Message {
        func columns(_ row: GraphRow) -> [(String, Message)] {
            let value: Any
            switch row {
            case .node(let node): value = node
            case .edge(let edge): value = edge
            }
            return Mirror(reflecting: value).children.map { child in
                (child.label ?? "?", Self.text(child.value))
            }
        }
        let differing = zip(columns(stored), columns(expected)).filter { $0.0.1 != $0.1.1 }.map { stored, expected in
            Message.Verify.column(stored.0, stored: stored.1, expected: expected.1)
        }
        return .Verify.columns(differing)
    }

    private static func text(_ value: Any) -> Message {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return .verbatim("\(value)") }
        guard let wrapped = mirror.children.first?.value else { return .Verify.noValue }
        return text(wrapped)
    }
}

/// The columns of a batch received and of a slip that come from their source batch (its product and origin), and the
/// quantity a sale takes out of its batch in that batch's unit: ingest writes them from the stored source batch, so
/// `verify` checks them against it.
enum GraphSourceCheck {
    static func findings(_ db: Database) throws -> [VerifyFinding] {
        var findings: [VerifyFinding] = []
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT n.code, n.record, n.product_code, n.product_name, n.category, n.origin_area, n.origin_name,
                       e.kind, e.parent, e.quantity_micros, e.unit, e.taken_micros,
                       p.product_code, p.product_name, p.category, p.origin_area, p.origin_name, p.unit
                FROM edges e JOIN nodes n ON n.code = e.child AND n.record = e.record
                JOIN nodes p ON p.code = e.parent
                WHERE e.kind IN ('receive', 'sell')
                """)
        while let row = try rows.next() {
            let code: String = row[0]
            let record: String = row[1]
            let parent: String = row[8]
            let stored = ProductColumns(
                code: row[2], name: row[3], category: row[4], originArea: row[5], originName: row[6])
            var expected = ProductColumns(code: nil, name: nil, category: nil, originArea: nil, originName: nil)
            if let productCode: String = row[12], let name: String = row[13], let category: String = row[14],
                ProductCategory(rawValue: category) != nil
            {
                expected = ProductColumns(
                    code: productCode, name: name, category: category, originArea: nil, originName: nil)
                if let area: String = row[15], let originName: String = row[16] {
                    expected.originArea = area
                    expected.originName = originName
                }
            }
            if stored != expected {
                findings.append(
                    VerifyFinding(
                        check: "derived", record: record,
                        .Verify.productDiffers(
                            code: code, stored: describe(stored), parent: parent, expected: describe(expected))))
            }
            guard (row[7] as String) == "sell" else { continue }
            let taken: Int64? = row[11]
            let expectedTaken = QuantityUnit(rawValue: row[10]).flatMap { unit in
                QuantityUnit(rawValue: row[17]).flatMap { Quantity(Amount(micros: row[9]), unit).converted(to: $0) }
            }
            if taken != expectedTaken?.micros {
                findings.append(
                    VerifyFinding(
                        check: "derived", record: record,
                        .Verify.saleTaken(
                            parent: parent, code: code, taken: taken.map { "\(Amount(micros: $0))" },
                            expected: expectedTaken.map(\.description), unit: row[17])))
            }
        }
        return findings
    }

    private static func describe(_ product: ProductColumns) -> Message {
        .Verify.product(
            code: product.code, name: product.name ?? "", category: product.category ?? "",
            origin: product.originArea.map { (area: $0, name: product.originName ?? "") })
    }
}
