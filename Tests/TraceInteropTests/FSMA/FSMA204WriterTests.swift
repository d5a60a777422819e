import Foundation
import Testing
import TraceModel

@testable import TraceInterop

@Suite("FSMA 204 spreadsheet")
struct FSMA204WriterTests {
    static func csv(_ rows: [FSMA204Row]) -> [UInt8] {
        var bytes: [UInt8] = []
        var writer = FSMA204Writer { bytes.append(contentsOf: $0) }
        writer.begin()
        for row in rows { writer.write(row: row) }
        return bytes
    }

    /// The rows Python's csv module reads from `bytes` (UTF-8 with BOM), as JSON arrays.
    static func readWithPython(_ bytes: [UInt8]) throws -> [[String]] {
        let file = try Python.temporaryFile(bytes, suffix: ".csv")
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import csv, json, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                rows = list(csv.reader(f, strict=True))
            sys.stdout.write(json.dumps(rows, ensure_ascii=True))
            """
        let result = try Python.run(script, [file.path])
        try #require(result.status == 0, "python csv failed: \(result.output)")
        return try JSONDecoder().decode([[String]].self, from: Data(result.output.utf8))
    }

    static let tricky = FSMA204Row(
        traceabilityLotCode: "51011200126112800071", tlcSourceLocation: "成都定点屠宰厂, \"一号\" (SH-510112-001)",
        productDescription: "白条猪肉\n(二分体), 冷鲜", quantity: "1250.5", unitOfMeasure: "kg", event: .shipping,
        eventDateTimeUTC: "2026-11-27T20:00:00.000Z", eventLocalTime: "2026-11-28T04:00:00+08:00",
        location: "=HYPERLINK(\"http://x\")",
        shipFromLocation: "+86 28 1234", shipToLocation: "-1+2", referenceDocumentTypes: "@SUM(A1)",
        referenceDocumentNumbers: "a\r\nb,\"c\"",
        inputLots: "", recordID: "sha256:00")

    @Test("Chinese text, commas, quotes and newlines come back column for column; formulas are neutralised")
    func pythonReadsBack() throws {
        let bytes = Self.csv([Self.tricky, Self.tricky])
        let rows = try Self.readWithPython(bytes)
        #expect(rows.count == 3)
        #expect(rows.first == FSMA204Row.columns)
        var expected = Self.tricky.cells
        expected[8] = "'=HYPERLINK(\"http://x\")"
        expected[9] = "'+86 28 1234"
        expected[10] = "'-1+2"
        expected[11] = "'@SUM(A1)"
        #expect(rows[1] == expected)
        #expect(rows[2] == expected)
        #expect(rows[1][2] == "白条猪肉\n(二分体), 冷鲜")
    }

    @Test("UTF-8 with BOM, CRLF line ends, RFC 4180 quoting")
    func bytesOnDisk() throws {
        let bytes = Self.csv([Self.tricky])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Traceability Lot Code (TLC),TLC Source Location,"))
        #expect(text.hasSuffix(",sha256:00\r\n"))
        #expect(text.contains(#","成都定点屠宰厂, ""一号"" (SH-510112-001)","#))
        #expect(text.contains("\"a\r\nb,\"\"c\"\"\""))
        let outsideQuotes = text.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter {
            $0.offset % 2 == 0
        }.map(\.element)
        #expect(
            outsideQuotes.allSatisfy {
                !$0.replacingOccurrences(of: "\r\n", with: "").contains(where: { $0 == "\n" || $0 == "\r" })
            })
    }

    @Test("records become one row per critical tracking event, with sortable UTC times")
    func rowsFromRecords() throws {
        let chain = try SampleChain.chain()
        var rows: [FSMA204Row] = []
        var writer = FSMA204Writer { _ in }
        writer.begin()
        for (record, id) in chain.records {
            let made = try FSMA204Rows.rows(for: record, id: id, parties: SampleChain.parties)
            rows += made
            #expect(try writer.write(record: record, id: id, context: SampleChain.parties) == made.count)
        }
        #expect(writer.rowCount == rows.count)
        #expect(
            rows.map(\.event) == [
                .harvesting, .shipping, .receiving, .transformation, .transformation, .shipping, .receiving, .shipping,
            ])
        let harvest = rows[0]
        #expect(
            harvest.traceabilityLotCode == "51011200326112700018" && harvest.quantity == "1250.5"
                && harvest.unitOfMeasure == "kg")
        #expect(harvest.productDescription == "生猪 (01010000)")
        #expect(
            harvest.eventDateTimeUTC == "2026-11-27T00:00:00.000Z"
                && harvest.eventLocalTime == "2026-11-27T08:00:00+08:00")
        #expect(harvest.location == "龙泉驿生猪养殖场 (FARM-510112-003), area 510112")
        let received = rows[6]
        #expect(received.traceabilityLotCode == "51011200126112800071")
        #expect(received.tlcSourceLocation.hasPrefix("成都定点屠宰厂") && received.shipToLocation.hasPrefix("17号摊位"))
        #expect(received.referenceDocumentTypes == "shipment; meat-inspection; receiver lot code")
        #expect(received.referenceDocumentNumbers == "SH-0042; ZJ-2026-001; 51010401726112800035")
        #expect(rows[3].inputLots == "51011200326112700018 (1250.5 kg)")
        #expect(rows[4].eventDateTimeUTC == "2026-11-27T18:15:30.250Z")
    }

    @Test("the UTC column sorts as time even where local times at different offsets do not")
    func utcColumnSortsByTime() throws {
        var chain = Chain()
        let lot = try code("510112", "001", "261128", 7)
        // 21:00 at UTC-5 is 02:00Z on the 28th: later than 08:00 at UTC+8 (00:00Z), though it reads earlier.
        try chain.add(
            "SH-510112-001", "2026-11-28T08:00:00+08:00",
            ShipBody(shipment: "A", batch: lot, quantity: try kg("1"), to: "MKT-510104-001", documents: []))
        try chain.add(
            "SH-510112-001", "2026-11-27T21:00:00-05:00",
            ShipBody(shipment: "B", batch: lot, quantity: try kg("1"), to: "MKT-510104-001", documents: []))
        let rows = try chain.records.flatMap {
            try FSMA204Rows.rows(for: $0.record, id: $0.id, parties: SampleChain.parties)
        }
        #expect(rows.map(\.eventDateTimeUTC) == ["2026-11-28T00:00:00.000Z", "2026-11-28T02:00:00.000Z"])
        #expect(rows.map(\.eventLocalTime).sorted() != rows.map(\.eventLocalTime))
    }
}
