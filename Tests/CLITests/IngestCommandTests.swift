import Foundation
import Testing
import TraceModel

/// `foodtrace ingest`, `export records` and the tampering "Done when" of the issue, end to end.
@Suite("ingest and export")
struct IngestCommandTests {
    /// A workspace with the chain, its export in `export.jsonl`, and a second store `second.sqlite`
    /// trusting the same regulator public key (and nothing else).
    private func chainAndSecondStore() throws -> (Workspace, CLIChain, [String]) {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.ok(["export", "records", "--out", "export.jsonl"])
        try workspace.ok(["init", "--store", "second.sqlite", "--regulator-key", CLIChain.regulatorPublicKey])
        let lines = try workspace.read("export.jsonl").split(separator: "\n").map(String.init)
        return (workspace, chain, lines)
    }

    @Test func exportIngestsIntoAStoreWithTheSameAnchorThenVerifies() throws {
        let (workspace, chain, lines) = try chainAndSecondStore()
        workspace.language = "en"  // the English messages are checked here
        #expect(lines.count == chain.ids.count)
        #expect(try lines.map { try Record.parse(Array($0.utf8)).kind.rawValue }.first == "register")

        let first = try workspace.ok(["ingest", "export.jsonl", "--store", "second.sqlite"])
        #expect(first.stdout.contains("export.jsonl: 13 accepted, 0 already present, 0 rejected"))
        let verified = try workspace.ok(["verify", "--store", "second.sqlite"])
        #expect(verified.stdout.contains("verified 13 records: all signatures, chains and references hold"))
        #expect(try workspace.exported(store: "second.sqlite") == workspace.exported())

        // Guards idempotence: the same file again adds nothing.
        let again = try workspace.ok(["ingest", "export.jsonl", "--store", "second.sqlite"])
        #expect(again.stdout.contains("0 accepted, 13 already present, 0 rejected"))
        #expect(try workspace.exported(store: "second.sqlite") == workspace.exported())
    }

    /// Where in an exported line to change one byte, and what the refusal then says.
    enum Tamper: String, CaseIterable, CustomTestStringConvertible {
        case body, seq, prev, issuer, sig
        var testDescription: String { "one byte of \(rawValue)" }

        /// The byte offset to change in the farm's `ship` line (its seq 2), and the byte to put there.
        func edit(_ line: String) -> (offset: Int, byte: UInt8) {
            let bytes = Array(line.utf8)
            /// The offset `plus` bytes after the first (or last) occurrence of `marker`.
            func offset(after marker: String, plus: Int = 0, last: Bool = false) -> Int {
                let range = line.range(of: marker, options: last ? .backwards : [])!
                return line.utf8.distance(from: line.startIndex, to: range.upperBound) + plus
            }
            /// `a`, unless the byte there is already `a`, then `b`.
            func other(_ at: Int, _ a: Character, _ b: Character) -> (Int, UInt8) {
                (at, bytes[at] == a.asciiValue! ? b.asciiValue! : a.asciiValue!)
            }
            switch self {
            case .body: return other(offset(after: #""shipment":"F-2026-00"#), "2", "3")
            case .seq: return other(offset(after: #""seq":"#), "3", "4")
            case .prev: return other(offset(after: #""prev":"sha256:"#, plus: 10), "0", "1")
            case .issuer: return other(offset(after: #""issuer":"FARM-510112-00"#), "4", "5")
            case .sig: return other(offset(after: #""value":""#, plus: 20, last: true), "A", "B")
            }
        }

        var reason: String {
            switch self {
            case .body, .seq, .prev, .sig: return "signature does not verify"
            case .issuer: return "belongs to party FARM-510112-003, not to the issuer FARM-510112-004"
            }
        }
    }

    // Guards: the issue's "Done when": a record altered in one byte is refused with exit 2, the message names
    // the line and the reason, and the receiving store is unchanged.
    @Test(arguments: Tamper.allCases)
    func tamperedExportIsRefused(_ tamper: Tamper) throws {
        let (workspace, chain, lines) = try chainAndSecondStore()
        workspace.language = "en"  // the English messages are checked here
        let index = try #require(lines.firstIndex { $0.contains(#""kind":"ship""#) && $0.contains(chain.farm.id) })
        #expect(index == 7)
        var bytes = Array(lines[index].utf8)
        let (offset, replacement) = tamper.edit(lines[index])
        #expect(bytes[offset] != replacement)
        bytes[offset] = replacement
        var altered = lines
        altered[index] = String(decoding: bytes, as: UTF8.self)
        try workspace.write("tampered.jsonl", altered.joined(separator: "\n") + "\n")

        let before = try workspace.exported(store: "second.sqlite")
        let result = try workspace.run(["ingest", "tampered.jsonl", "--store", "second.sqlite"])
        #expect(result.status == 2, "\(result)")
        let line = index + 1
        let message = try #require(
            result.stderr.split(separator: "\n").first { $0.contains("tampered.jsonl: line \(line):") }, "\(result)")
        #expect(message.contains(tamper.reason), "\(message)")
        #expect(message.contains("record sha256:"), "the message names the record id")
        #expect(result.stdout.contains("nothing was stored"))
        #expect(try workspace.exported(store: "second.sqlite") == before)
        #expect(before.isEmpty)
    }

    // Guards: an input error names file, line, record id, field and reason; nothing is stored; `--partial`
    // keeps the valid records; a re-ingest reports them as already present.
    @Test func badLineIsReportedAndPartialKeepsTheRest() throws {
        let (workspace, chain, lines) = try chainAndSecondStore()
        workspace.language = "en"  // the English messages are checked here
        // The registrations, then the farm's produce with a broken signature, then a record depending on it.
        let registrations = Array(lines.prefix(5))
        let produce = lines[5]
        var broken = Array(produce.utf8)
        let signature = produce.range(of: #""value":""#, options: .backwards)!
        let at = produce.utf8.distance(from: produce.startIndex, to: signature.upperBound) + 5
        broken[at] = broken[at] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        try workspace.write(
            "bad.jsonl",
            (registrations + [String(decoding: broken, as: UTF8.self), lines[6]]).joined(separator: "\n") + "\n")

        let atomic = try workspace.run(["ingest", "bad.jsonl", "--store", "second.sqlite"])
        #expect(atomic.status == 2)
        let message = try #require(
            atomic.stderr.split(separator: "\n").first { $0.contains("bad.jsonl: line 6:") }, "\(atomic)")
        #expect(message.contains("record \(chain.ids[5])"))
        #expect(message.contains("field $.sig.value"))
        #expect(message.contains("signature does not verify for key \(chain.farm.keyID) of party \(chain.farm.id)"))
        #expect(atomic.stderr.contains("bad.jsonl: line 7:"), "the certificate of the refused lot is refused too")
        #expect(atomic.stdout.contains("0 accepted, 0 already present, 2 rejected; nothing was stored"))
        #expect(try workspace.exported(store: "second.sqlite").isEmpty)

        let partial = try workspace.run(["ingest", "bad.jsonl", "--partial", "--store", "second.sqlite"])
        #expect(partial.status == 2, "refusals still exit 2 with --partial")
        #expect(partial.stdout.contains("5 accepted, 0 already present, 2 rejected"))
        #expect(!partial.stdout.contains("nothing was stored"))
        let kept = try workspace.exported(store: "second.sqlite")
        #expect(kept == registrations.joined(separator: "\n") + "\n")

        let again = try workspace.run(["ingest", "bad.jsonl", "--partial", "--store", "second.sqlite"])
        #expect(again.stdout.contains("0 accepted, 5 already present, 2 rejected"))
        #expect(try workspace.exported(store: "second.sqlite") == kept)
    }

    // Guards: unreadable input is refused with the line and the JSON problem, before anything is stored.
    @Test func malformedLineIsReportedWithItsPosition() throws {
        let (workspace, _, lines) = try chainAndSecondStore()
        workspace.language = "en"  // the English messages are checked here
        try workspace.write("broken.jsonl", lines[0] + "\n" + #"{"v":1,"kind":"produce","# + "\n")
        let result = try workspace.run(["ingest", "broken.jsonl", "--store", "second.sqlite"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.jsonl: line 2:"), "\(result)")
        #expect(try workspace.exported(store: "second.sqlite").isEmpty)
    }

    @Test func ingestFromStandardInput() throws {
        let (workspace, _, lines) = try chainAndSecondStore()
        let result = try workspace.ok(
            ["ingest", "-", "--store", "second.sqlite", "--format", "json"],
            stdin: lines.prefix(3).joined(separator: "\n") + "\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["accepted"] as? Int == 3)
        #expect(json["committed"] as? Bool == true)
        #expect(json["source"] as? String == "stdin")
    }
}
