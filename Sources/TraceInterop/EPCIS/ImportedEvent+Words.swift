/// How an error names an imported event: in the words of the partner who wrote the document.
extension ImportedEvent {
    /// The event as its sender knows it: its place in the document's event list, its `eventID` (or, when
    /// it has none, its hash ID), the EPCs and lot or class identifiers it lists (the first three and a
    /// count), its business location or read point and the parties it comes from and goes to — never FoodTrace's derived trace codes or party ids.
    public var partnerWords: String {
        var parts = ["event \(index + 1) of the document", "eventID \(declaredEventID ?? hashID)"]
        let quantities = quantityList + childQuantityList + inputQuantityList + outputQuantityList
        let identifiers =
            (parentID.map { [$0] } ?? []) + epcList + childEPCs + inputEPCList + outputEPCList
            + quantities.map(\.epcClass)
        if !identifiers.isEmpty {
            let shown = identifiers.prefix(3).joined(separator: ", ")
            parts.append(identifiers.count > 3 ? "\(shown) and \(identifiers.count - 3) more" : shown)
        }
        if let place = bizLocation ?? readPoint { parts.append("at \(place)") }
        let from = sources.filter { $0.type == "owning_party" || $0.type == "possessing_party" }.map(\.id)
        let to = destinations.filter { $0.type == "owning_party" || $0.type == "possessing_party" }.map(\.id)
        if !from.isEmpty { parts.append("from \(from.joined(separator: ", "))") }
        if !to.isEmpty { parts.append("to \(to.joined(separator: ", "))") }
        return parts.joined(separator: ", ")
    }
}
