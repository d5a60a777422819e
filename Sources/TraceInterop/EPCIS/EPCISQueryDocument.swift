import TraceModel

extension EPCISWriter {
    /// An EPCIS 2.0 `EPCISQueryDocument` (JSON-LD) of a simple event query's results: the context of an exported
    /// document, then `epcisBody.queryResults` with `queryName` and the events, each as ``EPCISPreparedRecord/jsonEvent``
    /// gives it, so an event has the same content and hash ID as in `foodtrace export epcis`. The master data of an
    /// export (register and revoke records) is not part of a query's results.
    public static func queryDocument(
        events: [ArraySlice<UInt8>], creationDate: Timestamp, queryName: String = "SimpleEventQuery"
    ) -> [UInt8] {
        let header: JSONValue = .object([
            (
                "@context",
                .array([
                    .string(standardContextURL),
                    .object(declaredPrefixes.map { ($0.prefix, .string($0.namespace)) }),
                ])
            ),
            ("type", .string("EPCISQueryDocument")), ("schemaVersion", .string("2.0")),
            ("creationDate", .string(creationDate.text)),
        ])
        var bytes = JSONWriter.bytes(header)
        bytes.removeLast()
        bytes += Array(#","epcisBody":{"queryResults":{"queryName":"#.utf8)
        bytes += JSONWriter.bytes(.string(queryName))
        bytes += Array(#","resultsBody":{"eventList":["#.utf8)
        for (index, event) in events.enumerated() {
            bytes += Array((index == 0 ? "\n" : ",\n").utf8)
            bytes += event
        }
        bytes += Array("\n]}}}}\n".utf8)
        return bytes
    }
}
