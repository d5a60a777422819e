import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An EPCIS 2.0 XML document read into the element tree the event hash works on, with FoundationXML's
/// `XMLParser` (a SAX parser over libxml2; no external entities are resolved).
///
/// Elements are named `{namespace}local` when they are in a namespace and by their local name otherwise
/// (EPCIS events and their standard fields are in no namespace); attributes become children named after
/// them; an element's text is the text before its first child element, trimmed. The `extension` and
/// `baseExtension` wrappers of the XML binding are dissolved into their parent, as the reference generator
/// removes them.
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
    /// a violation of the schema, a parse error — is thrown with where it is (byte offset, or line and column).
    static func parse(_ bytes: [UInt8]) throws(InteropError) -> EPCISXMLTree {
        // Foundation's XMLParser traps on names that are not UTF-8, so bytes that are not are refused before it
        // sees them (EPCIS XML documents are UTF-8).
        if let offset = firstInvalidUTF8(bytes) {
            throw InteropError(
                path: "byte \(offset)", reason: "the XML document cannot be read: it is not UTF-8 text")
        }
        try EPCISXSD.check(bytes)
        let delegate = Builder()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else {
            let error = parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed"
            throw InteropError(
                path: "line \(parser.lineNumber), column \(parser.columnNumber)",
                reason: "the XML document cannot be read: \(delegate.failure ?? error)")
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

    /// Builds the tree from the parser's callbacks.
    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        /// Whether the element on top of the stack has had a child element yet (its text ends there).
        var sawChild: [Bool] = []
        var root: Element?
        var failure: String?
        /// Namespace prefixes in force (innermost last), to name prefixed attributes `{namespace}local`.
        var prefixes: [(prefix: String, uri: String)] = []

        func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
            prefixes.append((prefix, namespaceURI))
        }

        func parser(_ parser: XMLParser, didEndMappingPrefix prefix: String) {
            if let index = prefixes.lastIndex(where: { $0.prefix == prefix }) { prefixes.remove(at: index) }
        }

        /// `p:local` as `{namespace of p}local`; unprefixed names as they are.
        func attributeName(_ name: String) -> String {
            guard let colon = name.firstIndex(of: ":") else { return name }
            let prefix = String(name[..<colon])
            guard let uri = prefixes.last(where: { $0.prefix == prefix })?.uri else { return name }
            return "{\(uri)}" + name[name.index(after: colon)...]
        }

        static let wrappers: Set<String> = ["extension", "baseExtension"]

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if namespaceURI?.isEmpty ?? true, Builder.wrappers.contains(elementName) {
                stack.append(Element(name: "", text: "", children: []))
                sawChild.append(false)
                return
            }
            if !sawChild.isEmpty { sawChild[sawChild.count - 1] = true }
            let name = namespaceURI.map { $0.isEmpty ? elementName : "{\($0)}\(elementName)" } ?? elementName
            let attributeChildren = attributes.filter { !$0.key.hasPrefix("xmlns") }.sorted { $0.key < $1.key }.map {
                Element(name: attributeName($0.key), text: $0.value, children: [])
            }
            stack.append(Element(name: name, text: "", children: attributeChildren))
            sawChild.append(false)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let last = sawChild.last, !last else { return }
            stack[stack.count - 1].text += string
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
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
            if stack.isEmpty {
                root = element
            } else {
                stack[stack.count - 1].children.append(element)
            }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            failure = failure ?? "\(parseError.localizedDescription)"
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
