import TraceCrypto
import TraceModel

/// A `register` or `revoke` record carried in an EPCIS document's master data.
public struct MasterRecord: Sendable {
    /// The signed record, read strictly (its signature is checked when it is ingested).
    public var record: Record
    /// The record's id, computed from its canonical bytes.
    public var id: String
    /// How many events of the document's event list the record's issuer wrote before it, so an
    /// import can append it where it stood; `nil` when the element does not say (then it goes first).
    public var eventsBefore: Int?
    /// JSON path of the vocabulary element.
    public var path: String

    /// A master-data record as read from a document.
    public init(record: Record, id: String, eventsBefore: Int?, path: String) {
        self.record = record
        self.id = id
        self.eventsBefore = eventsBefore
        self.path = path
    }
}

/// The `register` and `revoke` records of an export, as EPCIS master data.
///
/// These records are not events, yet a store needs them to check every event's signature. The
/// EPCIS 2.0.1 schema lets a document carry master data in
/// `epcisHeader.epcisMasterData.vocabularyList`: vocabularies with a `type` URI, elements with an `id`
/// URI and `attributes` of `{id, attribute}` where the attribute may be a number, a string or an
/// object. FoodTrace writes one vocabulary, `urn:foodtrace:vtype:TrustRecord`, with one element per
/// record:
///
/// ```json
/// {"id": "urn:foodtrace:record:sha256:…", "attributes": [
///   {"id": "ft:kind", "attribute": "register"},
///   {"id": "ft:party", "attribute": "urn:foodtrace:party:FARM-510112-003"},
///   {"id": "urn:epcglobal:cbv:mda#name", "attribute": "龙泉驿生猪养殖场"},
///   {"id": "ft:eventsBefore", "attribute": 12},
///   {"id": "ft:record", "attribute": "{\"at\":…,\"sig\":{…},\"v\":1}"}]}
/// ```
///
/// `ft:record` is the record's canonical JSON with `sig`, as a string (the exact signed bytes);
/// `ft:eventsBefore` the number of events written before it, which restores the ledger's order on
/// import. Other vocabularies are master data for other readers and are ignored.
public enum EPCISMasterData {
    /// The CBV master-data attribute for a party's or location's name.
    static let nameAttribute = "urn:epcglobal:cbv:mda#name"
    static let recordAttribute = "{\(FoodTraceURI.namespace)}record"
    static let eventsBeforeAttribute = "{\(FoodTraceURI.namespace)}eventsBefore"

    /// The vocabulary element for a `register` or `revoke` record.
    static func element(for record: RecordParts, eventsBefore: Int) -> JSONValue {
        var attributes: [JSONValue] = [attribute("ft:kind", .string(record.kind.rawValue))]
        switch record.body {
        case .register(let b):
            attributes.append(attribute("ft:party", .string(FoodTraceURI.party(b.party))))
            attributes.append(attribute(nameAttribute, .string(b.name)))
        case .revoke(let b):
            if let party = b.party { attributes.append(attribute("ft:party", .string(FoodTraceURI.party(party)))) }
        default: break
        }
        attributes.append(attribute("ft:eventsBefore", .number(String(eventsBefore))))
        attributes.append(attribute("ft:record", .string(String(decoding: record.canonical, as: UTF8.self))))
        return .object([("id", .string(FoodTraceURI.record(record.id))), ("attributes", .array(attributes))])
    }

    private static func attribute(_ id: String, _ value: JSONValue) -> JSONValue {
        .object([("id", .string(id)), ("attribute", value)])
    }

    /// The trust records of a document's master data, in document order; the first problem is thrown
    /// with its JSON path. `eventCount` bounds `ft:eventsBefore`.
    static func records(in document: JSONValue, context: EPCISContext, eventCount: Int) throws(InteropError)
        -> [MasterRecord]
    {
        guard let header = document["epcisHeader"] else { return [] }
        guard case .object = header else {
            throw InteropError(
                path: "$.epcisHeader", because: .Interop.mustBe("对象", "an object", found: header.typeName))
        }
        guard let masterData = header["epcisMasterData"] else { return [] }
        let masterPath = "$.epcisHeader.epcisMasterData"
        guard case .object = masterData else {
            throw InteropError(
                path: masterPath, because: .Interop.mustBe("对象", "an object", found: masterData.typeName))
        }
        guard let list = masterData["vocabularyList"] else { return [] }
        guard case .array(let vocabularies) = list else {
            throw InteropError(
                path: masterPath + ".vocabularyList", because: .Interop.mustBe("数组", "an array", found: list.typeName))
        }
        var found: [MasterRecord] = []
        for (v, vocabulary) in vocabularies.enumerated() {
            let path = "\(masterPath).vocabularyList[\(v)]"
            let fields = EventFields(json: vocabulary, path: path)
            guard case .object = vocabulary else {
                throw InteropError(
                    path: path, because: .Interop.mustBe("对象", "an object", found: vocabulary.typeName))
            }
            guard try fields.requiredString("type") == FoodTraceURI.trustRecordVocabulary else { continue }
            guard let elements = vocabulary["vocabularyElementList"] else { continue }
            guard case .array(let items) = elements else {
                throw InteropError(
                    path: path + ".vocabularyElementList",
                    because: .Interop.mustBe("数组", "an array", found: elements.typeName))
            }
            for (e, element) in items.enumerated() {
                let elementPath = "\(path).vocabularyElementList[\(e)]"
                if let record = try trustRecord(element, path: elementPath, context: context, eventCount: eventCount) {
                    found.append(record)
                }
            }
        }
        return found
    }

    private static func trustRecord(_ element: JSONValue, path: String, context: EPCISContext, eventCount: Int)
        throws(InteropError) -> MasterRecord?
    {
        guard case .object = element else {
            throw InteropError(path: path, because: .Interop.mustBe("对象", "an object", found: element.typeName))
        }
        let elementID = try EventFields(json: element, path: path).requiredString("id")
        guard let attributes = element["attributes"] else { return nil }
        guard case .array(let items) = attributes else {
            throw InteropError(
                path: path + ".attributes", because: .Interop.mustBe("数组", "an array", found: attributes.typeName))
        }
        var record: (Record, String)?
        var eventsBefore: Int?
        for (a, item) in items.enumerated() {
            let itemPath = "\(path).attributes[\(a)]"
            guard case .object = item else {
                throw InteropError(path: itemPath, because: .Interop.mustBe("对象", "an object", found: item.typeName))
            }
            let name = try EventFields(json: item, path: itemPath).requiredString("id")
            let expanded =
                name.hasPrefix(FoodTraceURI.namespace)
                ? "{\(FoodTraceURI.namespace)}" + name.dropFirst(FoodTraceURI.namespace.count) : context.expand(name)
            let valuePath = itemPath + ".attribute"
            switch expanded {
            case recordAttribute:
                guard record == nil else {
                    throw InteropError(path: itemPath, because: Message.Interop.secondRecord)
                }
                guard let text = item["attribute"]?.stringValue else {
                    throw InteropError(path: valuePath, because: Message.Interop.recordAsString(found: nil))
                }
                let parsed: Record
                do {
                    parsed = try Record.parse(Array(text.utf8))
                } catch {
                    throw InteropError(path: valuePath, because: Message.Interop.embeddedInvalid(.of(error)))
                }
                guard parsed.kind == .register || parsed.kind == .revoke else {
                    throw InteropError(
                        path: valuePath,
                        because: Message.Interop.masterKind(parsed.kind.rawValue))
                }
                let id = parsed.id
                if elementID.hasPrefix("urn:foodtrace:record:"), elementID != FoodTraceURI.record(id) {
                    throw InteropError(
                        path: path + ".id", because: Message.Interop.elementID(elementID, record: id))
                }
                record = (parsed, id)
            case eventsBeforeAttribute:
                // XML carries the number as text.
                guard let count = item["attribute"]?.intValue ?? item["attribute"]?.stringValue.flatMap({ Int($0) }),
                    count >= 0, count <= eventCount
                else {
                    throw InteropError(
                        path: valuePath, because: Message.Interop.eventsBefore(eventCount))
                }
                eventsBefore = count
            default: continue
            }
        }
        guard let (parsed, id) = record else { return nil }
        return MasterRecord(record: parsed, id: id, eventsBefore: eventsBefore, path: path)
    }
}
