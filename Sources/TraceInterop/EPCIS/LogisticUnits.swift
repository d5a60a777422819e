import TraceModel

/// What a partner's events say the logistic units (pallets, cases: an SSCC, or any parent of an AggregationEvent)
/// hold, and individual objects counted as pieces of their class — how the graph, which follows lots with
/// quantities, reads events that name instances.
///
/// - **Instances are counted pieces of their class.** An SGTIN (`urn:epc:id:sgtin:…`, or a Digital Link with a
///   serial `/21/`) is one piece of its GTIN (`https://id.gs1.org/01/<GTIN-14>`, the class the Digital Link names
///   without serial or lot); any other instance identifier is one piece of itself. Two SGTINs of one GTIN in an
///   event are 2 pieces of that class.
/// - **A logistic unit stands for its contents.** An AggregationEvent `ADD` (packing) or `OBSERVE` says what its
///   `parentID` holds (its `childEPCs`, counted as above, and its `childQuantityList`); `DELETE` (unpacking) takes
///   the listed children out, or all of them when it lists none. A later event of the document that names the
///   unit in its EPC list acts on what the unit holds then — the lots inside are shipped, received, sold — so the
///   unit itself never becomes a lot. A unit whose contents no event of the document gives is counted as one piece
///   of itself: a shipment and a receipt of the same pallet still meet.
///
/// Aggregation itself moves no custody and changes no lot: packing and unpacking are kept as evidence, not as acts.
struct LogisticUnits: Sendable {
    /// Contents by the unit's identifier in canonical form.
    private(set) var contents: [String: [ImportedQuantity]] = [:]

    /// The key a unit is known by: its canonical Digital Link, else the identifier as written.
    static func key(_ identifier: String) -> String {
        DigitalLink.canonical(identifier) ?? identifier
    }

    /// Takes note of what an AggregationEvent says a unit holds.
    mutating func record(_ event: ImportedEvent) {
        guard event.type == "AggregationEvent", let parent = event.parentID else { return }
        let key = Self.key(parent)
        let listed = quantities(epcs: event.childEPCs) + event.childQuantityList
        switch event.action {
        case "ADD": contents[key] = Self.merged((contents[key] ?? []) + listed)
        case "OBSERVE": if !listed.isEmpty { contents[key] = Self.merged(listed) }
        case "DELETE":
            if listed.isEmpty {
                contents[key] = nil
            } else {
                let left = Self.subtracting(listed, from: contents[key] ?? [])
                contents[key] = left.isEmpty ? nil : left
            }
        default: break
        }
    }

    /// The class quantities a list of EPCs stands for: each known unit by its contents, other instances counted
    /// as pieces of their class, in order of first appearance.
    func quantities(epcs: [String]) -> [ImportedQuantity] {
        var listed: [ImportedQuantity] = []
        for epc in epcs {
            if let inside = contents[Self.key(epc)] {
                listed += inside
            } else {
                listed.append(ImportedQuantity(epcClass: Self.pieceClass(of: epc), quantity: "1", amount: Amount(1)))
            }
        }
        return Self.merged(listed)
    }

    /// The class an instance is a piece of: an SGTIN's GTIN, or the instance itself.
    static func pieceClass(of epc: String) -> String {
        guard let canonical = DigitalLink.canonical(epc) else { return epc }
        let gtin = DigitalLink.base + "01/"
        if canonical.hasPrefix(gtin), let serial = canonical.range(of: "/21/") {
            return String(canonical[..<serial.lowerBound])
        }
        return canonical
    }

    /// Quantities of the same class and unit added up (exact decimals), in order of first appearance; a quantity
    /// without an exact amount is kept as it is (the mapper refuses it by name).
    static func merged(_ quantities: [ImportedQuantity]) -> [ImportedQuantity] {
        var merged: [ImportedQuantity] = []
        for quantity in quantities {
            if let amount = quantity.amount,
                let index = merged.firstIndex(where: {
                    key($0.epcClass) == key(quantity.epcClass) && $0.uom == quantity.uom && $0.amount != nil
                }),
                let sum = merged[index].amount.flatMap({ Self.sum($0, amount) })
            {
                merged[index].amount = sum
                merged[index].quantity = sum.description
            } else {
                merged.append(quantity)
            }
        }
        return merged
    }

    /// `contents` less what `taken` lists: an amount taken from the same class in the same unit, a class taken
    /// whole when the listing gives no amount; what reaches zero leaves.
    static func subtracting(_ taken: [ImportedQuantity], from contents: [ImportedQuantity]) -> [ImportedQuantity] {
        var left = contents
        for item in taken {
            guard
                let index = left.firstIndex(where: { key($0.epcClass) == key(item.epcClass) && $0.uom == item.uom })
            else { continue }
            guard let amount = item.amount, let held = left[index].amount, held.micros > amount.micros else {
                left.remove(at: index)
                continue
            }
            let rest = Amount(micros: held.micros - amount.micros)
            left[index].amount = rest
            left[index].quantity = rest.description
        }
        return left
    }

    private static func sum(_ a: Amount, _ b: Amount) -> Amount? {
        let (micros, overflow) = a.micros.addingReportingOverflow(b.micros)
        return overflow ? nil : Amount(micros: micros)
    }
}
