import Foundation
import Testing
import TraceModel

/// `foodtrace record` (build, sign, append one record) and `foodtrace sign` (sign records made elsewhere).
@Suite("record and sign")
struct RecordAndSignTests {
    /// A store with the farm registered: returns the workspace and the farm.
    private func storeWithFarm() throws -> (Workspace, CLIParty) {
        let workspace = try Workspace()
        try workspace.ok(["init"])
        let (farm, _) = try workspace.registerParty(
            "FARM-510112-003", name: "龙泉驿区生猪养殖场", role: "farm", area: "510112", node: "003",
            at: CLIChain.at(1))
        return (workspace, farm)
    }

    private let lot = CLIChain.code(area: "510112", node: "003", serial: 1)

    private var produceFields: [String] {
        [
            "batch=\(lot)", "product.code=01030101", "product.name=生猪", "product.category=live-pig",
            "quantity.value=10", "quantity.unit=head", "origin.area=510112", "origin.name=龙泉驿区",
        ]
    }

    @Test func registerAndProduceWithFields() throws {
        let (workspace, farm) = try storeWithFarm()
        let id = try workspace.record(
            "produce", key: farm.keyFile, at: CLIChain.at(2),
            fields: produceFields + ["expires:=\"2026-12-30T00:00:00+08:00\""])
        let shown = try workspace.ok(["show", id, "--format", "json"]).stdout
        let record = try Record.parse(Array(shown.utf8.dropLast()))
        #expect(record.kind == .produce && record.issuer == farm.id && record.seq == 1 && record.prev == nil)
        #expect(record.sig?.key == farm.keyID)
        guard case .produce(let body) = try record.decodedBody() else {
            Issue.record("not a produce body")
            return
        }
        #expect(body.quantity == Quantity(Amount(10), .head))
        #expect(body.expires?.text == "2026-12-30T00:00:00+08:00")
        #expect(body.product.name == "生猪")

        // The next record continues the chain: seq 2, prev = the first record.
        let second = try workspace.record(
            "produce", key: farm.keyFile, at: CLIChain.at(3),
            fields: produceFields.map {
                $0.hasPrefix("batch=") ? "batch=\(CLIChain.code(area: "510112", node: "003", serial: 2))" : $0
            })
        let secondRecord = try Record.parse(
            Array(try workspace.ok(["show", second, "--format", "json"]).stdout.utf8.dropLast()))
        #expect(secondRecord.seq == 2 && secondRecord.prev == id)
    }

    // Guards: a bad field is refused with its path, exit 2, and nothing is stored.
    @Test(arguments: [
        ("quantity.value=ten", "$.body.quantity.value"),
        ("quantity.unit=stone", "$.body.quantity.unit"),
        ("origin.area=5101", "$.body.origin.area"),
        ("colour=pink", "$.body.colour"),
    ])
    func badFieldIsRefusedWithItsPath(field: String, path: String) throws {
        let (workspace, farm) = try storeWithFarm()
        let before = try workspace.exported()
        let name = field.split(separator: "=")[0]
        let fields = produceFields.filter { !$0.hasPrefix(name + "=") } + [field]
        let result = try workspace.run(
            ["record", "produce", "--key", farm.keyFile, "--at", CLIChain.at(2)] + fields.flatMap { ["--field", $0] })
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains(path), "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(try workspace.exported() == before)
    }

    // Guards: `:=` takes JSON, and malformed JSON is a usage error naming the flag.
    @Test func malformedJSONFieldIsRefused() throws {
        let (workspace, farm) = try storeWithFarm()
        let result = try workspace.run(["record", "produce", "--key", farm.keyFile, "--field", "quantity:={\"value\":"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--field quantity:="))
    }

    // Guards: a record the store refuses (here: a lot code already used) is not appended.
    @Test func refusedRecordIsNotAppended() throws {
        let (workspace, farm) = try storeWithFarm()
        workspace.language = "en"  // the English messages are checked here
        try workspace.record("produce", key: farm.keyFile, at: CLIChain.at(2), fields: produceFields)
        let before = try workspace.exported()
        let result = try workspace.run(
            ["record", "produce", "--key", farm.keyFile, "--at", CLIChain.at(3)]
                + produceFields.flatMap { ["--field", $0] })
        #expect(result.status == 2)
        #expect(result.stderr.contains("field $.body.batch") && result.stderr.contains("already used"), "\(result)")
        #expect(try workspace.exported() == before)
    }

    @Test func signedRecordsFromElsewhereAreIngested() throws {
        let (workspace, farm) = try storeWithFarm()
        workspace.language = "en"  // the English messages are checked here
        let lots = (1...3).map { CLIChain.code(area: "510112", node: "003", serial: $0) }
        let unsigned =
            lots.enumerated().map { index, lot in
                #"{"kind":"produce","at":"\#(CLIChain.at(10 + index))","body":{"batch":"\#(lot)","product":{"code":"01030101","name":"生猪","category":"live-pig"},"quantity":{"value":"5","unit":"head"},"origin":{"area":"510112","name":"龙泉驿区"}}}"#
            }.joined(separator: "\n") + "\n"
        try workspace.write("unsigned.jsonl", unsigned)

        let signed = try workspace.ok(["sign", "--key", farm.keyFile, "unsigned.jsonl"]).stdout
        let lines = signed.split(separator: "\n")
        #expect(lines.count == 3)
        let records = try lines.map { try Record.parse(Array($0.utf8)) }
        #expect(records.map(\.seq) == [1, 2, 3])
        #expect(records.allSatisfy { $0.issuer == farm.id && $0.sig?.key == farm.keyID })
        #expect(records[1].prev != nil && records[2].prev != nil)

        try workspace.write("signed.jsonl", signed)
        let ingested = try workspace.ok(["ingest", "signed.jsonl"])
        #expect(ingested.stdout.contains("signed.jsonl: 3 accepted, 0 already present, 0 rejected"))

        // Signing from standard input gives the same chain continuation from the store.
        let more =
            #"{"kind":"produce","at":"\#(CLIChain.at(20))","body":{"batch":"\#(CLIChain.code(area: "510112", node: "003", serial: 9))","product":{"code":"01030101","name":"生猪","category":"live-pig"},"quantity":{"value":"5","unit":"head"},"origin":{"area":"510112","name":"龙泉驿区"}}}"#
        let fromStdin = try workspace.ok(["sign", "--key", farm.keyFile], stdin: more + "\n").stdout
        let fourth = try Record.parse(Array(fromStdin.utf8.dropLast()))
        #expect(fourth.seq == 4)
    }

    // Guards: `sign` refuses to sign for another party than the key's.
    @Test func signRefusesAnotherIssuer() throws {
        let (workspace, farm) = try storeWithFarm()
        try workspace.write(
            "unsigned.jsonl",
            #"{"kind":"produce","issuer":"SH-510113-001","at":"2026-11-28T06:00:00+08:00","body":{}}"# + "\n")
        let result = try workspace.run(["sign", "--key", farm.keyFile, "unsigned.jsonl"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unsigned.jsonl:1") && result.stderr.contains("$.issuer"))
    }
}
