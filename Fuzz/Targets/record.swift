// libFuzzer target: the record reader and the RFC 8785 canonicaliser.
//
// For any bytes: the strict JSON reader either refuses them or yields a value whose canonical form is a
// fixed point (reading the canonical bytes back gives the same canonical bytes); a record that parses has
// canonical signed bytes that parse again to the same record, and its stored form reads back unchanged.
// A violated invariant is reported with fatalError, which libFuzzer records as a crash.
import TraceModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecord(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let value = try? JSONParser.parse(bytes), let canonical = try? CanonicalJSON.bytes(value) {
        guard let again = try? JSONParser.parse(canonical) else { fatalError("canonical JSON does not parse again") }
        guard let twice = try? CanonicalJSON.bytes(again), twice == canonical else {
            fatalError("canonical JSON is not a fixed point")
        }
    }
    guard let record = try? Record.parse(bytes) else { return 0 }
    let stored = record.canonicalBytes
    guard let reread = try? Record.parse(stored) else { fatalError("a parsed record's canonical form does not parse") }
    guard reread.signedBytes == record.signedBytes, reread.canonicalBytes == stored else {
        fatalError("a parsed record's canonical form reads back as another record")
    }
    guard (try? Record.parse(record.signedBytes)) != nil || record.sig != nil else {
        fatalError("the signed bytes of an unsigned record do not parse")
    }
    return 0
}
