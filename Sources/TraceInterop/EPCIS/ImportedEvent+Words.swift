import TraceModel

/// How an error names an imported event: in the words of the partner who wrote the document.
extension ImportedEvent {
    /// The event as its sender knows it, in English (the JSON report's words): see ``partnerText``.
    public var partnerWords: String { partnerText.en }

    /// The event as its sender knows it, in Chinese and English: its place in the document's event list, its
    /// `eventID` (or, when it has none, its hash ID), the EPCs and lot or class identifiers it lists (the first three
    /// and a count), its business location or read point and the parties it comes from and goes to — never
    /// FoodTrace's derived trace codes or party ids.
    public var partnerText: Message {
        var zh = ["文档第 \(index + 1) 个事件", "eventID \(declaredEventID ?? hashID)"]
        var en = ["event \(index + 1) of the document", "eventID \(declaredEventID ?? hashID)"]
        let quantities = quantityList + childQuantityList + inputQuantityList + outputQuantityList
        let identifiers =
            (parentID.map { [$0] } ?? []) + epcList + childEPCs + inputEPCList + outputEPCList
            + quantities.map(\.epcClass)
        if !identifiers.isEmpty {
            let first = identifiers.prefix(3)
            let more = identifiers.count - first.count
            zh.append(first.joined(separator: "、") + (more > 0 ? " 等另 \(more) 项" : ""))
            en.append(first.joined(separator: ", ") + (more > 0 ? " and \(more) more" : ""))
        }
        if let place = bizLocation ?? readPoint {
            zh.append("位于 \(place)")
            en.append("at \(place)")
        }
        let from = sources.filter { $0.type == "owning_party" || $0.type == "possessing_party" }.map(\.id)
        let to = destinations.filter { $0.type == "owning_party" || $0.type == "possessing_party" }.map(\.id)
        if !from.isEmpty {
            zh.append("来自 \(from.joined(separator: "、"))")
            en.append("from \(from.joined(separator: ", "))")
        }
        if !to.isEmpty {
            zh.append("发往 \(to.joined(separator: "、"))")
            en.append("to \(to.joined(separator: ", "))")
        }
        return Message("epcis-import.event", zh: zh.joined(separator: "，"), en: en.joined(separator: ", "))
    }
}
