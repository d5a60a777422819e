import Foundation
import Testing
import TraceModel

/// Private keys stay private: written 0600, refused when group or others may read or write them, and
/// never printed — not in output, not in errors, not in the most detailed log.
@Suite("private keys stay private")
struct KeyFileSecrecyTests {
    /// Guards KeyFile's exclusive create with mode 0600 and its refusal of a key file group or others
    /// may read or write (checked on the open descriptor before a byte is read), through the CLI.
    @Test("key files are 0600 and refused when group or others may read or write them")
    func permissions() throws {
        let workspace = try CLIWorkspace("key-modes")
        #expect(try workspace.mode(CLIWorkspace.regulatorKey) == 0o600)
        try workspace.ok(["keys", "new", "--party", "FARM-510112-003", "--out", "farm.key"])
        #expect(try workspace.mode("farm.key") == 0o600)
        let before = try workspace.probe
        let register = [
            "record", "register", "--key", CLIWorkspace.regulatorKey, "--at", "2026-11-28T06:00:00+08:00",
            "--field", "party=FARM-510112-009", "--field", "name=测试", "--field", "role=farm", "--field", "area=510112",
            "--field", "node=009", "--field", #"keys:=[{"id":"k-0000000000000000","alg":"ed25519","spki":"AA=="}]"#,
        ]
        for mode in [0o640, 0o604, 0o660, 0o644, 0o620, 0o602, 0o606, 0o666] {
            try workspace.chmod(CLIWorkspace.regulatorKey, mode)
            let result = try workspace.run(register)
            #expect(
                result.status == 2 && result.stderr.contains("chmod 600"),
                "mode 0\(String(mode, radix: 8)): \(result)")
            #expect(try workspace.probe == before)
        }
        try workspace.chmod(CLIWorkspace.regulatorKey, 0o600)
        let refusedKey = try workspace.run(register)
        // With the mode fixed the key is read; this register is then refused for its made-up key, not for the file.
        #expect(!refusedKey.stderr.contains("chmod 600"), "\(refusedKey)")
        // A new key file never replaces an existing one.
        let again = try workspace.run(["keys", "new", "--party", "FARM-510112-003", "--out", "farm.key"])
        #expect(again.status == 2 && again.stderr.contains("already exists"), "\(again)")
    }

    /// Guards that no code path prints key material: the key file reader's errors do not echo file
    /// contents, the logger is never handed a key, and commands print public keys only.
    @Test("no private key material in any output or log, FOODTRACE_LOG=trace")
    func noSecretsInOutput() throws {
        let workspace = try CLIWorkspace("secrets", environment: ["FOODTRACE_LOG": "trace"])
        let farmKey = try workspace.register("FARM-510112-003", role: "farm")
        try workspace.ok([
            "record", "produce", "--key", farmKey, "--at", "2026-11-28T07:00:00+08:00",
            "--field", "batch=\(TraceCode(area: "510112", node: "003", date: "261128", serial: 1)!.digits)", "--field",
            "product.code=01030101", "--field", "product.name=生猪",
            "--field", "product.category=live-pig", "--field", "quantity.value=10", "--field", "quantity.unit=head",
            "--field", "origin.area=510112", "--field", "origin.name=龙泉驿区",
        ])
        let export = try workspace.ok(["export", "records"]).stdout
        try workspace.ok(["verify"])
        try workspace.ok(["log"])
        try workspace.ok(["keys", "show", farmKey])
        try workspace.ok(["keys", "show", CLIWorkspace.regulatorKey, "--format", "json"])
        try workspace.ok(["trust", "export", "--key", CLIWorkspace.regulatorKey, "--out", "bundle.json"])
        // Re-signing the export: the signer reads the key and prints records only.
        try workspace.run(["sign", "--key", farmKey], stdin: Array(export.utf8))
        // Error paths that hold a key: a damaged key file, a key of another party, a wrong algorithm line.
        let keyText = String(
            decoding: try Data(contentsOf: URL(fileURLWithPath: workspace.directory.file(farmKey))), as: UTF8.self)
        let body = Self.pemBody(keyText)
        try #require(!body.isEmpty)
        var damaged = keyText.replacingOccurrences(of: String(body.suffix(8)), with: "!!!!!!!!")
        try workspace.directory.write("damaged.key", Array(damaged.utf8))
        try workspace.chmod("damaged.key", 0o600)
        #expect(try workspace.run(["record", "produce", "--key", "damaged.key", "--field", "batch=1"]).status == 2)
        damaged = keyText.replacingOccurrences(of: "FoodTrace-Algorithm: ed25519", with: "FoodTrace-Algorithm: sm2-sm3")
        try workspace.directory.write("mislabelled.key", Array(damaged.utf8))
        try workspace.chmod("mislabelled.key", 0o600)
        #expect(try workspace.run(["keys", "show", "mislabelled.key"]).status == 2)
        try workspace.directory.write("wide.key", Array(keyText.utf8))
        try workspace.chmod("wide.key", 0o644)
        #expect(try workspace.run(["record", "produce", "--key", "wide.key", "--field", "batch=1"]).status == 2)
        try workspace.run(["record", "produce", "--key", CLIWorkspace.regulatorKey, "--field", "batch=1"])

        let secrets = try [farmKey, CLIWorkspace.regulatorKey].flatMap { name in
            Self.secretForms(
                String(
                    decoding: try Data(contentsOf: URL(fileURLWithPath: workspace.directory.file(name))), as: UTF8.self)
            )
        }
        let everything = workspace.outputs.joined(separator: "\n")
        #expect(
            [" trace ", " debug ", " info "].contains { everything.contains($0) },
            "FOODTRACE_LOG=trace produced no log lines: the scan would prove nothing")
        for secret in secrets {
            #expect(!everything.contains(secret), "private key material (\(secret.prefix(6))…) appears in the output")
        }
    }

    /// The base64 body of the PEM block in a key file.
    static func pemBody(_ text: String) -> String {
        let lines = text.split(separator: "\n").map(String.init)
        guard let begin = lines.firstIndex(where: { $0.hasPrefix("-----BEGIN") }),
            let end = lines.firstIndex(where: { $0.hasPrefix("-----END") }), end > begin
        else { return "" }
        return lines[(begin + 1)..<end].joined()
    }

    /// The ways a private key could leak: its PEM body, each line of it, and the 32 secret bytes at the
    /// end of the PKCS#8 structure in hex, base64 and base64url.
    static func secretForms(_ keyText: String) -> [String] {
        let body = pemBody(keyText)
        guard let der = Data(base64Encoded: body), der.count >= 32 else { return [body] }
        let secret = der.suffix(32)
        let base64 = secret.base64EncodedString()
        let base64url = base64.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return [
            body, Data(secret).map { String(format: "%02x", $0) }.joined(), String(base64.dropLast(2)),
            String(base64url.dropLast(2)),
        ]
            + keyText.split(separator: "\n").filter { !$0.hasPrefix("-----") && !$0.hasPrefix("FoodTrace-") }.map(
                String.init)
    }
}
