import TraceModel

/// What exporters read of a record: its envelope, decoded body, id and canonical bytes (with `sig`).
struct RecordParts: Sendable {
    var kind: RecordKind
    var issuer: String
    var at: Timestamp
    var id: String
    var body: AnyBody
    /// The whole signed record as canonical JSON: what `ft:record` carries.
    var canonical: [UInt8]

    /// From a parsed record, after checking that `id` is its id.
    init(record: Record, id: String) throws(InteropError) {
        self.init(
            kind: record.kind, issuer: record.issuer, at: record.at, id: id,
            body: try EPCISMapping.checkedBody(of: record, id: id), canonical: record.canonicalBytes)
    }

    /// From the canonical bytes of a record a store verified when it ingested it (so `id` is trusted
    /// and not recomputed): the envelope and the body are read straight from the JSON (the one JSON reader,
    /// ``JSONParser``, then ``StoredBody``); anything unexpected is read again strictly, which says what is wrong.
    init(stored bytes: [UInt8], id: String) throws(InteropError) {
        if let json = try? JSONParser.parse(bytes),
            let kind = json["kind"]?.stringValue.flatMap(RecordKind.init(rawValue:)),
            let issuer = json["issuer"]?.stringValue, let at = json["at"]?.stringValue.flatMap(Timestamp.init),
            let bodyJSON = json["body"], let body = StoredBody.decode(kind: kind, bodyJSON)
        {
            self.init(kind: kind, issuer: issuer, at: at, id: id, body: body, canonical: bytes)
            return
        }
        let record: Record
        do {
            record = try Record.parse(bytes)
        } catch {
            throw InteropError(
                place: Message.Interop.recordPlace(id, field: error.field), because: error.reasonText)
        }
        do {
            self.init(
                kind: record.kind, issuer: record.issuer, at: record.at, id: id, body: try record.decodedBody(),
                canonical: bytes)
        } catch {
            throw InteropError(
                place: Message.Interop.recordPlace(id, field: error.field), because: error.reasonText)
        }
    }

    private init(kind: RecordKind, issuer: String, at: Timestamp, id: String, body: AnyBody, canonical: [UInt8]) {
        self.kind = kind
        self.issuer = issuer
        self.at = at
        self.id = id
        self.body = body
        self.canonical = canonical
    }
}
