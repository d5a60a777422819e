import GRDB
import TraceModel

/// What decides whether a hop's signature stands besides the hop's own row: the keys revoked, with the time each
/// was revoked from, and the records equivocated. Both are normally empty; they are read once per reader.
package struct HopStatusFacts: Sendable {
    package let revoked: [String: Int64]
    /// Ids of stored records that another record with the same issuer and seq contradicts.
    package let equivocated: Set<String>

    package init(revoked: [String: Int64], equivocated: Set<String>) {
        self.revoked = revoked
        self.equivocated = equivocated
    }

    /// Whether `record`, signed with `keyID` at `atMilliseconds`, stands: its signature verified at ingest (every
    /// stored record's did), its key was not revoked at its time and it is not equivocated. `keyID` may be `nil`
    /// when no key is revoked.
    package func verified(record: String, keyID: String?, atMilliseconds: Int64) -> Bool {
        if !equivocated.isEmpty, equivocated.contains(record) { return false }
        if let keyID, let from = revoked[keyID] { return atMilliseconds < from }
        return true
    }
}

/// What one ``StoreGraphReader`` keeps while its read transaction lasts: its statements, each looked up in GRDB's
/// cache once (not by hashing its SQL at every call), the store's ``StoreGraphSQL/Layout`` and the snapshot's
/// ``HopStatusFacts``, read when first needed, and instants already written as text.
final class GraphReadState {
    let db: Database
    private var statements: [Statement?] = Array(repeating: nil, count: StoreGraphSQL.Query.allCases.count)
    private var knownLayout: StoreGraphSQL.Layout?
    private var knownFacts: HopStatusFacts?
    private var knownAttested: Bool?
    /// ``timeText(_:)``'s answers: a walk shows the same few validity ends many times.
    private var times: [Int64: String] = [:]

    init(_ db: Database) { self.db = db }

    func query(_ query: StoreGraphSQL.Query) throws -> RawQuery {
        if let statement = statements[query.rawValue] { return RawQuery(statement) }
        let statement = try db.cachedStatement(
            sql: StoreGraphSQL.sql(query, query.dependsOnLayout ? try layout() : .current))
        statements[query.rawValue] = statement
        return RawQuery(statement)
    }

    /// An instant as a trace shows it (`Timestamp(epochMilliseconds:)`'s text).
    func timeText(_ milliseconds: Int64) -> String {
        if let text = times[milliseconds] { return text }
        let text = Timestamp(epochMilliseconds: milliseconds).text
        times[milliseconds] = text
        return text
    }

    func layout() throws -> StoreGraphSQL.Layout {
        if let knownLayout { return knownLayout }
        let row = try Row.fetchOne(db, sql: StoreGraphSQL.Layout.probe)
        let layout = StoreGraphSQL.Layout(walkColumns: row?[0] ?? false, salesOnEdges: row?[1] ?? false)
        knownLayout = layout
        return layout
    }

    /// Whether the store holds any attestation (schema v11 on): a walk asks for none otherwise.
    func holdsAttestations() throws -> Bool {
        if let knownAttested { return knownAttested }
        let holds =
            try db.tableExists("attestations")
            && (try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM attestations)") ?? false)
        knownAttested = holds
        return holds
    }

    func facts() throws -> HopStatusFacts {
        if let knownFacts { return knownFacts }
        var revoked: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: StoreGraphSQL.revokedKeys) { revoked[row[0]] = row[1] }
        let facts = HopStatusFacts(
            revoked: revoked, equivocated: Set(try String.fetchAll(db, sql: StoreGraphSQL.equivocatedRecords)))
        knownFacts = facts
        return facts
    }
}
