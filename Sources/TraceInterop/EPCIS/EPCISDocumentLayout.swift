import TraceModel

/// Reading the outer shape of an EPCIS 2.0 JSON document: where its events are.
enum EPCISDocumentLayout {
    /// Reading limits for EPCIS documents: larger than a record's, still bounded. A document is read as a stream
    /// (``EPCISStreamReader``): the size limit bounds its skeleton (all but the events), not the whole document.
    static let limits: JSONParser.Limits = {
        var limits = JSONParser.Limits()
        limits.maxDepth = 64
        limits.maxStringBytes = 1 << 20
        limits.maxDocumentBytes = 256 << 20
        return limits
    }()

    /// The event list of an `EPCISDocument` (`epcisBody.eventList`) or an `EPCISQueryDocument`
    /// (`epcisBody.queryResults.resultsBody.eventList`), with its JSON path.
    static func eventList(of document: JSONValue) throws(InteropError) -> ([JSONValue], String) {
        let type = document["type"]?.stringValue
        guard let body = document["epcisBody"] else {
            throw InteropError(
                path: "$.epcisBody", because: Message.Interop.bodyMissing)
        }
        guard case .object = body else {
            throw InteropError(path: "$.epcisBody", because: .Interop.mustBe("对象", "an object", found: body.typeName))
        }
        let path: String
        let list: JSONValue?
        switch type {
        case "EPCISDocument"?:
            path = "$.epcisBody.eventList"
            list = body["eventList"]
        case "EPCISQueryDocument"?:
            path = "$.epcisBody.queryResults.resultsBody.eventList"
            list = body["queryResults"]?["resultsBody"]?["eventList"]
        default:
            throw InteropError(
                path: "$.type",
                because: Message.Interop.documentType(found: type))
        }
        guard let list else { throw InteropError(path: path, because: Message.Interop.missing) }
        guard case .array(let events) = list else {
            throw InteropError(path: path, because: .Interop.mustBe("数组", "an array", found: list.typeName))
        }
        for (index, event) in events.enumerated() {
            guard case .object = event else {
                throw InteropError(
                    path: "\(path)[\(index)]", because: Message.Interop.eventNotObject(found: event.typeName))
            }
        }
        return (events, path)
    }
}
