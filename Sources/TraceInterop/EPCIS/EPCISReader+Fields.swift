import TraceCrypto
import TraceModel

/// Typed access to an event's members, with JSON paths in every error.
struct EventFields {
    var json: JSONValue
    var path: String

    private func at(_ key: String) -> String { path + EventFields.pathComponent(key) }

    /// `.name` for plain names, `["ft:record"]` for others (as TraceModel's paths are written).
    static func pathComponent(_ key: String) -> String {
        let plain =
            !key.isEmpty
            && key.utf8.allSatisfy { byte in
                (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte)
                    || byte == UInt8(ascii: "_")
            }
        return plain ? ".\(key)" : "[\"\(key)\"]"
    }

    func requiredString(_ key: String) throws(InteropError) -> String {
        guard let text = try string(key) else { throw InteropError(path: at(key), because: Message.Interop.missing) }
        return text
    }

    func string(_ key: String) throws(InteropError) -> String? {
        guard let value = json[key] else { return nil }
        guard let text = value.stringValue else {
            throw InteropError(path: at(key), because: .Interop.mustBe("字符串", "a string", found: value.typeName))
        }
        return text
    }

    func strings(_ key: String) throws(InteropError) -> [String] {
        guard let value = json[key] else { return [] }
        guard case .array(let elements) = value else {
            throw InteropError(path: at(key), because: .Interop.mustBe("数组", "an array", found: value.typeName))
        }
        var out: [String] = []
        for (index, element) in elements.enumerated() {
            guard let text = element.stringValue else {
                throw InteropError(
                    path: "\(at(key))[\(index)]",
                    because: .Interop.mustBe("字符串（标识符 URI）", "a string (an identifier URI)", found: element.typeName))
            }
            out.append(text)
        }
        return out
    }

    private func objects(_ key: String) throws(InteropError) -> [(JSONValue, String)] {
        guard let value = json[key] else { return [] }
        guard case .array(let elements) = value else {
            throw InteropError(path: at(key), because: .Interop.mustBe("数组", "an array", found: value.typeName))
        }
        var out: [(JSONValue, String)] = []
        for (index, element) in elements.enumerated() {
            guard case .object = element else {
                throw InteropError(
                    path: "\(at(key))[\(index)]", because: .Interop.mustBe("对象", "an object", found: element.typeName))
            }
            out.append((element, "\(at(key))[\(index)]"))
        }
        return out
    }

    func quantities(_ key: String) throws(InteropError) -> [ImportedQuantity] {
        var out: [ImportedQuantity] = []
        for (element, elementPath) in try objects(key) {
            let fields = EventFields(json: element, path: elementPath)
            var quantity = ImportedQuantity(
                epcClass: try fields.requiredString("epcClass"), uom: try fields.string("uom"))
            if let value = element["quantity"] {
                guard case .number(let text) = value else {
                    throw InteropError(
                        path: elementPath + ".quantity",
                        because: .Interop.mustBe("数字", "a number", found: value.typeName))
                }
                quantity.quantity = text
                quantity.amount = ExactDecimal.amount(fromJSONNumber: text)
            }
            if let uom = quantity.uom,
                !(2...3).contains(uom.count)
                    || !uom.utf8.allSatisfy({ (65...90).contains($0) || (48...57).contains($0) })
            {
                throw InteropError(
                    path: elementPath + ".uom",
                    because: Message.Interop.badUOM(uom))
            }
            out.append(quantity)
        }
        return out
    }

    func references(_ key: String, valueName: String, vocabulary: String) throws(InteropError) -> [TypedReference] {
        var out: [TypedReference] = []
        for (element, elementPath) in try objects(key) {
            let fields = EventFields(json: element, path: elementPath)
            let type = try fields.string("type").map { EventFields.shortName($0, vocabulary: vocabulary) }
            out.append(TypedReference(type: type, id: try fields.requiredString(valueName)))
        }
        return out
    }

    func locationID(_ key: String) throws(InteropError) -> String? {
        guard let value = json[key] else { return nil }
        guard case .object = value else {
            throw InteropError(
                path: at(key), because: .Interop.mustBe("带 id 的对象", "an object with an id", found: value.typeName))
        }
        return try EventFields(json: value, path: at(key)).requiredString("id")
    }

    /// The record in the FoodTrace extension field (`{urn:foodtrace:epcis:}record`), read strictly.
    func foodTraceRecord(context: EPCISContext) throws(InteropError) -> Record? {
        let wanted = "{\(FoodTraceURI.namespace)}record"
        guard let member = json.objectMembers?.first(where: { context.expand($0.key) == wanted }) else { return nil }
        guard let text = member.value.stringValue else {
            throw InteropError(
                path: at(member.key),
                because: Message.Interop.recordAsString(found: member.value.typeName))
        }
        let record: Record
        do {
            record = try Record.parse(Array(text.utf8))
        } catch {
            throw InteropError(path: at(member.key), because: Message.Interop.embeddedInvalid(.of(error)))
        }
        let wantedID = "{\(FoodTraceURI.namespace)}recordID"
        if let stated = json.objectMembers?.first(where: { context.expand($0.key) == wantedID }) {
            let id = record.id
            guard stated.value.stringValue == id else {
                throw InteropError(
                    path: at(stated.key), because: Message.Interop.embeddedIDMismatch(id))
            }
        }
        return record
    }

    static func isOffset(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count == 6, b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-"), b[3] == UInt8(ascii: ":") else {
            return false
        }
        let digits = [b[1], b[2], b[4], b[5]]
        guard digits.allSatisfy({ (48...57).contains($0) }) else { return false }
        let hours = Int(b[1] - 48) * 10 + Int(b[2] - 48)
        let minutes = Int(b[4] - 48) * 10 + Int(b[5] - 48)
        return minutes < 60 && (hours < 14 || (hours == 14 && minutes == 0))
    }

    /// `https://ref.gs1.org/cbv/BizStep-shipping` and `urn:epcglobal:cbv:bizstep:shipping` as `shipping`.
    static func shortName(_ value: String, vocabulary: String) -> String {
        let web = "https://ref.gs1.org/cbv/\(vocabulary)-"
        if value.hasPrefix(web) { return String(value.dropFirst(web.count)) }
        if let urn = HashValues.cbvURNPrefixes[vocabulary], value.hasPrefix(urn) {
            return String(value.dropFirst(urn.count))
        }
        return value
    }
}
