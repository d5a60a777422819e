// The message catalogue: reading and writing EPCIS 2.0 documents (the reasons of `InteropError` of `TraceInterop`).
// A lower library's words (libxml2, the JSON parser) are kept verbatim inside a catalogued frame.

extension Message {
    /// Why an EPCIS document, an event or a record could not be read or written.
    public enum Interop {
        /// The JSON parser's reason, with the byte it stopped at.
        public static func atByte(_ reason: Message, _ byte: Int) -> Message {
            Message(reason.key, zh: "\(reason.zh)（第 \(byte) 字节）", en: "\(reason.en) (at byte \(byte))")
        }
        /// A JSON type's name ("object", "array", …) in each language.
        public static func jsonType(_ name: String) -> Message {
            let chinese = [
                "null": "null", "boolean": "布尔值", "number": "数字", "string": "字符串", "array": "数组", "object": "对象",
            ]
            return Message("interop.json-type", zh: chinese[name] ?? name, en: name)
        }

        /// A place in an XML document.
        public static func xmlPlace(line: Int, column: Int) -> Message {
            Message(
                "interop.xml-place", zh: "第 \(line) 行第 \(column) 列", en: "line \(line), column \(column)")
        }

        /// A byte of a document.
        public static func bytePlace(_ offset: Int) -> Message {
            Message("interop.byte-place", zh: "第 \(offset) 字节", en: "byte \(offset)")
        }

        /// A field of a record carried in a document.
        public static func recordPlace(_ id: String, field: String? = nil) -> Message {
            Message(
                "interop.record-place", zh: "记录 \(id)" + (field.map { "：\($0)" } ?? ""),
                en: "record \(id)" + (field.map { ": \($0)" } ?? ""))
        }

        /// A required member that is absent.
        public static let missing = Message("interop.missing", zh: "缺少", en: "missing")

        /// A member of the wrong JSON type; `what` is the English article and type, e.g. "an array".
        public static func mustBe(_ zh: String, _ en: String, found: String) -> Message {
            Message(
                "interop.must-be", zh: "必须是\(zh)，实为\(jsonType(found).zh)", en: "must be \(en), found \(found)")
        }

        /// A document that is not a JSON object.
        public static func documentNotObject(found: String) -> Message {
            Message(
                "interop.document-not-object", zh: "EPCIS 文档应是 JSON 对象，实为\(jsonType(found).zh)",
                en: "an EPCIS document is a JSON object, found \(found)")
        }

        /// A document of another type.
        public static func documentType(found: String?) -> Message {
            Message(
                "interop.document-type",
                zh: "必须是 EPCISDocument 或 EPCISQueryDocument，实为" + (found.map { "\"\($0)\"" } ?? "（无）"),
                en: "must be EPCISDocument or EPCISQueryDocument, found \(found.map { "\"\($0)\"" } ?? "none")")
        }

        /// A document without its body.
        public static let bodyMissing = Message(
            "interop.body-missing", zh: "缺少（EPCIS 文档的事件放在 epcisBody 中）",
            en: "missing (an EPCIS document carries its events in epcisBody)")

        /// An event that is not an object.
        public static func eventNotObject(found: String) -> Message {
            Message(
                "interop.event-not-object", zh: "事件必须是对象，实为\(jsonType(found).zh)",
                en: "an event must be an object, found \(found)")
        }

        /// An XML document with no event list.
        public static let noEventList = Message(
            "interop.no-event-list", zh: "没有 EventList：不是 EPCIS 文档或查询文档",
            en: "no EventList: not an EPCIS document or query document")

        /// An event without a type.
        public static let eventNeedsType = Message(
            "interop.event-needs-type", zh: "每个事件都需要 type（例如 ObjectEvent）",
            en: "every event needs a type (e.g. ObjectEvent)")

        /// An event time that is not RFC 3339.
        public static func notDateTime(_ text: String) -> Message {
            Message(
                "interop.not-date-time", zh: "\"\(text)\" 不是带时区偏移的 RFC 3339 日期时间",
                en: "\"\(text)\" is not an RFC 3339 date-time with an offset")
        }

        /// A time zone offset not of the form ±HH:MM.
        public static func notOffset(_ text: String) -> Message {
            Message(
                "interop.not-offset", zh: "\"\(text)\" 不是 +HH:MM 或 -HH:MM 形式的时区偏移",
                en: "\"\(text)\" is not an offset of the form +HH:MM or -HH:MM")
        }

        /// An action other than ADD, OBSERVE or DELETE.
        public static func badAction(_ action: String) -> Message {
            Message(
                "interop.bad-action", zh: "\"\(action)\" 不是 ADD、OBSERVE 或 DELETE",
                en: "\"\(action)\" is not ADD, OBSERVE or DELETE")
        }

        /// An event of a type that needs an action, without one.
        public static func actionMissing(_ type: String) -> Message {
            Message(
                "interop.action-missing", zh: "缺少（\(type) 需要 ADD、OBSERVE 或 DELETE）",
                en: "missing (a \(type) needs ADD, OBSERVE or DELETE)")
        }

        /// A unit that is not a UN/CEFACT code.
        public static func badUOM(_ uom: String) -> Message {
            Message(
                "interop.bad-uom", zh: "\"\(uom)\" 不是 UN/CEFACT 单位代码（2–3 个大写字母或数字）",
                en: "\"\(uom)\" is not a UN/CEFACT unit code (2-3 capitals or digits)")
        }

        /// A record embedded as something else than its canonical JSON text.
        public static func recordAsString(found: String?) -> Message {
            Message(
                "interop.record-as-string",
                zh: "必须是以字符串表示的记录规范 JSON" + (found.map { "，实为\(jsonType($0).zh)" } ?? ""),
                en: "must be the record's canonical JSON as a string" + (found.map { ", found \($0)" } ?? ""))
        }

        /// An embedded record that does not parse (the record's own problem follows).
        public static func embeddedInvalid(_ detail: Message) -> Message {
            Message(
                "interop.embedded-invalid", zh: "内嵌的记录无效：\(detail.zh)",
                en: "the embedded record is invalid: \(detail.en)")
        }

        /// A stated record id that is not the embedded record's.
        public static func embeddedIDMismatch(_ id: String) -> Message {
            Message(
                "interop.embedded-id-mismatch", zh: "与内嵌记录不符，内嵌记录的 id 是 \(id)",
                en: "does not match the embedded record, whose id is \(id)")
        }

        /// Two records in one master-data element.
        public static let secondRecord = Message(
            "interop.second-record", zh: "同一元素中有第二个 ft:record", en: "a second ft:record in one element")

        /// Master data carrying a record that is not a registration.
        public static func masterKind(_ kind: String) -> Message {
            Message(
                "interop.master-kind", zh: "主数据只携带 register 和 revoke 记录，实为 \(kind)",
                en: "master data carries register and revoke records only, found \(kind)")
        }

        /// A master-data element naming another id than its record's.
        public static func elementID(_ element: String, record: String) -> Message {
            Message(
                "interop.element-id", zh: "写的是 \(element)，但该元素的记录 id 是 \(record)",
                en: "names \(element), but the element's record has id \(record)")
        }

        /// A count of events before that is out of range.
        public static func eventsBefore(_ count: Int) -> Message {
            Message(
                "interop.events-before", zh: "必须是 0 到事件数（\(count)）之间的整数",
                en: "must be a whole number from 0 to the number of events (\(count))")
        }

        /// A record whose bytes hash to another id.
        public static func recordHash(_ actual: String) -> Message {
            Message(
                "interop.record-hash", zh: "该记录的规范字节的哈希是 \(actual)，不是所给的 id",
                en: "the record's canonical bytes hash to \(actual), not to the id given")
        }

        /// An event carrying a master-data record.
        public static func masterNotEvent(kind: String, id: String) -> Message {
            Message(
                "interop.master-not-event", zh: "携带的是 \(kind) 记录（\(id)），属于主数据而不是事件；拒绝",
                en: "carries a \(kind) record (\(id)), which is master data, not an event; refused")
        }

        /// An event whose type contradicts the record it carries.
        public static func typeContradicts(id: String, kind: String, type: String, stated: String) -> Message {
            Message(
                "interop.type-contradicts",
                zh: "与事件携带的已签名记录（\(id)）矛盾：\(kind) 记录是 \(type)，而事件写的是 \(stated)；拒绝",
                en: "contradicts the signed record the event carries (\(id)): a \(kind) record is a \(type), the "
                    + "event says \(stated); refused")
        }

        /// An event member the record it carries gives, absent.
        public static func memberMissing(id: String, want: String) -> Message {
            Message(
                "interop.member-missing", zh: "缺少，而其携带的已签名记录（\(id)）给出 \(want)；拒绝",
                en: "missing, but the signed record it carries (\(id)) gives \(want); refused")
        }

        /// An event member contradicting the record it carries.
        public static func memberContradicts(id: String, issuer: String, want: String, have: String) -> Message {
            Message(
                "interop.member-contradicts",
                zh: "与事件携带的已签名记录（\(id)，由 \(issuer) 签名）矛盾：记录给出 \(want)，事件给出 \(have)；拒绝",
                en: "contradicts the signed record the event carries (\(id), signed by \(issuer)): the record gives "
                    + "\(want), the event \(have); refused")
        }

        /// An XML document that is not UTF-8.
        public static let xmlNotUTF8 = Message(
            "interop.xml-not-utf8", zh: "无法读取该 XML 文档：它不是 UTF-8 文本",
            en: "the XML document cannot be read: it is not UTF-8 text")

        /// An XML document the parser cannot read (the parser's words follow, verbatim).
        public static func xmlUnreadable(_ library: String) -> Message {
            Message(
                "interop.xml-unreadable", zh: "无法读取该 XML 文档：\(library)",
                en: "the XML document cannot be read: \(library)")
        }

        /// The EPCIS 2.0 XSD refuses a document (libxml2's words follow, verbatim).
        public static func xsdRefuses(_ library: String) -> Message {
            Message(
                "interop.xsd-refuses", zh: "EPCIS 2.0 XSD 拒绝该文档：\(library)",
                en: "\(library) (the EPCIS 2.0 XSD refuses it)")
        }

        /// The EPCIS 2.0.1 JSON Schema refuses a document (the schema check's words follow).
        public static func schemaRefuses(_ reason: String) -> Message { schemaRefuses(.verbatim(reason)) }

        /// The EPCIS 2.0.1 JSON Schema refuses a document, the check's reason in each language
        /// (`JSONSchemaValidator.Violation.text`).
        public static func schemaRefuses(_ reason: Message) -> Message {
            Message(
                "interop.schema-refuses", zh: "EPCIS 2.0.1 JSON 模式拒绝该文档：\(reason.zh)",
                en: "\(reason.en) (the EPCIS 2.0.1 JSON Schema refuses it)")
        }

        /// A master-data element that could not be spooled (the system's words follow).
        public static func cannotSpool(_ detail: String) -> Message {
            Message(
                "interop.cannot-spool", zh: "无法暂存主数据元素：\(detail)",
                en: "cannot keep the master-data element: \(detail)")
        }

        /// The spooled master data could not be read back.
        public static func cannotReplay(_ detail: String) -> Message {
            Message(
                "interop.cannot-replay", zh: "无法读回暂存的主数据：\(detail)",
                en: "cannot read the spooled master data back: \(detail)")
        }
    }
}
