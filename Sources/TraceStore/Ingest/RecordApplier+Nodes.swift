import Foundation
import GRDB
import TraceModel

extension RecordApplier {
    /// Takes a quantity out of a batch the issuer holds; returns it in the batch's unit (millionths).
    @discardableResult
    func takeOut(_ batch: TraceCode, _ quantity: Quantity, field: String, movement: String, counterparty: String? = nil) throws -> Int64 {
        guard let node = try context.node(batch) else { throw Refusal(field + ".batch", "batch \(batch) is not in the store") }
        guard node.type == "batch" else { throw Refusal(field + ".batch", "\(batch) is a \(node.type), not a batch") }
        guard node.holder == record.issuer else {
            throw Refusal(field + ".batch", "batch \(batch) is held by \(node.holder), not by \(record.issuer)")
        }
        guard let amount = quantity.converted(to: node.unit) else {
            throw Refusal(field + ".quantity.unit", "\(quantity) cannot be expressed exactly in the batch's unit \(node.unit.rawValue)")
        }
        try db.execute(
            sql: "INSERT INTO movements(batch, record, kind, delta_micros, at_ms, counterparty) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [batch.digits, id, movement, -amount.micros, record.at.epochMilliseconds, counterparty])
        return amount.micros
    }

    /// Creates a graph node under a new trace code; `productFrom` copies the product of an upstream batch.
    func createNode(
        _ code: TraceCode, type: String, field: String, product: Product?, quantity: Quantity, expires: Timestamp?,
        origin: Place?, productFrom: TraceCode? = nil, ledger: Bool = true, productName: String? = nil
    ) throws {
        if try context.node(code) != nil {
            throw Refusal(field, "trace code \(code) is already used by another batch, slip or meal")
        }
        var product = product
        var origin = origin
        if product == nil, let source = productFrom,
            let row = try Row.fetchOne(
                db, sql: "SELECT product_code, product_name, category, origin_area, origin_name FROM nodes WHERE code = ?",
                arguments: [source.digits]),
            let code: String = row[0], let name: String = row[1], let category = ProductCategory(rawValue: row[2] ?? "")
        {
            product = Product(code: code, name: name, category: category)
            if let area: String = row[3], let originName: String = row[4] { origin = Place(area: area, name: originName) }
        }
        try db.execute(
            sql: """
                INSERT INTO nodes(code, type, holder, record, kind, at_ms, product_code, product_name, category,
                                  quantity_micros, unit, expires_ms, origin_area, origin_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [code.digits, type, record.issuer, id, record.kind.rawValue, record.at.epochMilliseconds,
                        product?.code, productName ?? product?.name, product?.category.rawValue, quantity.value.micros,
                        quantity.unit.rawValue, expires?.epochMilliseconds, origin?.area, origin?.name])
        context.setNode(code, NodeInfo(holder: record.issuer, unit: quantity.unit, type: type))
        if ledger {
            try db.execute(
                sql: "INSERT INTO movements(batch, record, kind, delta_micros, at_ms) VALUES (?, ?, 'create', ?, ?)",
                arguments: [code.digits, id, quantity.value.micros, record.at.epochMilliseconds])
        }
    }

    func addEdge(parent: String, child: String, kind: String, quantity: Quantity) throws {
        try db.execute(
            sql: "INSERT INTO edges(parent, child, kind, record, quantity_micros, unit) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [parent, child, kind, id, quantity.value.micros, quantity.unit.rawValue])
    }

    func insertDocumentRefs(_ documents: [DocumentRef], batch: TraceCode) throws {
        for document in documents {
            try db.execute(
                sql: "INSERT INTO document_refs(record, batch, type, number) VALUES (?, ?, ?, ?)",
                arguments: [id, batch.digits, document.type.rawValue, document.number])
        }
    }
}
