import TraceModel

/// Event hash IDs of EPCIS 2.0 XML documents: the events are read into the same element tree as JSON
/// events and written by the same rules, so an event has one hash ID whichever binding carries it.
extension EPCISEventHash {
    /// Whether a document is XML: its first byte other than white space (after a UTF-8 byte-order mark) is `<`.
    package static func isXML(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: "<")
    }

    /// The pre-hash bytes of one event element of an XML document.
    static func xmlPreHash(event: EPCISXMLTree.Element) -> [UInt8] {
        preHashBytes(type: event.name, nodes: event.children.filter { !isExcluded($0.name) }.map(node))
    }

    /// An XML element as a hash node: a `bizTransaction`, `source` or `destination` becomes the pair of its
    /// `type` attribute and its value (the JSON entry's shape); `gs1:` and `cbv:` at the start of a value
    /// stand for their vocabularies, as the reference generator reads XML.
    private static func node(_ element: EPCISXMLTree.Element) -> HashNode {
        if ["bizTransaction", "source", "destination"].contains(element.name) {
            let value = HashNode(name: element.name, text: element.text, children: [])
            guard let type = element.children.first(where: { $0.name == "type" }) else {
                return HashNode(name: "", text: "", children: [value])
            }
            let typeNode = HashNode(name: "type", text: expandedPrefix(type.text), children: [])
            return HashNode(name: "", text: "", children: [typeNode, value])
        }
        return HashNode(name: element.name, text: expandedPrefix(element.text), children: element.children.map(node))
    }

    private static func expandedPrefix(_ text: String) -> String {
        if text.hasPrefix("gs1:") { return text.replacing("gs1:", with: "https://gs1.org/voc/") }
        if text.hasPrefix("cbv:") { return text.replacing("cbv:", with: "https://ref.gs1.org/cbv/") }
        return text
    }
}
