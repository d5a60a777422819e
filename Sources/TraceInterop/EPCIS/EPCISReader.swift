import TraceModel

/// Reads EPCIS 2.0 JSON/JSON-LD documents (`EPCISDocument`, `EPCISQueryDocument`) into
/// ``ImportedEvent``s.
///
/// The JSON is read strictly with TraceModel's ``JSONParser`` (duplicate member names, invalid
/// UTF-8 and a byte-order mark are refused). Each event is checked for what the EPCIS 2.0 schema
/// requires of the fields FoodTrace uses — `type`, `eventTime` with offset, `eventTimeZoneOffset`,
/// `action` where the event type has one, lists of strings, quantity elements with `epcClass`, typed
/// source/destination/bizTransaction entries — and the first problem is reported with its JSON path
/// (`$.epcisBody.eventList[3].eventTime`). Other fields are kept in ``ImportedEvent/json`` unread.
///
/// FoodTrace's own extensions are read too: the signed record an event carries in `ft:record` (which
/// must match `ft:recordID` when both are present) and the `register`/`revoke` records of the master
/// data (see ``EPCISMasterData``); an event whose members contradict the record it carries is refused
/// (see ``EPCISRecordAgreement``).
public enum EPCISReader {
    /// Reads and checks a whole document; the first problem is thrown with its JSON path.
    public static func read(document bytes: [UInt8]) throws(InteropError) -> EPCISImport {
        if EPCISEventHash.isXML(bytes) { return try readXML(bytes) }
        let document = try EPCISDocumentLayout.parse(bytes)
        let context = EPCISContext(document: document)
        let (events, listPath) = try EPCISDocumentLayout.eventList(of: document)
        // Events are checked and hashed on all cores; the first problem in document order is reported.
        let results = Parallel.map(events.count) { index -> Result<ImportedEvent, InteropError> in
            do throws(InteropError) {
                let event = events[index]
                return .success(
                    try read(
                        event: event, index: index, path: "\(listPath)[\(index)]",
                        context: context.adding(event["@context"])))
            } catch {
                return .failure(error)
            }
        }
        var imported: [ImportedEvent] = []
        imported.reserveCapacity(events.count)
        for result in results { imported.append(try result.get()) }
        let masterRecords = try EPCISMasterData.records(in: document, context: context, eventCount: imported.count)
        try EPCISRecordAgreement.check(imported, masterRecords: masterRecords, context: context)
        return EPCISImport(
            documentType: document["type"]?.stringValue ?? "", creationDate: document["creationDate"]?.stringValue,
            context: context, events: imported, masterRecords: masterRecords,
            names: EPCISMasterNames(document: document, context: context))
    }

    /// Reads an EPCIS 2.0 XML document: each event in the JSON-LD shape (``EPCISXMLEvents``), checked and read like
    /// a JSON event, with the hash ID of its XML form; the names of its master data, and the FoodTrace records it
    /// carries (an XML export of FoodTrace's), checked against their events as in JSON-LD. Paths are XPath-like
    /// (`/EPCISDocument/EPCISBody/EventList/*[3]`, from 1).
    static func readXML(_ bytes: [UInt8]) throws(InteropError) -> EPCISImport {
        let tree = try EPCISXMLTree.parse(bytes)
        guard let elements = tree.events else {
            throw InteropError(path: "/", because: Message.Interop.noEventList)
        }
        let hashes = try EPCISEventHash.xmlPreHashes(tree: tree).map { EPCISEventHash.hashID(preHash: $0) }
        let context = EPCISContext()
        let rootName = String(tree.root.name.split(separator: "}").last ?? "")
        let listPath = rootName == "EPCISDocument" ? "/EPCISDocument/EPCISBody/EventList" : "/\(rootName)//EventList"
        var events: [ImportedEvent] = []
        events.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            var event = try read(
                event: EPCISXMLEvents.json(of: element), index: index, path: "\(listPath)/*[\(index + 1)]",
                context: context)
            event.hashID = hashes[index]
            events.append(event)
        }
        let masterData = EPCISXMLEvents.masterData(of: tree)
        let masterRecords = try EPCISMasterData.records(in: masterData, context: context, eventCount: events.count)
        try EPCISRecordAgreement.check(events, masterRecords: masterRecords, context: context)
        return EPCISImport(
            documentType: rootName,
            creationDate: tree.root.children.first { $0.name == "creationDate" }?.text, context: context,
            events: events, masterRecords: masterRecords,
            names: EPCISMasterNames(document: masterData, context: context))
    }

    static let actionEvents: Set<String> = ["ObjectEvent", "AggregationEvent", "TransactionEvent", "AssociationEvent"]

    /// Checks and reads one event object.
    static func read(event json: JSONValue, index: Int, path: String, context: EPCISContext) throws(InteropError)
        -> ImportedEvent
    {
        let fields = EventFields(json: json, path: path)
        let type = try fields.requiredString("type")
        let timeText = try fields.requiredString("eventTime")
        guard let time = Timestamp(timeText) else {
            throw InteropError(
                path: path + ".eventTime", because: Message.Interop.notDateTime(timeText))
        }
        let offset = try fields.requiredString("eventTimeZoneOffset")
        guard EventFields.isOffset(offset) else {
            throw InteropError(
                path: path + ".eventTimeZoneOffset",
                because: Message.Interop.notOffset(offset))
        }
        let action = try fields.string("action")
        if let action, !["ADD", "OBSERVE", "DELETE"].contains(action) {
            throw InteropError(path: path + ".action", because: Message.Interop.badAction(action))
        }
        if actionEvents.contains(type), action == nil {
            throw InteropError(path: path + ".action", because: Message.Interop.actionMissing(type))
        }
        var event = ImportedEvent(
            index: index, path: path, type: type, hashID: EPCISEventHash.hashID(event: json, context: context),
            declaredEventID: try fields.string("eventID"), eventTime: time, eventTimeZoneOffset: offset, action: action,
            bizStep: try fields.string("bizStep").map { EventFields.shortName($0, vocabulary: "BizStep") },
            disposition: try fields.string("disposition").map { EventFields.shortName($0, vocabulary: "Disp") },
            parentID: try fields.string("parentID"), json: json)
        event.epcList = try fields.strings("epcList")
        event.childEPCs = try fields.strings("childEPCs")
        event.inputEPCList = try fields.strings("inputEPCList")
        event.outputEPCList = try fields.strings("outputEPCList")
        event.quantityList = try fields.quantities("quantityList")
        event.childQuantityList = try fields.quantities("childQuantityList")
        event.inputQuantityList = try fields.quantities("inputQuantityList")
        event.outputQuantityList = try fields.quantities("outputQuantityList")
        event.sources = try fields.references("sourceList", valueName: "source", vocabulary: "SDT")
        event.destinations = try fields.references("destinationList", valueName: "destination", vocabulary: "SDT")
        event.bizTransactions = try fields.references(
            "bizTransactionList", valueName: "bizTransaction", vocabulary: "BTT")
        event.readPoint = try fields.locationID("readPoint")
        event.bizLocation = try fields.locationID("bizLocation")
        if let persistent = json["persistentDisposition"] {
            let fields = EventFields(json: persistent, path: path + ".persistentDisposition")
            event.persistentDispositionSet = try fields.strings("set").map {
                EventFields.shortName($0, vocabulary: "Disp")
            }
            event.persistentDispositionUnset = try fields.strings("unset").map {
                EventFields.shortName($0, vocabulary: "Disp")
            }
        }
        event.declaresError = json["errorDeclaration"] != nil
        event.foodTraceRecord = try fields.foodTraceRecord(context: context)
        return event
    }
}
