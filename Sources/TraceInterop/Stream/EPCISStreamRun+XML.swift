import TraceModel

extension EPCISStreamRun {
    /// Reads an XML document: its UTF-8 checked first (a pass over the bytes alone), then one pass of libxml2's
    /// reader validating against the XSD, in which each event is handed over as it closes. The XSD puts the header
    /// (with the master data) before the body, so the events are always read knowing it.
    func runXML(_ source: EPCISDocumentSource) throws(InteropError) -> EPCISStreamSummary {
        if let offset = try Self.firstInvalidUTF8(source) {
            throw InteropError(place: Message.Interop.bytePlace(offset), because: Message.Interop.xmlNotUTF8)
        }
        let builder = EPCISXMLTree.Builder()
        let context = EPCISContext()
        var index = 0
        builder.onEventList = { [unowned self] root in
            let name = Self.rootName(root)
            let listPath = name == "EPCISDocument" ? "/EPCISDocument/EPCISBody/EventList" : "/\(name)//EventList"
            let masterData = EPCISXMLEvents.masterData(of: EPCISXMLTree(root: root))
            let masterRecords = try? EPCISMasterData.records(in: masterData, context: context, eventCount: .max)
            self.startPass(
                EPCISStreamHeader(
                    documentType: name, context: context, masterRecords: masterRecords ?? [],
                    names: EPCISMasterNames(document: masterData, context: context)),
                listPath: listPath, checksSchema: false)
            self.masterFailed = self.work == .read && masterRecords == nil
        }
        builder.onEvent = { [unowned self] element in
            self.add(index, .xml(element))
            index += 1
        }
        try EPCISXSD.check(source, visit: builder.take)
        guard let root = builder.root else {
            throw InteropError(
                place: Message.Interop.xmlPlace(line: 1, column: 1),
                because: Message.Interop.xmlUnreadable("no root element"))
        }
        guard builder.sawEventList, let header else {
            throw InteropError(path: "/", because: Message.Interop.noEventList)
        }
        flush()
        if let readFailure { throw readFailure.error }
        if work == .read {
            let masterData = EPCISXMLEvents.masterData(of: EPCISXMLTree(root: root))
            _ = try EPCISMasterData.records(in: masterData, context: context, eventCount: eventCount)
            if let agreementFailure { throw agreementFailure.error }
        }
        return EPCISStreamSummary(
            header: header, creationDate: root.children.first { $0.name == "creationDate" }?.text,
            eventCount: eventCount)
    }

    /// The local name of the root element.
    private static func rootName(_ root: EPCISXMLTree.Element) -> String {
        String(root.name.split(separator: "}").last ?? "")
    }

    /// The offset of the first byte of a document that does not start or continue a valid UTF-8 sequence, or `nil`:
    /// the document is checked a block at a time, each cut before its last byte that is not a continuation byte, so
    /// that no sequence is split.
    static func firstInvalidUTF8(_ source: EPCISDocumentSource) throws(InteropError) -> Int? {
        if case .bytes(let bytes) = source { return EPCISXMLTree.firstInvalidUTF8(bytes) }
        let reader = try EPCISBlockReader(source)
        var carried: [UInt8] = []
        var offset = 0
        while let block = try reader.next() {
            var chunk = carried + block
            let cut = chunk.lastIndex { $0 & 0xC0 != 0x80 } ?? chunk.endIndex
            carried = Array(chunk[cut...])
            chunk.removeSubrange(cut...)
            if let found = EPCISXMLTree.firstInvalidUTF8(chunk) { return offset + found }
            offset += chunk.count
        }
        return EPCISXMLTree.firstInvalidUTF8(carried).map { offset + $0 }
    }
}
