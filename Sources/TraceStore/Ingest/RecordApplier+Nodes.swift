import Foundation
import TraceModel

extension RecordApplier {
    /// Takes a quantity out of a batch the issuer holds; returns it in the batch's unit (millionths), with the batch.
    /// `ledger: false` writes no `movements` row: the caller's edge carries the movement (a sale, schema v7).
    @discardableResult
    func takeOut(
        _ batch: TraceCode, _ quantity: Quantity, field: String, movement: String, counterparty: String? = nil,
        ledger: Bool = true
    ) throws -> (micros: Int64, batch: NodeInfo) {
        guard let node = try context.node(batch) else {
            throw Refusal(field + ".batch", Message.Ingest.batchNotInStore("\(batch)"))
        }
        guard node.type == "batch" else {
            throw Refusal(field + ".batch", Message.Ingest.notABatch("\(batch)", type: node.type))
        }
        guard node.holder == actor else {
            throw Refusal(
                field + ".batch", Message.Ingest.heldByAnother(batch: "\(batch)", holder: node.holder, actor: actor))
        }
        guard let amount = quantity.converted(to: node.unit) else {
            throw Refusal(
                field + ".quantity.unit",
                Message.Ingest.notExactInUnit(quantity: "\(quantity)", unit: node.unit.rawValue))
        }
        guard actAt.epochMilliseconds >= node.atMilliseconds else {
            throw Refusal(
                "$.at",
                Message.Ingest.beforeBatch(
                    at: "\(actAt)", batch: "\(batch)", made: "\(Timestamp(epochMilliseconds: node.atMilliseconds))"))
        }
        // One movement cannot take out more than the batch was ever made or received with (a cumulative
        // overdraw is the `source-tickets` audit's finding; one larger than the whole batch is not physically true).
        guard amount.micros <= node.quantityMicros else {
            throw Refusal(
                field + ".quantity.value",
                Message.Ingest.moreThanBatch(
                    quantity: "\(quantity)", batch: "\(batch)",
                    held: "\(Amount(micros: node.quantityMicros)) \(node.unit.rawValue)"))
        }
        guard ledger else { return (amount.micros, node) }
        try context.execute(
            "INSERT INTO movements(batch, record, kind, delta_micros, at_ms, counterparty) VALUES (?, ?, ?, ?, ?, ?)",
            [
                .text(batch.digits), .text(id), .text(movement), .integer(-amount.micros),
                .integer(actAt.epochMilliseconds),
                .text(counterparty),
            ])
        return (amount.micros, node)
    }

    /// Creates a graph node under a new trace code; `productFrom` copies the product of an upstream batch. `inputs`:
    /// how many edges this record adds into the node (``addEdge(parent:child:kind:quantity:)``), kept on the node with
    /// the record's time and key for a walk.
    func createNode(
        _ code: TraceCode, type: String, field: String, product: Product?, quantity: Quantity, expires: Timestamp?,
        origin: Place?, inputs: Int, productFrom: NodeInfo? = nil, ledger: Bool = true, productName: String? = nil
    ) throws {
        func used() -> Refusal { Refusal(field, Message.Ingest.codeUsed("\(code)")) }
        // A code in the store is caught by the primary key when the node is written, without a lookup first.
        if context.cachedNode(code) != nil { throw used() }
        var product = product
        var origin = origin
        if product == nil, let node = productFrom, let code = node.productCode, let name = node.productName,
            let category = ProductCategory(rawValue: node.category ?? "")
        {
            product = Product(code: code, name: name, category: category)
            if let area = node.originArea, let originName = node.originName {
                origin = Place(area: area, name: originName)
            }
        }
        let info = NodeInfo(
            holder: actor, unit: quantity.unit, type: type, kind: actKind.rawValue,
            quantityMicros: quantity.value.micros, atMilliseconds: actAt.epochMilliseconds,
            productCode: product?.code,
            productName: productName ?? product?.name,
            category: product?.category.rawValue, originArea: origin?.area, originName: origin?.name)
        do {
            try context.execute(
                """
                INSERT INTO nodes(code, type, holder, record, kind, at_ms, product_code, product_name, category,
                                  quantity_micros, unit, expires_ms, origin_area, origin_name, at, key_id, inputs)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(code.digits), .text(type), .text(actor), .text(id), .text(actKind.rawValue),
                    .integer(actAt.epochMilliseconds), .text(info.productCode), .text(info.productName),
                    .text(info.category),
                    .integer(quantity.value.micros), .text(quantity.unit.rawValue),
                    .integer(expires?.epochMilliseconds),
                    .text(info.originArea), .text(info.originName), .text(actAt.text), .text(record.sig?.key),
                    .integer(inputs),
                ])
        } catch  where context.statements.isDuplicateKey(error) {
            throw used()
        }
        context.setNode(code, info)
        if ledger {
            try context.execute(
                "INSERT INTO movements(batch, record, kind, delta_micros, at_ms) VALUES (?, ?, 'create', ?, ?)",
                [.text(code.digits), .text(id), .integer(quantity.value.micros), .integer(actAt.epochMilliseconds)])
        }
    }

    /// `taken`: for a sale, the quantity it takes out of `parent`, in the parent's unit (millionths); the edge is
    /// then the sale's stock movement, at the record's time (schema v7).
    func addEdge(parent: String, child: String, kind: String, quantity: Quantity, taken: Int64? = nil) throws {
        let takenAt = taken == nil ? nil : actAt.epochMilliseconds
        try context.execute(
            """
            INSERT INTO edges(parent, child, kind, record, quantity_micros, unit, taken_micros, at_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(parent), .text(child), .text(kind), .text(id), .integer(quantity.value.micros),
                .text(quantity.unit.rawValue), .integer(taken), .integer(takenAt),
            ])
    }

    /// Each quote, and each document the first time it is quoted for the batch (what a trace shows).
    func insertDocumentRefs(_ documents: [DocumentRef], batch: TraceCode) throws {
        for document in documents {
            try context.execute(
                "INSERT INTO document_refs(record, batch, type, number) VALUES (?, ?, ?, ?)",
                [.text(id), .text(batch.digits), .text(document.type.rawValue), .text(document.number)])
            try context.execute(
                "INSERT OR IGNORE INTO batch_documents(batch, type, number) VALUES (?, ?, ?)",
                [.text(batch.digits), .text(document.type.rawValue), .text(document.number)])
        }
    }
}
