import Foundation
import Testing

/// `foodtrace export fsma204` on the demo city, read back with Python's csv module.
@Suite("foodtrace export fsma204")
struct FSMA204ExportTests {
    static let columns = [
        "Traceability Lot Code (TLC)", "TLC Source Location", "Product Description", "Quantity", "Unit of Measure",
        "Critical Tracking Event", "Event Date and Time (UTC)", "Event Local Time", "Location", "Ship-From Location",
        "Ship-To Location", "Reference Document Type", "Reference Document Number", "Input Traceability Lot Codes",
        "FoodTrace Record ID",
    ]

    /// Reads the CSV (UTF-8 with BOM, strict RFC 4180): the header, each row as "lot|event|record id",
    /// the row widths, whether the BOM is there and how many CRLF line ends there are.
    static let script = """
        import csv, json, sys
        raw = open(sys.argv[1], "rb").read()
        with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f, strict=True))
        print(json.dumps({"bom": raw[:3] == b"\\xef\\xbb\\xbf", "crlf": raw.count(b"\\r\\n"), "header": rows[0],
                          "rows": ["|".join((row[0], row[5], row[14])) for row in rows[1:]],
                          "widths": sorted({len(row) for row in rows})}, ensure_ascii=False))
        """

    /// Independently of the exporter, the rows the ledger's records call for (`export records` lines): a
    /// Harvesting row per produce, a Transformation row per transform output, a Shipping row per ship and a
    /// Receiving row (under the shipped lot's code) per accepted receive, each as "lot|event".
    static let expectedScript = """
        import json, sys
        rows = []
        for line in open(sys.argv[1], encoding="utf-8"):
            if not line.strip(): continue
            r = json.loads(line); b = r["body"]; kind = r["kind"]
            if kind == "produce": rows.append(b["batch"] + "|Harvesting")
            elif kind == "transform": rows += [o["batch"] + "|Transformation" for o in b["outputs"]]
            elif kind == "ship": rows.append(b["batch"] + "|Shipping")
            elif kind == "receive" and b["accepted"]: rows.append(b["batch"] + "|Receiving")
        print(json.dumps(rows))
        """

    static func read(_ csv: String, ledger: String) throws -> (summary: [String: Any], expected: [String]) {
        let read = try Python.run(script, [csv, ledger])
        try #require(read.status == 0, "\(read.stdout)")
        let expected = try Python.run(expectedScript, [ledger])
        try #require(expected.status == 0, "\(expected.stdout)")
        return (
            try jsonObject(read.stdout),
            try #require(try JSONSerialization.jsonObject(with: Data(expected.stdout.utf8)) as? [String])
        )
    }

    /// `lot|event` of each row, for comparing with the expected rows (record ids are checked separately).
    static func lotsAndEvents(_ rows: [String]) -> [String] {
        rows.map { $0.split(separator: "|").prefix(2).joined(separator: "|") }.sorted()
    }

    @Test("the whole city: BOM, header as documented, one row per critical tracking event")
    func wholeCity() throws {
        let city = try DemoCity.shared()
        let sandbox = try Sandbox()
        try sandbox.ok(["export", "fsma204", "--store", city.sandbox.file(city.store), "--out", "all.csv"])
        try sandbox.write("ledger.jsonl", try city.sandbox.ledger(city.store))
        let (summary, expected) = try Self.read(sandbox.file("all.csv"), ledger: sandbox.file("ledger.jsonl"))
        #expect(summary["bom"] as? Bool == true)
        #expect(summary["header"] as? [String] == Self.columns)
        #expect(summary["widths"] as? [Int] == [Self.columns.count])
        let rows = try #require(summary["rows"] as? [String])
        #expect(rows.count > 100)
        #expect(Self.lotsAndEvents(rows) == Self.lotsAndEvents(expected))
        #expect((summary["crlf"] as? Int ?? 0) >= rows.count + 1)
        #expect(rows.allSatisfy { $0.split(separator: "|").last?.hasPrefix("sha256:") == true })
    }

    @Test("--lot keeps exactly the rows of the lots traced from it, upstream and downstream")
    func oneLot() throws {
        let city = try DemoCity.shared()
        let sandbox = try Sandbox()
        try sandbox.write("ledger.jsonl", try city.sandbox.ledger(city.store))
        for lot in city.farmLots.prefix(2) {
            let csv = "lot-\(lot).csv"
            try sandbox.ok(["export", "fsma204", "--store", city.sandbox.file(city.store), "--lot", lot, "--out", csv])
            var traced: Set<String> = []
            for direction in ["up", "down"] {
                let answer = try city.sandbox.trace(direction, lot, store: city.store)
                for node in try #require(answer["nodes"] as? [[String: Any]]) {
                    traced.insert(try #require(node["code"] as? String))
                }
            }
            let (summary, expected) = try Self.read(sandbox.file(csv), ledger: sandbox.file("ledger.jsonl"))
            let rows = try #require(summary["rows"] as? [String])
            #expect(summary["header"] as? [String] == Self.columns)
            #expect(rows.contains { $0.hasPrefix(lot + "|Harvesting|") })
            #expect(rows.allSatisfy { traced.contains(String($0.prefix(20))) })
            let wanted = expected.filter { traced.contains(String($0.prefix(20))) }
            #expect(Self.lotsAndEvents(rows) == Self.lotsAndEvents(wanted))
            #expect(rows.count < expected.count)
        }
    }

    @Test("--since and --until keep the events dated in the window")
    func window() throws {
        let city = try DemoCity.shared()
        let sandbox = try Sandbox()
        try sandbox.ok([
            "export", "fsma204", "--store", city.sandbox.file(city.store), "--since", "2026-11-03", "--until",
            "2026-11-04",
            "--out", "window.csv",
        ])
        let script = """
            import csv, json, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                rows = list(csv.reader(f, strict=True))[1:]
            print(json.dumps(sorted(row[6] for row in rows)))
            """
        let result = try Python.run(script, [sandbox.file("window.csv")])
        let times = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String])
        #expect(!times.isEmpty)
        #expect(times.allSatisfy { $0 >= "2026-11-02T16:00:00.000Z" && $0 < "2026-11-03T16:00:00.000Z" }, "\(times)")
    }
}
