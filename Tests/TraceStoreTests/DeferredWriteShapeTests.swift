import Testing

@testable import TraceStorePostgres

/// Which of ingest's statements the PostgreSQL store's optimistic pass keeps to write later, many rows at a time,
/// and the multi-row statement it writes them with.
@Suite("PostgreSQL deferred writes: the statements kept")
struct DeferredWriteShapeTests {
    // Guards: rows of one INSERT become one statement, parameters numbered row after row, literals kept.
    @Test func anInsertIsWrittenForManyRows() throws {
        let shape = try #require(
            PostgresDeferredWrites.Shape(
                "INSERT INTO movements(batch, record, kind, delta_micros, at_ms) VALUES (?, ?, 'create', ?, ?)"))
        #expect(shape.table == "movements")
        #expect(shape.parameters == 4)
        #expect(
            shape.sql(rows: 2)
                == "INSERT INTO movements(batch, record, kind, delta_micros, at_ms) VALUES ($1, $2, 'create', $3, $4), ($5, $6, 'create', $7, $8)"
        )
    }

    // Guards: a statement written over several lines is kept too (the rules write long ones so).
    @Test func anInsertOverSeveralLinesIsKept() throws {
        let shape = try #require(
            PostgresDeferredWrites.Shape(
                """
                INSERT INTO edges(parent, child, kind, record, quantity_micros, unit, taken_micros, at_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """))
        #expect(shape.table == "edges")
        #expect(shape.sql(rows: 1).hasSuffix("VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"))
    }

    // Guards: `INSERT OR IGNORE` still ignores a row already there, in PostgreSQL's words.
    @Test func insertOrIgnoreIgnoresConflicts() throws {
        let shape = try #require(
            PostgresDeferredWrites.Shape("INSERT OR IGNORE INTO batch_documents(batch, type, number) VALUES (?, ?, ?)"))
        #expect(
            shape.sql(rows: 2)
                == "INSERT INTO batch_documents(batch, type, number) VALUES ($1, $2, $3), ($4, $5, $6) ON CONFLICT DO NOTHING"
        )
    }

    // Guards: what reads other rows or changes them, numbered parameters and several tuples are run at once, not kept.
    @Test(arguments: [
        "UPDATE shipments SET received_by = ? WHERE record = ?",
        "DELETE FROM voids WHERE slip = ?",
        "INSERT INTO parties(id, name) SELECT ?, name FROM parties WHERE id = ?",
        "INSERT INTO config(key, value) VALUES (?1, ?2)",
        "INSERT INTO config(key, value) VALUES (?, ?), (?, ?)",
        "SELECT id FROM keys WHERE party = ?",
    ])
    func otherStatementsAreNotKept(sql: String) {
        #expect(PostgresDeferredWrites.Shape(sql) == nil)
    }
}
