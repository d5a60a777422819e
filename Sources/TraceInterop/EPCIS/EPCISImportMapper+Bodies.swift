import TraceModel

extension EPCISImportMapper {
    /// Whose act an event records: the party id and the identifier it comes from. For the importer's own events
    /// both are the importer's id.
    typealias Actor = (id: String, key: String)

    func bodies(for event: ImportedEvent, actor: Actor, units: LogisticUnits) throws -> [AnyBody] {
        switch event.type {
        case "ObjectEvent": return try objectBodies(event, actor: actor, units: units)
        case "TransformationEvent": return [try transformBody(event, actor: actor, units: units)]
        case "AggregationEvent":
            throw Skip(.EPCISImport.aggregation(action: event.action, unit: event.parentID))
        case "AssociationEvent":
            throw Skip(.EPCISImport.association(parent: event.parentID))
        case "TransactionEvent":
            let references = event.bizTransactions.map { "\($0.type.map { "\($0) " } ?? "")\($0.id)" }
            throw Skip(.EPCISImport.transaction(references))
        default: throw Skip(.EPCISImport.noKind(eventType: event.type))
        }
    }

    private func objectBodies(_ event: ImportedEvent, actor: Actor, units: LogisticUnits) throws -> [AnyBody] {
        let lots = try usableLots(
            units.quantities(epcs: event.epcList) + event.quantityList, side: .event, holder: actor.id)
        let step = event.bizStep ?? ""
        if event.action == "ADD" {
            return lots.map {
                .produce(
                    ProduceBody(
                        batch: $0.code, product: product(for: $0.id), quantity: $0.quantity,
                        origin: commissioningOrigin(actor)))
            }
        }
        // A persistent disposition set by the event counts as its disposition.
        let dispositions = Set([event.disposition].compactMap { $0 } + event.persistentDispositionSet)
        if event.action == "DELETE" || step == "destroying" || dispositions.contains("destroyed") {
            guard step == "destroying" || dispositions.contains("destroyed") || dispositions.contains("disposed") else {
                throw Skip(.EPCISImport.deleteWithoutOutcome(bizStep: step.isEmpty ? nil : step))
            }
            return lots.map {
                .dispose(
                    DisposeBody(
                        batch: $0.code, quantity: $0.quantity, method: "destroyed", note: "EPCIS \(event.hashID)"))
            }
        }
        if dispositions.contains("returned") {
            return lots.map {
                .dispose(
                    DisposeBody(
                        batch: $0.code, quantity: $0.quantity, method: "returned", note: "EPCIS \(event.hashID)"))
            }
        }
        switch step {
        case "shipping", "departing":
            guard let to = party(event.destinations) else {
                throw Skip(.EPCISImport.shippingWithoutDestination)
            }
            let shipment = shipmentNumber(event)
            return lots.map {
                .ship(ShipBody(shipment: shipment, batch: $0.code, quantity: $0.quantity, to: to, documents: []))
            }
        case "receiving", "accepting", "arriving":
            guard let from = party(event.sources) else {
                throw Skip(.EPCISImport.receivingWithoutSource)
            }
            let accepted = event.disposition != "non_conformant"
            return try lots.map { lot throws -> AnyBody in
                // A partner's receipt: the lot as the sender held it becomes the receiver's node of the same lot.
                guard let shipped = attesting == nil ? lot.code : lotCode(lot.id, holder: from) else {
                    throw Skip(.EPCISImport.noTraceCode(lot.id))
                }
                return .receive(
                    ReceiveBody(
                        shipment: shipmentNumber(event), from: from, batch: shipped, as: lot.code,
                        quantity: lot.quantity, documents: [], accepted: accepted))
            }
        case "retail_selling":
            return try lots.map { lot throws -> AnyBody in
                guard let slip = lotCode("slip|\(event.hashID)|\(lot.id)", holder: actor.id) else {
                    throw Skip(.EPCISImport.noSlipCode)
                }
                return .sell(
                    SellBody(slip: slip, batch: lot.code, quantity: lot.quantity, unitPrice: .zero, amount: .zero))
            }
        case "":
            throw Skip(
                .EPCISImport.observeWithoutStep(
                    disposition: event.disposition, set: event.persistentDispositionSet,
                    unset: event.persistentDispositionUnset))
        default:
            throw Skip(.EPCISImport.stepHasNoKind(step))
        }
    }

    private func transformBody(_ event: ImportedEvent, actor: Actor, units: LogisticUnits) throws -> AnyBody {
        let inputs = try usableLots(
            units.quantities(epcs: event.inputEPCList) + event.inputQuantityList, side: .inputs, holder: actor.id)
        let outputs = try usableLots(
            units.quantities(epcs: event.outputEPCList) + event.outputQuantityList, side: .outputs,
            holder: actor.id)
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

    /// The lots of a quantity list (its EPCs counted in), each with an exact quantity in a known unit; otherwise a
    /// skip.
    private func usableLots(_ list: [ImportedQuantity], side: Message.EPCISImport.Side, holder: String) throws
        -> [Lot]
    {
        if list.isEmpty { throw Skip(.EPCISImport.listsNothing(side)) }
        var lots: [Lot] = []
        for element in LogisticUnits.merged(list) {
            guard let text = element.quantity else { throw Skip(.EPCISImport.noQuantity(lot: element.epcClass)) }
            guard let amount = element.amount else {
                throw Skip(.EPCISImport.inexactQuantity(text, lot: element.epcClass))
            }
            guard let unit = ImportIdentifiers.unit(uneceCode: element.uom) else {
                throw Skip(.EPCISImport.unknownUnit(element.uom ?? "", lot: element.epcClass))
            }
            guard let code = lotCode(element.epcClass, holder: holder) else {
                throw Skip(.EPCISImport.noTraceCode(element.epcClass))
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
