import CLibXML2
import Foundation
import TraceModel

/// An EPCIS 2.0 XML document read into the element tree the event hash works on, in the same libxml2 pass that
/// validates it against the XSD (``EPCISXSD``): one streaming read, no size limit on the document, no DTD or external
/// entity ever loaded.
///
/// Elements are named `{namespace}local` when they are in a namespace and by their local name otherwise
/// (EPCIS events and their standard fields are in no namespace); attributes become children named after
/// them; an element's text is the text before its first child element, trimmed. The `extension` and
/// `baseExtension` wrappers of the XML binding are dissolved into their parent, as the reference generator
/// removes them. A document that refers to an entity (other than XML's five predefined ones and character
/// references) is refused: FoodTrace expands none, so what it would stand for is never read.
struct EPCISXMLTree {
    /// One element: name, text, attributes and child elements (attributes first).
    struct Element {
        var name: String
        var text: String
        var children: [Element]
    }

    /// The root element.
    var root: Element

    /// Reads a document valid against the EPCIS 2.0 XSD (``EPCISXSD``); the first error — bytes that are not UTF-8,
    /// a violation of the schema, a parse error, an entity reference — is thrown with where it is (byte offset, or
    /// line and column).
    static func parse(_ bytes: [UInt8]) throws(InteropError) -> EPCISXMLTree {
        // EPCIS XML documents are UTF-8; a byte that is not is named by its offset.
        if let offset = firstInvalidUTF8(bytes) {
            throw InteropError(place: Message.Interop.bytePlace(offset), because: Message.Interop.xmlNotUTF8)
        }
        let builder = Builder()
        try EPCISXSD.check(bytes, visit: builder.take)
        guard let root = builder.root else {
            throw InteropError(
                place: Message.Interop.xmlPlace(line: 1, column: 1),
                because: Message.Interop.xmlUnreadable("no root element"))
        }
        return EPCISXMLTree(root: root)
    }

    /// The events of the document's `EventList` (in `EPCISBody` or a query's `resultsBody`), in order.
    var events: [Element]? {
        func find(_ element: Element) -> Element? {
            if element.name == "EventList" { return element }
            for child in element.children {
                if let found = find(child) { return found }
            }
            return nil
        }
        return find(root).map { $0.children.filter { !$0.children.isEmpty || !$0.text.isEmpty } }
    }

    /// Builds the tree from the reader's nodes, one at a time.
    ///
    /// Streaming (``onEvent`` set), the events of the document's (first) `EventList` are handed over as each closes
    /// and not kept in the tree, which then holds the header and the rest of the document only.
    final class Builder {
        var stack: [Element] = []
        /// Whether the element on top of the stack has had a child element yet (its text ends there).
        var sawChild: [Bool] = []
        var root: Element?
        /// Told, with the root element as read so far (the header is all there), when the first `EventList` opens.
        var onEventList: ((Element) -> Void)?
        /// Told of each event of the first `EventList` (an element with children or text) as it closes.
        var onEvent: ((Element) -> Void)?
        /// Where the first `EventList` stands on the stack, and whether it is still open.
        private var eventListDepth: Int?
        private var inEventList = false
        /// Whether the document has an `EventList`.
        var sawEventList: Bool { eventListDepth != nil }

        static let wrappers: Set<String> = ["extension", "baseExtension"]

        /// Takes the node the reader is on; an entity reference is refused.
        func take(_ reader: xmlTextReaderPtr) -> XSDError? {
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                open(reader)
                if xmlTextReaderIsEmptyElement(reader) == 1 { close() }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                close()
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                if let last = sawChild.last, !last, let value = xmlTextReaderConstValue(reader) {
                    stack[stack.count - 1].text += String(cString: value)
                }
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                let name = Self.string(xmlTextReaderConstName(reader))
                return XSDError(
                    line: Int(xmlTextReaderGetParserLineNumber(reader)),
                    column: Int(xmlTextReaderGetParserColumnNumber(reader)),
                    message: "the document refers to the entity &\(name);, and FoodTrace expands no entity",
                    wellFormed: false)
            default:
                break
            }
            return nil
        }

        private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
            pointer.map { String(cString: $0) } ?? ""
        }

        /// `{namespace}local`, or `local` in no namespace, of the node the reader is on.
        private static func name(_ reader: xmlTextReaderPtr) -> String {
            let local = string(xmlTextReaderConstLocalName(reader))
            let namespace = string(xmlTextReaderConstNamespaceUri(reader))
            return namespace.isEmpty ? local : "{\(namespace)}\(local)"
        }

        private func open(_ reader: xmlTextReaderPtr) {
            let name = Self.name(reader)
            if Builder.wrappers.contains(name) {
                stack.append(Element(name: "", text: "", children: []))
                sawChild.append(false)
                return
            }
            if !sawChild.isEmpty { sawChild[sawChild.count - 1] = true }
            // Attributes in the order of their qualified names (`p:local`), namespace declarations left out.
            var attributes: [(qualified: String, element: Element)] = []
            if xmlTextReaderMoveToFirstAttribute(reader) == 1 {
                repeat {
                    guard xmlTextReaderIsNamespaceDecl(reader) != 1 else { continue }
                    attributes.append(
                        (
                            Self.string(xmlTextReaderConstName(reader)),
                            Element(
                                name: Self.name(reader), text: Self.string(xmlTextReaderConstValue(reader)),
                                children: [])
                        ))
                } while xmlTextReaderMoveToNextAttribute(reader) == 1
                xmlTextReaderMoveToElement(reader)
            }
            let children = attributes.sorted { $0.qualified < $1.qualified }.map(\.element)
            stack.append(Element(name: name, text: "", children: children))
            sawChild.append(false)
            if name == "EventList", eventListDepth == nil {
                eventListDepth = stack.count - 1
                inEventList = true
                onEventList?(stack[0])
            }
        }

        /// Whether the element just taken off the stack is an event of the first `EventList`, to hand over (and
        /// whether that list is still open).
        private func closesEvent() -> Bool {
            guard onEvent != nil, inEventList, let depth = eventListDepth else { return false }
            if stack.count == depth { inEventList = false }
            return stack.count > depth && stack[(depth + 1)...].allSatisfy(\.name.isEmpty)
        }

        private func close() {
            var element = stack.removeLast()
            sawChild.removeLast()
            element.text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if element.name.isEmpty {
                // A dissolved wrapper: its children join the parent.
                if stack.isEmpty {
                    root = element
                } else {
                    stack[stack.count - 1].children += element.children
                }
                return
            }
            if closesEvent() {
                if !element.children.isEmpty || !element.text.isEmpty { onEvent?(element) }
                return
            }
            if stack.isEmpty {
                root = element
            } else {
                stack[stack.count - 1].children.append(element)
            }
        }
    }
}

extension EPCISXMLTree {
    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence, or nil when all do.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
