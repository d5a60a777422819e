import GRDB
import TraceModel
import TraceStore

/// Lookups an exporter makes while it streams records: parties and the products of batches, over the
/// same read transaction as the stream (a store cannot open a second one inside the first).
///
/// Parties are cached (there are few); batch products are read on demand with a prepared statement.
public final class InteropView {
    let db: Database
    private var parties: [String: InteropParty?] = [:]

    init(_ db: Database) { self.db = db }

    /// The registered party (or trust anchor) with this id; `nil` when unknown.
    public func party(_ id: String) throws -> InteropParty? {
        if let cached = parties[id] { return cached }
        let found = try InteropView.party(id, in: db)
        parties[id] = found
        return found
    }

    /// The product of a batch, slip or meal, when the store knows it.
    public func product(of code: String) throws -> Product? {
        guard
            let row = try Row.fetchOne(
                try db.cachedStatement(sql: "SELECT product_code, product_name, category FROM nodes WHERE code = ?"),
                arguments: [code]),
            let productCode: String = row[0], let name: String = row[1],
            let category: ProductCategory = try StoredValue.decode(optional: row[2], column: "nodes.category")
        else { return nil }
        return Product(code: productCode, name: name, category: category)
    }

    static func party(_ id: String, in db: Database) throws -> InteropParty? {
        guard
            let row = try Row.fetchOne(
                try db.cachedStatement(
                    sql: "SELECT id, name, role, area, node, parent, address FROM parties WHERE id = ?"),
                arguments: [id])
        else { return nil }
        return InteropParty(
            id: row[0], name: row[1], role: try StoredValue.decode(row[2], column: "parties.role"), area: row[3],
            node: row[4], parent: row[5], address: row[6])
    }
}
