import Foundation
import Testing

/// `trust export` and `slip verify` through the real binary: a bundle carries its issue and expiry times, `slip
/// verify` says how old it is and refuses it once expired; the regulator anchor is pinned by the full SHA-256 of
/// its key, never by the short key id; a slip's payload has exactly one text.
@Suite("trust bundles: expiry, pinning, one payload text")
struct TrustBundleCommandTests {
    /// The chain, its slip's payload and a bundle exported at ``Workspace/defaultNow`` (2026-11-28T12:00 +08:00).
    static func setUp(validFor: String? = nil) throws -> (Workspace, CLIChain, String) {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let chain = try workspace.makeChain()
        let exported = try workspace.ok(
            ["trust", "export", "--key", CLIChain.regulatorKey, "--out", "bundle.json"]
                + (validFor.map { ["--valid-for", $0] } ?? []))
        #expect(exported.stdout.contains("pin with: slip verify --anchor sha256:"), "\(exported)")
        let payload = try workspace.ok(["slip", chain.slip.digits, "--format", "payload"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return (workspace, chain, payload)
    }

    @Test func slipVerifySaysHowOldTheBundleIsAndRefusesAnExpiredOne() throws {
        let (workspace, _, payload) = try Self.setUp()
        let bundle = try workspace.read("bundle.json")
        #expect(bundle.contains(#""expiresAt":"2026-12-05T12:00:00+08:00""#), "7 days by default")
        #expect(bundle.contains(#""issuedAt":"2026-11-28T12:00:00+08:00""#))

        let fresh = try workspace.run(
            ["slip", "verify", payload, "--bundle", "bundle.json"], now: "2026-11-30T15:30:00+08:00")
        #expect(fresh.status == 0, "\(fresh)")
        #expect(
            fresh.stdout.contains(
                "bundle  issued 2026-11-28T12:00:00+08:00 (2 days 3 hours ago), valid until 2026-12-05T12:00:00+08:00"),
            "\(fresh)")
        let json = try workspace.ok(
            ["slip", "verify", payload, "--bundle", "bundle.json", "--format", "json"],
            now: "2026-11-28T13:00:00+08:00")
        #expect(json.stdout.contains(#""bundleAgeSeconds" : 3600"#), "\(json)")

        let lastMinute = try workspace.run(
            ["slip", "verify", payload, "--bundle", "bundle.json"], now: "2026-12-05T11:59:59+08:00")
        #expect(lastMinute.status == 0, "\(lastMinute)")
        for late in ["2026-12-05T12:00:00+08:00", "2027-03-01T08:00:00+08:00"] {
            let expired = try workspace.run(["slip", "verify", payload, "--bundle", "bundle.json"], now: late)
            #expect(expired.status == 2, "\(expired)")
            #expect(
                expired.stderr.contains("bundle.json: trust bundle refused: it expired at 2026-12-05T12:00:00+08:00")
                    && expired.stderr.contains("get a fresh one (foodtrace trust export)"), "\(expired)")
            #expect(expired.stdout.isEmpty, "no verdict on the slip from an expired bundle: \(expired)")
        }
        let early = try workspace.run(
            ["slip", "verify", payload, "--bundle", "bundle.json"], now: "2026-11-28T11:50:00+08:00")
        #expect(early.status == 2 && early.stderr.contains("check the clock"), "\(early)")
    }

    @Test func validForSetsTheExpiryWithinAYear() throws {
        let (workspace, _, _) = try Self.setUp(validFor: "36h")
        workspace.language = "en"  // the English messages are checked here
        #expect(try workspace.read("bundle.json").contains(#""expiresAt":"2026-11-30T00:00:00+08:00""#))
        for bad in ["400d", "0d", "7", "1w", "-1d"] {
            let refused = try workspace.run(
                ["trust", "export", "--key", CLIChain.regulatorKey, "--out", "other.json", "--valid-for=\(bad)"])
            #expect(
                refused.status == 2 && refused.stderr.contains("--valid-for \(bad): give days or hours"), "\(refused)")
            #expect(!workspace.exists("other.json"))
        }
    }

    @Test func theAnchorIsPinnedByItsFullSHA256() throws {
        let (workspace, _, payload) = try Self.setUp()
        let shown = try workspace.ok(["keys", "show", CLIChain.regulatorPublicKey]).stdout
        let line = try #require(shown.split(separator: "\n").first { $0.hasPrefix("sha256: ") }, "\(shown)")
        let hex = String(line.dropFirst(8).prefix(64))
        let keyID = try #require(shown.split(separator: "\n").first { $0.hasPrefix("key:") }?.split(separator: " ")[1])
        #expect(hex.count == 64 && hex.allSatisfy(\.isHexDigit), "\(shown)")

        for pin in ["sha256:" + hex, hex] {
            let pinned = try workspace.run(["slip", "verify", payload, "--bundle", "bundle.json", "--anchor", pin])
            #expect(pinned.status == 0, "\(pin): \(pinned)")
        }
        // The short id names the key; it no longer pins it (64 bits can be matched by a key made for the purpose).
        let short = try workspace.run(["slip", "verify", payload, "--bundle", "bundle.json", "--anchor", String(keyID)])
        #expect(short.status == 2, "\(short)")
        #expect(short.stderr.contains("pin the regulator key by its full SHA-256"), "\(short)")
        // One hex digit off: another key.
        let last = hex.last == "0" ? "1" : "0"
        let other = "sha256:" + hex.dropLast() + last
        let wrong = try workspace.run(["slip", "verify", payload, "--bundle", "bundle.json", "--anchor", other])
        #expect(wrong.status == 2 && wrong.stderr.contains("not by the pinned anchor \(other)"), "\(wrong)")
    }

    /// The slip's fields in the other container (zlib-compressed at levels 0, 1, 6 and 9 with the header the reader
    /// asks for, where the plain form is the shorter one), decode to the same signed record; only the text `slip`
    /// prints is accepted.
    @Test func aSlipHasExactlyOnePayloadText() throws {
        let (workspace, _, payload) = try Self.setUp()
        let script = """
            import sys, zlib
            A = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
            def dec(s):
                out = bytearray()
                for i in range(0, len(s), 3):
                    c = [A.index(x) for x in s[i:i+3]]
                    n = sum(v * 45 ** k for k, v in enumerate(c))
                    out += n.to_bytes(2 if len(c) == 3 else 1, "big")
                return bytes(out)
            def enc(b):
                s = ""
                for i in range(0, len(b), 2):
                    n = int.from_bytes(b[i:i+2], "big")
                    d = 3 if i + 1 < len(b) else 2
                    s += "".join(A[n // 45 ** k % 45] for k in range(d))
                return s
            c = dec(sys.argv[1][4:])
            fields = c[1:] if c[0] == 0 else zlib.decompress(c[1:])
            if c[0] == 1:
                print("FT1:" + enc(b"\\x00" + fields))
            for level in (0, 1, 6, 9):
                other = "FT1:" + enc(b"\\x01\\x78\\xda" + zlib.compress(fields, level)[2:])
                if other != sys.argv[1]:
                    print(other)
            """
        try workspace.write("alternates.py", script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [workspace.file("alternates.py"), payload]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let alternates = output.split(separator: "\n").map(String.init)
        #expect(alternates.count == 4 && !alternates.contains(payload), "\(output)")
        try #require(!alternates.isEmpty)
        for alternate in alternates {
            let refused = try workspace.run(["slip", "verify", alternate, "--bundle", "bundle.json"])
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.stderr.contains("NOT GENUINE: malformed slip payload"), "\(refused)")
            #expect(refused.stderr.contains("container"), "\(refused)")
        }
        #expect(try workspace.run(["slip", "verify", payload, "--bundle", "bundle.json"]).status == 0)
    }
}
