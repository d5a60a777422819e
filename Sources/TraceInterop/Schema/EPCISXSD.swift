import CLibXML2
import Foundation
import Synchronization
import TraceModel

/// The EPCIS 2.0 XML schemas (XSD), compiled once with libxml2, and the check every EPCIS XML document goes through
/// before FoodTrace reads, hashes or imports it.
///
/// The ten schema files GS1 publishes (events, query, master data, EPCglobal base types and the Standard Business
/// Document Header) are compiled into the binary (``published``, byte for byte the files in `schemas/epcis/xsd/`)
/// and served to libxml2's schema compiler from memory: nothing is read from disk or the network. One schema set
/// covers every document root the standard defines (`EPCISDocument`, `EPCISQueryDocument`,
/// `EPCISMasterDataDocument`).
///
/// A document is validated in one streaming pass (libxml2's `xmlTextReader` with the compiled schema), so the check
/// holds no tree of it. The first error refuses the document, located as libxml2 locates it (`line L, column C`)
/// and named by libxml2's message, which names the element (`Element 'quantity': 'twenty' is not a valid value of
/// the atomic type 'xs:decimal'`). Entities are not substituted and no external resource is loaded
/// (`XML_PARSE_NONET`).
public enum EPCISXSD {
    /// The base URI the embedded schema files are served under (never fetched: the loader answers it).
    static let base = "https://foodtrace.invalid/epcis-xsd/"

    /// The embedded files by name, as UTF-8 (``published`` and the entry schema).
    static let files: [String: [UInt8]] = {
        var files = published.mapValues { Array($0.utf8) }
        files[entryName] = Array(entry.utf8)
        return files
    }()

    /// The schema compiled first: it imports the three EPCIS namespaces (the query and master-data schemas import
    /// the event schema themselves).
    static let entryName = "FoodTrace-EPCIS-2_0.xsd"
    static let entry = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
          <xsd:import namespace="urn:epcglobal:epcis:xsd:2" schemaLocation="EPCglobal-epcis-2_0.xsd"/>
          <xsd:import namespace="urn:epcglobal:epcis-query:xsd:2" schemaLocation="EPCglobal-epcis-query-2_0.xsd"/>
          <xsd:import namespace="urn:epcglobal:epcis-masterdata:xsd:2"
                      schemaLocation="EPCglobal-epcis-masterdata-2_0.xsd"/>
        </xsd:schema>
        """

    /// The compiled schema set; the embedded files are tested to compile.
    static let compiled: CompiledSchema = {
        xmlInitParser()
        EmbeddedLoader.install()
        guard let context = xmlSchemaNewParserCtxt(base + entryName) else {
            preconditionFailure("libxml2 could not make a schema parser context")
        }
        defer { xmlSchemaFreeParserCtxt(context) }
        guard let schema = xmlSchemaParse(context) else {
            preconditionFailure("the embedded EPCIS 2.0 XSD does not compile with libxml2")
        }
        return CompiledSchema(pointer: schema)
    }()

    /// Throws the first error of `document` against the EPCIS 2.0 XSD (a document that is not well-formed XML
    /// included), with its line and column. `visit`, when given, sees each node of the validating pass (the reader
    /// positioned on it) before the next is read: a reader of the document builds what it needs in the same pass.
    public static func check(_ document: [UInt8]) throws(InteropError) {
        try check(document, visit: nil)
    }

    static func check(_ document: [UInt8], visit: ((xmlTextReaderPtr) -> XSDError?)?) throws(InteropError) {
        try check(.bytes(document), visit: visit)
    }

    /// ``check(_:visit:)`` of a document in memory or in a file (read as the reader goes, never whole).
    static func check(_ document: EPCISDocumentSource, visit: ((xmlTextReaderPtr) -> XSDError?)?) throws(InteropError) {
        if let failure = firstError(document, visit: visit) {
            throw InteropError(
                place: Message.Interop.xmlPlace(line: Int(failure.line), column: Int(failure.column)),
                because: failure.wellFormed
                    ? Message.Interop.xsdRefuses(failure.message) : Message.Interop.xmlUnreadable(failure.message))
        }
    }

    /// One validation at a time: libxml2 does not promise that validations sharing one compiled schema may run on
    /// several threads at once.
    static let oneAtATime = Mutex<Void>(())

    /// The first error of a document, `nil` when it is valid.
    static func firstError(_ document: [UInt8], visit: ((xmlTextReaderPtr) -> XSDError?)? = nil) -> XSDError? {
        firstError(.bytes(document), visit: visit)
    }

    static func firstError(_ document: EPCISDocumentSource, visit: ((xmlTextReaderPtr) -> XSDError?)? = nil)
        -> XSDError?
    {
        oneAtATime.withLock { _ in
            switch document {
            case .bytes(let bytes):
                guard bytes.count < Int(Int32.max) else {
                    return XSDError(
                        line: 0, column: 0, message: "the document is larger than 2 GiB", wellFormed: false)
                }
                return bytes.withUnsafeBufferPointer { buffer -> XSDError? in
                    guard let base = buffer.baseAddress, !buffer.isEmpty else {
                        return XSDError(line: 1, column: 1, message: "the document is empty", wellFormed: false)
                    }
                    return firstErrorUnlocked(visit: visit) { options in
                        xmlReaderForMemory(
                            UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                            "document.xml", nil, options)
                    }
                }
            case .file(let url):
                var status = stat()
                guard stat(url.path, &status) == 0, status.st_size > 0 else {
                    return XSDError(line: 1, column: 1, message: "the document is empty", wellFormed: false)
                }
                return firstErrorUnlocked(visit: visit) { options in xmlReaderForFile(url.path, nil, options) }
            }
        }
    }

    /// Validates with a reader `open` makes (with the options it is given), read to its end or its first error.
    private static func firstErrorUnlocked(
        visit: ((xmlTextReaderPtr) -> XSDError?)?, open: (Int32) -> xmlTextReaderPtr?
    ) -> XSDError? {
        let schema = compiled.pointer
        let collector = ErrorCollector()
        let options = Int32(XML_PARSE_NONET.rawValue)
        // Failing is libxml2's own (out of memory, or a file that vanished), never the document's.
        guard let reader = open(options) else {
            return XSDError(line: 1, column: 1, message: "libxml2 could not open the document", wellFormed: false)
        }
        defer { xmlFreeTextReader(reader) }
        collector.reader = reader
        guard xmlTextReaderSetSchema(reader, schema) == 0 else {
            preconditionFailure("libxml2 could not use the compiled EPCIS XSD")
        }
        // Errors reach the collector through the thread's structured error handler, set for the pass and put
        // back after it. (libxml2 2.9's per-reader handler is called with the wrong context for parse errors once
        // a schema is plugged into the reader, and crashes.)
        let handler = __xmlStructuredError()
        let handlerContext = __xmlStructuredErrorContext()
        let saved = (handler?.pointee, handlerContext?.pointee)
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque(), collectError)
        defer {
            handler?.pointee = saved.0
            handlerContext?.pointee = saved.1
        }
        var status: Int32 = 1
        while status == 1 && collector.first == nil {
            status = xmlTextReaderRead(reader)
            if status == 1, collector.first == nil, let visit, let refusal = visit(reader) {
                collector.first = refusal
            }
        }
        if let first = collector.first { return first }
        let line = Int(xmlTextReaderGetParserLineNumber(reader))
        let column = Int(xmlTextReaderGetParserColumnNumber(reader))
        if status != 0 {
            return XSDError(line: line, column: column, message: "not well-formed", wellFormed: false)
        }
        if xmlTextReaderIsValid(reader) != 1 {
            return XSDError(line: line, column: column, message: "the document is not valid", wellFormed: true)
        }
        return nil
    }
}

/// A located error: a violation of the schema in a well-formed document, or a parse error.
struct XSDError: Sendable, Equatable {
    var line: Int
    var column: Int
    /// libxml2's message, which names the element (`Element 'quantity': …`).
    var message: String
    /// False for a parse error (the document is not well-formed XML).
    var wellFormed: Bool
}

/// libxml2's compiled schema: read-only once compiled, so one is shared by every validation on every thread.
final class CompiledSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr

    init(pointer: xmlSchemaPtr) {
        self.pointer = pointer
    }
}

/// Keeps the first error (not warning) a validation reports, and the reader, for where it stands when an error does
/// not say.
private final class ErrorCollector {
    var first: XSDError?
    var reader: xmlTextReaderPtr?
}

/// libxml2's structured error callback: the first error, its message trimmed of the trailing newline.
private func collectError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error else { return }
    let collector = Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue()
    guard collector.first == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    var message = error.pointee.message.map { String(cString: $0) } ?? "invalid"
    while let last = message.last, last.isWhitespace || last == "." { message.removeLast() }
    var line = Int(error.pointee.line)
    var column = Int(error.pointee.int2)
    if let reader = collector.reader {
        if line <= 0 { line = Int(xmlTextReaderGetParserLineNumber(reader)) }
        if column <= 0 { column = Int(xmlTextReaderGetParserColumnNumber(reader)) }
    }
    collector.first = XSDError(
        line: line, column: column, message: message,
        wellFormed: error.pointee.domain != Int32(XML_FROM_PARSER.rawValue))
}

/// Serves the embedded schema files to libxml2 under ``EPCISXSD/base``; every other URI goes to the loader that was
/// installed before (anything else in the process that uses libxml2 keeps its own).
private enum EmbeddedLoader {
    static let previous = PreviousLoader(function: xmlGetExternalEntityLoader())

    static func install() {
        _ = previous
        xmlSetExternalEntityLoader(load)
    }
}

private final class PreviousLoader: @unchecked Sendable {
    let function: xmlExternalEntityLoader?

    init(function: xmlExternalEntityLoader?) {
        self.function = function
    }
}

private func load(
    _ url: UnsafePointer<CChar>?, _ id: UnsafePointer<CChar>?, _ context: xmlParserCtxtPtr?
) -> xmlParserInputPtr? {
    if let url {
        let text = String(cString: url)
        if text.hasPrefix(EPCISXSD.base), let bytes = EPCISXSD.files[String(text.dropFirst(EPCISXSD.base.count))] {
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap {
                    foodtrace_xml_input(
                        context, url, UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self), Int32(buffer.count))
                }
            }
        }
    }
    return EmbeddedLoader.previous.function?(url, id, context)
}
