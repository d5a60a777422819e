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
    /// Reads and checks a whole document into memory; the first problem is thrown with its JSON path (for XML, its line
    /// and column or its XPath-like element path, `/EPCISDocument/EPCISBody/EventList/*[3]`, from 1). XML events are
    /// read in the JSON-LD shape (``EPCISXMLEvents``) and keep the hash ID of their XML form.
    ///
    /// The events are read by ``EPCISStreamReader``, which reads a document of any size a block at a time; this
    /// keeps them all, for documents that fit in memory (tests, a partner's document in a request).
    public static func read(document bytes: [UInt8]) throws(InteropError) -> EPCISImport {
        var collector = EPCISEventCollector()
        let summary = try EPCISStreamReader.read(.bytes(bytes), into: &collector)
        return EPCISImport(
            documentType: summary.header.documentType, creationDate: summary.creationDate,
            context: summary.header.context, events: collector.events, masterRecords: summary.header.masterRecords,
            names: summary.header.names)
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
