import TraceModel

extension EPCISStreamRun {
    /// Reads a JSON document: a first pass checks and reads it, handing the events over when what they are read with
    /// came before `epcisBody`; otherwise a second pass hands them over (see ``EPCISStreamReader``).
    func runJSON(_ source: EPCISDocumentSource) throws(InteropError) -> EPCISStreamSummary {
        let first = try EPCISJSONScanner(source, limits: EPCISDocumentLayout.limits)
        var passList: [String]?
        first.onList = { [unowned self, unowned first] list in
            guard passList == nil, let prelude = Self.prelude(first), let header = Self.header(of: prelude),
                Self.listKeys(of: header.documentType) == list.keys, prelude["@context"] != nil
            else { return false }
            passList = list.keys
            self.startPass(header, listPath: list.path)
            self.masterFailed =
                self.work == .read && (try? Self.masterRecords(of: prelude, context: header.context)) == nil
            return true
        }
        first.onElement = { [unowned self] index, value in self.add(index, .json(value)) }
        first.onListEnd = { [unowned self] list in if list.keys == passList { self.flush() } }
        try first.run()
        let document = try first.skeletonValue().get()
        guard case .object = document else {
            throw InteropError(path: "$", because: Message.Interop.documentNotObject(found: document.typeName))
        }
        // Only documents are read (the schema also accepts a lone event): say so before what the schema would say.
        let type = document["type"]?.stringValue
        guard let keys = Self.listKeys(of: type) else {
            throw InteropError(path: "$.type", because: Message.Interop.documentType(found: type))
        }
        let context = EPCISContext(document: document)
        let masterRecords = try? Self.masterRecords(of: document, context: context)
        let header = EPCISStreamHeader(
            documentType: type ?? "", context: context, masterRecords: masterRecords ?? [],
            names: EPCISMasterNames(document: document, context: context))
        // Read again when the first pass did not hand the events over, or did without all they are read with: the
        // type, the @context, an ignoreFields list and (to read them, not to hash them) the header.
        let bodyAt = first.members.firstIndex { $0.key == "epcisBody" } ?? first.members.count
        let late = first.members[bodyAt...].contains {
            ($0.key == "epcisHeader" && work == .read) || $0.key == "type" || $0.key == "@context"
                || EPCISContext.localName($0.key) == "ignoreFields"
        }
        if passList != keys || late {
            let second = try EPCISJSONScanner(source, limits: EPCISDocumentLayout.limits)
            var started = false
            second.onList = { [unowned self] list in
                guard !started, list.keys == keys else { return false }
                started = true
                self.startPass(header, listPath: list.path)
                self.masterFailed = self.work == .read && masterRecords == nil
                return true
            }
            second.onElement = { [unowned self] index, value in self.add(index, .json(value)) }
            second.onListEnd = { [unowned self] list in if list.keys == keys { self.flush() } }
            try second.run()
            if !started { startPass(header, listPath: "$" + keys.map(JSONParser.pathComponent).joined()) }
        }
        flush()
        try checkSchema(document, listKeys: keys)
        _ = try EPCISDocumentLayout.eventList(of: document)
        if let readFailure { throw readFailure.error }
        if work == .read {
            _ = try EPCISMasterData.records(in: document, context: context, eventCount: eventCount)
            if let agreementFailure { throw agreementFailure.error }
        }
        return EPCISStreamSummary(
            header: self.header ?? header, creationDate: document["creationDate"]?.stringValue, eventCount: eventCount)
    }

    /// The members of the document before `epcisBody`, as a document: what the events of the body are read with.
    private static func prelude(_ scanner: EPCISJSONScanner) -> JSONValue? {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        for (offset, member) in scanner.members.enumerated() {
            if offset > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += scanner.skeleton[member.range]
        }
        bytes.append(UInt8(ascii: "}"))
        return try? JSONParser.parse(bytes, limits: EPCISDocumentLayout.limits)
    }

    /// What the events are read with, from a document (or its prelude); `nil` when it is not an EPCIS document.
    private static func header(of document: JSONValue) -> EPCISStreamHeader? {
        guard let type = document["type"]?.stringValue, listKeys(of: type) != nil else { return nil }
        let context = EPCISContext(document: document)
        return EPCISStreamHeader(
            documentType: type, context: context,
            masterRecords: (try? masterRecords(of: document, context: context)) ?? [],
            names: EPCISMasterNames(document: document, context: context))
    }

    /// The master data's records, their `ft:eventsBefore` not yet bounded (the number of events is not known).
    private static func masterRecords(of document: JSONValue, context: EPCISContext) throws(InteropError)
        -> [MasterRecord]
    {
        try EPCISMasterData.records(in: document, context: context, eventCount: Int.max)
    }

    /// The member names leading to the event list of a document of this type.
    static func listKeys(of type: String?) -> [String]? {
        switch type {
        case "EPCISDocument"?: EPCISJSONScanner.listKeys[0]
        case "EPCISQueryDocument"?: EPCISJSONScanner.listKeys[1]
        default: nil
        }
    }

    /// Checks the document against the EPCIS 2.0.1 JSON Schema: its skeleton, with the first violation of its events
    /// (found as they were read) standing where the whole schema would have met it.
    ///
    /// The skeleton's event list holds one `null` when an event was refused, which the schema refuses at the list's
    /// first item exactly when its check of the whole document would have reached the events: a violation there is
    /// the event's, any other comes before the events in the schema's order and is the document's first.
    private func checkSchema(_ document: JSONValue, listKeys keys: [String]) throws(InteropError) {
        let marked = schemaFailure == nil ? document : Self.replacing(keys[...], in: document, with: .array([.null]))
        var validator = JSONSchemaValidator(schema: EPCISSchema.schema)
        guard let violation = validator.firstViolation(of: marked) else { return }
        let listPath = "$" + keys.map(JSONParser.pathComponent).joined()
        if let schemaFailure, violation.path == listPath + "[0]" { throw schemaFailure.error }
        throw InteropError(path: violation.path, because: Message.Interop.schemaRefuses(violation.text))
    }

    /// `value` with the member at `keys` replaced (the first of each name, as a reader of the document takes it).
    private static func replacing(_ keys: ArraySlice<String>, in value: JSONValue, with replacement: JSONValue)
        -> JSONValue
    {
        guard let key = keys.first, case .object(var members) = value,
            let index = members.firstIndex(where: { $0.key == key })
        else { return keys.isEmpty ? replacement : value }
        members[index].value = replacing(keys.dropFirst(), in: members[index].value, with: replacement)
        return .object(members)
    }
}
