// libFuzzer target: the EPCIS 2.0 document reader (documents from other systems, imported as they come).
//
// For any bytes: reading either refuses the document with an InteropError naming where (a JSON path, or for an
// XML document its line and column or element path), or yields events whose paths (in a JSON document) point into
// the document's event list, which the import mapper then maps (or skips with a reason) without failing. A crash
// or hang is a finding.
import TraceInterop
import TraceModel

let mapper = EPCISImportMapper(
    importer: ImportingParty(id: "WM-510106-001", area: "510106", node: "001"),
    defaults: .init(
        product: Product(code: "00000000", name: "EPCIS 导入批次", category: .processed),
        origin: Place(area: "510106", name: "EPCIS")))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEPCIS(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let isXML = EPCISEventHash.isXML(bytes)
    do {
        let document = try EPCISReader.read(document: bytes)
        for event in document.events where !isXML && !event.path.hasPrefix("$.epcisBody") {
            fatalError("an event read from outside the event list: \(event.path)")
        }
        _ = mapper.map(document)
    } catch {
        if error.path.isEmpty || (!isXML && !error.path.hasPrefix("$")) {
            fatalError("a refusal without a path: \(error)")
        }
    }
    return 0
}
