import TraceModel

extension EPCISImportMapper {
    /// Whose act an event records: the party id and the identifier it comes from. For the importer's own events
    /// both are the importer's id.
    typealias Actor = (id: String, key: String)

    func bodies(for event: ImportedEvent, actor: Actor) throws -> [AnyBody] {
        switch event.type {
        case "ObjectEvent": return try objectBodies(event, actor: actor)
        case "TransformationEvent": return [try transformBody(event, actor: actor)]
        case "AggregationEvent", "AssociationEvent":
            throw Skip(
                reason:
                    "an \(event.type) records packing or association of objects, not a change of custody or a transformation of lots"
            )
        case "TransactionEvent":
            throw Skip(
                reason:
                    "a TransactionEvent links objects to business transactions; it moves no custody and makes no lot")
        default: throw Skip(reason: "event type \(event.type) has no FoodTrace record kind")
        }
    }

    private func objectBodies(_ event: ImportedEvent, actor: Actor) throws -> [AnyBody] {
        let lots = try usableLots(
            event.quantityList, individual: event.epcList.count, side: "the event", holder: actor.id)
        let step = event.bizStep ?? ""
        if event.action == "ADD" {
            return lots.map {
                .produce(
                    ProduceBody(
                        batch: $0.code, product: product(for: $0.id), quantity: $0.quantity,
                        origin: commissioningOrigin(actor)))
            }
        }
        if event.action == "DELETE" || step == "destroying" || event.disposition == "destroyed" {
            guard step == "destroying" || event.disposition == "destroyed" || event.disposition == "disposed" else {
                throw Skip(
                    reason:
                        "a DELETE ObjectEvent with bizStep \(step.isEmpty ? "none" : step) does not say what became of the goods"
                )
            }
            return lots.map {
                .dispose(
                    DisposeBody(
                        batch: $0.code, quantity: $0.quantity, method: "destroyed", note: "EPCIS \(event.hashID)"))
            }
        }
        if event.disposition == "returned" {
            return lots.map {
                .dispose(
                    DisposeBody(
                        batch: $0.code, quantity: $0.quantity, method: "returned", note: "EPCIS \(event.hashID)"))
            }
        }
        switch step {
        case "shipping", "departing":
            guard let to = party(event.destinations) else {
                throw Skip(
                    reason: "a shipping event with no owning_party, possessing_party or location in destinationList")
            }
            let shipment = shipmentNumber(event)
            return lots.map {
                .ship(ShipBody(shipment: shipment, batch: $0.code, quantity: $0.quantity, to: to, documents: []))
            }
        case "receiving", "accepting", "arriving":
            guard let from = party(event.sources) else {
                throw Skip(reason: "a receiving event with no owning_party, possessing_party or location in sourceList")
            }
            let accepted = event.disposition != "non_conformant"
            return try lots.map { lot throws -> AnyBody in
                // A partner's receipt: the lot as the sender held it becomes the receiver's node of the same lot.
                guard let shipped = attesting == nil ? lot.code : lotCode(lot.id, holder: from) else {
                    throw Skip(reason: "no trace code for \(lot.id)")
                }
                return .receive(
                    ReceiveBody(
                        shipment: shipmentNumber(event), from: from, batch: shipped, as: lot.code,
                        quantity: lot.quantity, documents: [], accepted: accepted))
            }
        case "retail_selling":
            return try lots.map { lot throws -> AnyBody in
                guard let slip = lotCode("slip|\(event.hashID)|\(lot.id)", holder: actor.id) else {
                    throw Skip(reason: "no slip code")
                }
                return .sell(
                    SellBody(slip: slip, batch: lot.code, quantity: lot.quantity, unitPrice: .zero, amount: .zero))
            }
        case "":
            throw Skip(
                reason:
                    "an OBSERVE ObjectEvent without bizStep (disposition \(event.disposition ?? "none")) has no FoodTrace record kind"
            )
        default:
            throw Skip(reason: "bizStep \(step) has no FoodTrace record kind")
        }
    }

    private func transformBody(_ event: ImportedEvent, actor: Actor) throws -> AnyBody {
        let inputs = try usableLots(
            event.inputQuantityList, individual: event.inputEPCList.count, side: "the inputs", holder: actor.id)
        let outputs = try usableLots(
            event.outputQuantityList, individual: event.outputEPCList.count, side: "the outputs", holder: actor.id)
        return .transform(
            TransformBody(
                process: event.bizStep == "killing" ? .slaughter : .process,
                inputs: inputs.map { BatchQuantity(batch: $0.code, quantity: $0.quantity) },
                outputs: outputs.map {
                    TransformOutput(batch: $0.code, product: product(for: $0.id), quantity: $0.quantity)
                }))
    }

    struct Lot {
        var id: String
        var code: TraceCode
        var quantity: Quantity
    }

    /// The lots of a quantity list, each with an exact quantity in a known unit; otherwise a skip.
    private func usableLots(_ list: [ImportedQuantity], individual: Int, side: String, holder: String) throws -> [Lot] {
        if list.isEmpty {
            throw Skip(
                reason: individual > 0
                    ? "\(side): only individual objects (\(individual) EPC\(individual == 1 ? "" : "s")), no lot quantities; FoodTrace tracks lots with quantities"
                    : "\(side): no lots")
        }
        var lots: [Lot] = []
        for element in list {
            guard let text = element.quantity else { throw Skip(reason: "lot \(element.epcClass) has no quantity") }
            guard let amount = element.amount else {
                throw Skip(
                    reason:
                        "quantity \(text) of lot \(element.epcClass) is not an exact amount (at most 6 fraction digits, not negative)"
                )
            }
            guard let unit = ImportIdentifiers.unit(uneceCode: element.uom) else {
                throw Skip(reason: "unit \(element.uom ?? "") of lot \(element.epcClass) has no FoodTrace unit")
            }
            guard let code = lotCode(element.epcClass, holder: holder) else {
                throw Skip(reason: "no trace code for \(element.epcClass)")
            }
            lots.append(Lot(id: element.epcClass, code: code, quantity: Quantity(amount, unit)))
        }
        return lots
    }

    /// The party a source or destination list names: its owning party, else its possessing party, else the party
    /// of its location.
    func party(_ references: [TypedReference]) -> String? {
        partyKey(references).map(partyID)
    }

    /// The identifier behind ``party(_:)``.
    func partyKey(_ references: [TypedReference]) -> String? {
        let chosen =
            references.first { $0.type == "owning_party" } ?? references.first { $0.type == "possessing_party" }
            ?? references.first { $0.type == "location" }
        return chosen?.id
    }

    /// The party id for an identifier: the importer's numbering for its own events, else ``ExternalIdentifiers``.
    func partyID(_ identifier: String) -> String {
        attesting == nil ? identifiers.partyID(for: identifier) : ExternalIdentifiers.partyID(for: identifier)
    }

    /// The trace code of a lot held by `holder`: the importer's numbering for its own events (which ignores the
    /// holder: it is the importer), else ``ExternalIdentifiers/lotCode(_:holder:)``.
    func lotCode(_ lot: String, holder: String) -> TraceCode? {
        attesting == nil ? identifiers.traceCode(for: lot) : ExternalIdentifiers.lotCode(lot, holder: holder)
    }

    /// Where a lot a commissioning event makes comes from: the default origin, named after the party's premises
    /// when a partner's master data names them.
    private func commissioningOrigin(_ actor: Actor) -> Place {
        guard let attesting, let name = attesting.names.name(of: actor.key) else { return defaults.origin }
        return Place(area: defaults.origin.area, name: name)
    }

    /// The despatch advice (or bill of lading, or purchase order) number; the hash ID otherwise.
    private func shipmentNumber(_ event: ImportedEvent) -> String {
        for type in ["desadv", "bol", "po"] {
            if let reference = event.bizTransactions.first(where: { $0.type == type }) { return reference.id }
        }
        return event.hashID
    }

    /// The GTIN as product code when the identifier has one, the default product otherwise; named from a partner's
    /// master data when it names the class or its GTIN.
    private func product(for identifier: String) -> Product {
        var product = defaults.product
        if let name = attesting?.names.productName(of: identifier) { product.name = name }
        if let canonical = DigitalLink.canonical(identifier), canonical.hasPrefix(DigitalLink.base + "01/") {
            product.code = String(canonical.dropFirst((DigitalLink.base + "01/").count).prefix(14))
        }
        return product
    }
}
