import Foundation
import Testing
import TraceModel
import TraceSlips

/// Malformed and altered slip payloads through `foodtrace slip verify`: exit 1 with `NOT GENUINE:` and
/// the reason, never a crash, a hang or exit 0. The corpus's payloads (table "slip verify") go through
/// the CLI; every single-character change and every cut of a genuine payload goes through the verifier
/// in-process, and a sample of them through the CLI too.
///
/// Guards the payload reader (prefix, base45, container, the inflate limit against decompression bombs,
/// field checks, the one canonical encoding), the id check bytes and the signature check.
@Suite("bad slip payloads are refused cleanly")
struct BadSlipPayloadTests {
    @Test("each payload of the corpus, and a genuine payload altered and cut: exit 1 with a reason")
    func slipCorpus() throws {
        let city = try DemoCity.get()
        let cases = BadInputCase.table("slip verify")
        try #require(cases.count >= 10, "the corpus README lists \(cases.count) slip cases")
        let directory = try TemporaryDirectory("bad-slips")
        try StoreFiles.copy(city.storePath, to: directory.file("store.sqlite"))
        let export = try FoodtraceCLI.run(
            [
                "trust", "export", "--store", "store.sqlite", "--key", city.keyDirectory + "/\(city.regulatorID).key",
                "--out", "bundle.json",
            ],
            in: directory.path)
        try #require(export.status == 0, "trust export: \(export)")
        guard case .sell(let sale) = try city.records[try city.sample(.sell)].decodedBody() else {
            throw FixtureError("not a sale")
        }
        let printed = try FoodtraceCLI.run(
            ["slip", "print", sale.slip.digits, "--format", "payload", "--store", "store.sqlite"], in: directory.path)
        try #require(printed.status == 0, "slip print: \(printed)")
        let genuine = printed.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let control = try FoodtraceCLI.run(["slip", "verify", genuine, "--bundle", "bundle.json"], in: directory.path)
        try #require(control.status == 0, "the genuine payload: \(control)")

        var tried = 0
        var clean = 0
        func check(_ name: String, _ payload: [UInt8], phrase: String?) throws {
            tried += 1
            let result = try FoodtraceCLI.run(
                ["slip", "verify", "-", "--bundle", "bundle.json"], in: directory.path, stdin: payload)
            var problems: [String] = []
            if result.signalled || result.status != 1 {
                problems.append("exit \(result.status)\(result.signalled ? " (signal)" : ""), not 1")
            }
            if !result.stderr.contains("NOT GENUINE:") { problems.append("no NOT GENUINE verdict") }
            if let phrase, !result.stderr.contains(phrase) { problems.append("no \"\(phrase)\"") }
            if problems.isEmpty {
                clean += 1
            } else {
                Issue.record(
                    Comment(rawValue: "\(name): \(problems.joined(separator: "; "))\n\(result.output.prefix(400))"))
            }
        }
        for entry in cases { try check(entry.file, try entry.bytes(), phrase: entry.phrase) }

        // In-process: every character of the genuine payload changed, every cut: never genuine.
        let bundle = try TrustBundle.load(
            bytes: Array(try Data(contentsOf: URL(fileURLWithPath: directory.file("bundle.json")))), pinnedAnchor: nil)
        let characters = Array(genuine)
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
        var variants: [(String, String)] = []
        for position in characters.indices {
            var copy = characters
            copy[position] = alphabet[((alphabet.firstIndex(of: copy[position]) ?? 0) + 1) % alphabet.count]
            variants.append(("character \(position) changed", String(copy)))
        }
        for length in 0..<characters.count {
            variants.append(("cut to \(length) characters", String(characters.prefix(length))))
        }
        var accepted: [String] = []
        for (name, payload) in variants {
            if case .genuine = SlipVerifier.verify(payload: payload, bundle: bundle) { accepted.append(name) }
        }
        #expect(accepted.isEmpty, "altered payloads verified as genuine: \(accepted)")
        for (name, payload) in variants.enumerated().filter({ $0.offset % 61 == 0 }).map(\.element) {
            try check("genuine payload, \(name)", Array(payload.utf8), phrase: nil)
        }
        Figures.report("bad-input surface=slip-verify", ["cases": tried, "rejected_cleanly": clean])
        Figures.report(
            "bad-input surface=slip-verify-in-process",
            ["cases": variants.count, "rejected_cleanly": variants.count - accepted.count])
    }
}
