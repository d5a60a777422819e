import Foundation
import TraceModel

extension RecordApplier {
    func applyProduce(_ body: ProduceBody) throws {
        try createNode(
            body.batch, type: "batch", field: "$.body.batch", product: body.product, quantity: body.quantity,
            expires: body.expires, origin: body.origin, inputs: 0)
    }

    func applyTransform(_ body: TransformBody) throws {
        var taken: [(TraceCode, Int64, QuantityUnit)] = []
        for (index, input) in body.inputs.enumerated() {
            let micros = try takeOut(
                input.batch, input.quantity, field: "$.body.inputs[\(index)]", movement: "transform"
            ).micros
            taken.append((input.batch, micros, input.quantity.unit))
        }
        for (index, output) in body.outputs.enumerated() {
            try createNode(
                output.batch, type: "batch", field: "$.body.outputs[\(index)].batch", product: output.product,
                quantity: output.quantity, expires: output.expires, origin: nil, inputs: taken.count)
            for (batch, _, _) in taken {
                try addEdge(
                    parent: batch.digits, child: output.batch.digits, kind: "transform", quantity: output.quantity)
            }
        }
    }

    func applyShip(_ body: ShipBody) throws {
        // An attested shipment may go to another external party; a signed one goes to a registered party.
        guard try context.role(of: body.to) != nil || isAttested else {
            throw Refusal("$.body.to", Message.Ingest.receiverNotRegistered(body.to))
        }
        guard body.to != actor else { throw Refusal("$.body.to", Message.Ingest.shipToSelf) }
        _ = try takeOut(body.batch, body.quantity, field: "$.body", movement: "ship", counterparty: body.to)
        try context.execute(
            """
            INSERT INTO shipments(record, shipment, sender, receiver, batch, quantity_micros, unit, at_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(id), .text(body.shipment), .text(actor), .text(body.to), .text(body.batch.digits),
                .integer(body.quantity.value.micros), .text(body.quantity.unit.rawValue),
                .integer(actAt.epochMilliseconds),
            ])
        try insertDocumentRefs(body.documents, batch: body.batch)
    }

    func applyReceive(_ body: ReceiveBody) throws {
        guard
            let shipment = try context.row(
                """
                SELECT record, receiver, received_by, quantity_micros, unit FROM shipments
                WHERE sender = ? AND shipment = ? AND batch = ?
                """,
                [.text(body.from), .text(body.shipment), .text(body.batch.digits)])
        else {
            throw Refusal(
                "$.body.shipment", Message.Ingest.noShipment(body.shipment, batch: "\(body.batch)", from: body.from))
        }
        guard (shipment[1] as String) == actor else {
            throw Refusal(
                "$.body.shipment",
                Message.Ingest.shipmentToAnother(body.shipment, receiver: shipment[1] as String, actor: actor))
        }
        if let receivedBy: String = shipment[2] {
            throw Refusal("$.body.shipment", Message.Ingest.alreadyReceived(body.shipment, by: receivedBy))
        }
        try checkReceivedQuantity(body.quantity, shipped: shipment[3], unit: shipment[4])
        try context.execute(
            "UPDATE shipments SET received_by = ? WHERE record = ?", [.text(id), .text(shipment[0] as String)])
        guard body.accepted else { return }
        try createNode(
            body.as, type: "batch", field: "$.body.as", product: nil, quantity: body.quantity,
            expires: body.expires, origin: nil, inputs: 1, productFrom: try context.node(body.batch))
        try addEdge(parent: body.batch.digits, child: body.as.digits, kind: "receive", quantity: body.quantity)
        try insertDocumentRefs(body.documents, batch: body.as)
    }

    /// A receipt counts what was shipped: in a unit the shipment's converts to exactly (kg ↔ g ↔ t, not kg → head),
    /// and no more than was shipped (less is a shortfall, which the receiver may record).
    private func checkReceivedQuantity(_ quantity: Quantity, shipped micros: Int64, unit: String) throws {
        guard let shippedUnit = QuantityUnit(rawValue: unit) else { return }
        let shipped = Quantity(Amount(micros: micros), shippedUnit)
        guard let received = quantity.converted(to: shippedUnit) else {
            throw Refusal(
                "$.body.quantity.unit",
                Message.Ingest.unitNotConvertible(
                    quantity: "\(quantity)", shipped: "\(shipped)", unit: quantity.unit.rawValue,
                    shippedUnit: shippedUnit.rawValue))
        }
        guard received.micros <= micros else {
            throw Refusal(
                "$.body.quantity.value", Message.Ingest.receivedMore(received: "\(quantity)", shipped: "\(shipped)"))
        }
    }

    func applySell(_ body: SellBody) throws {
        guard body.amountMatches else {
            let product = body.quantity.value.multiplied(by: body.unitPrice).map(\.description)
            throw Refusal(
                "$.body.amount",
                Message.Ingest.amountMismatch(
                    amount: "\(body.amount)", quantity: "\(body.quantity.value)", price: "\(body.unitPrice)",
                    product: product ?? "—"))
        }
        // The sale's stock movement is written on its edge, not in `movements`.
        let (taken, sold) = try takeOut(body.batch, body.quantity, field: "$.body", movement: "sell", ledger: false)
        try createNode(
            body.slip, type: "slip", field: "$.body.slip", product: nil, quantity: body.quantity, expires: nil,
            origin: nil, inputs: 1, productFrom: sold, ledger: false)
        try addEdge(
            parent: body.batch.digits, child: body.slip.digits, kind: "sell", quantity: body.quantity, taken: taken)
    }

    func applyUse(_ body: UseBody) throws {
        var parents: [(TraceCode, Quantity)] = []
        for (d, dish) in body.dishes.enumerated() {
            for (i, ingredient) in dish.ingredients.enumerated() {
                _ = try takeOut(
                    ingredient.batch, ingredient.quantity, field: "$.body.dishes[\(d)].ingredients[\(i)]",
                    movement: "use")
                parents.append((ingredient.batch, ingredient.quantity))
            }
        }
        let mealQuantity = Quantity(Amount(max(1, body.diners ?? 1)), .piece)
        try createNode(
            body.meal, type: "meal", field: "$.body.meal", product: nil, quantity: mealQuantity, expires: nil,
            origin: nil, inputs: parents.count, ledger: false,
            productName: body.dishes.map(\.name).joined(separator: "、"))
        for (batch, quantity) in parents {
            try addEdge(parent: batch.digits, child: body.meal.digits, kind: "use", quantity: quantity)
        }
    }

    func applyDispose(_ body: DisposeBody) throws {
        _ = try takeOut(
            body.batch, body.quantity, field: "$.body", movement: body.method == "returned" ? "return" : "destroy")
    }
}
