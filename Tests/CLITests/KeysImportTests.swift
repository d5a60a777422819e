import Foundation
import Testing

/// Keys made with standard tools, through the real binaries: `openssl genpkey` makes an Ed25519 or SM2 PKCS#8 key,
/// `foodtrace keys import` turns it into a key file (refusing a file others may read), the key signs a record that
/// the store accepts, and `openssl pkeyutl` verifies that record's signature over the bytes `show --signed-bytes`
/// prints — the recipe the README gives, with the SM2 distinguishing ID FoodTrace uses.
@Suite("keys made with openssl")
struct KeysImportTests {
    static let openssl = "/usr/bin/openssl"

    /// Runs `script` with `/bin/sh` in the workspace (`$0` is the foodtrace binary); exit status and output.
    static func shell(_ script: String, in workspace: Workspace) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, try FoodtraceBinary.url().path]
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.path)
        var environment = ProcessInfo.processInfo.environment
        environment["FOODTRACE_STORE"] = nil
        environment["FOODTRACE_NOW"] = Workspace.defaultNow
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test(arguments: [("ed25519", "ed25519", ""), ("SM2", "sm2-sm3", " -digest sm3 -pkeyopt distid:1234567812345678")])
    func anOpenSSLKeyImportsSignsAndVerifiesWithOpenSSL(algorithm: String, alg: String, verifyOptions: String) throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        try workspace.ok(["init"])
        let made = try Self.shell("\(Self.openssl) genpkey -algorithm \(algorithm) -out farm.pem", in: workspace)
        try #require(made.status == 0, "\(made.output)")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: workspace.file("farm.pem"))

        // Used as it is, the key is named for what it is (before: "does not hold a usable public key").
        let direct = try workspace.run(
            ["record", "produce", "--key", "farm.pem", "--at", CLIChain.at(1), "--field", "batch=x"])
        #expect(direct.status == 2, "\(direct)")
        #expect(direct.stderr.contains("chmod 600 farm.pem") || direct.stderr.contains("keys import"), "\(direct)")
        let refused = try workspace.run([
            "keys", "import", "--party", "FARM-510112-003", "farm.pem", "--out", "farm.key",
        ])
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderr.contains("readable or writable by group or others (mode 0644)"), "\(refused)")
        #expect(refused.stderr.contains("chmod 600 farm.pem"), "\(refused)")
        #expect(!workspace.exists("farm.key") && !workspace.exists("farm.key.pub.pem"))

        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: workspace.file("farm.pem"))
        let headerless = try workspace.run(
            ["record", "produce", "--key", "farm.pem", "--at", CLIChain.at(1), "--field", "batch=x"])
        #expect(headerless.status == 2, "\(headerless)")
        #expect(
            headerless.stderr.contains("is a PEM private key without the FoodTrace-Party: header")
                && headerless.stderr.contains("foodtrace keys import --party ID farm.pem --out KEY"), "\(headerless)")
        let shown = try workspace.ok(["keys", "show", "farm.pem"]).stdout
        #expect(shown.contains("(\(alg))") && !shown.contains("PRIVATE"), "\(shown)")

        let imported = try workspace.ok(
            ["keys", "import", "--party", "FARM-510112-003", "farm.pem", "--out", "farm.key", "--format", "json"]
        ).stdout
        let json = try #require(try JSONSerialization.jsonObject(with: Data(imported.utf8)) as? [String: Any])
        #expect(json["alg"] as? String == alg, "\(imported)")
        #expect(try workspace.mode("farm.key") == 0o600)
        #expect(workspace.exists("farm.key.pub.pem"))
        #expect(
            try workspace.ok(["keys", "show", "farm.key"]).stdout
                == shown.replacingOccurrences(of: "key:", with: "party: FARM-510112-003\nkey:"))

        let keys = #"[{"id":"\#(json["id"]!)","alg":"\#(alg)","spki":"\#(json["spki"]!)"}]"#
        try workspace.record(
            "register", key: CLIChain.regulatorKey, at: CLIChain.at(1),
            fields: [
                "party=FARM-510112-003", "name=龙泉驿区生猪养殖场", "role=farm", "area=510112", "node=003", "keys:=\(keys)",
            ])
        let produced = try workspace.record(
            "produce", key: "farm.key", at: CLIChain.at(2),
            fields: [
                "batch=\(CLIChain.code(area: "510112", node: "003", serial: 1))", "product.code=01030101",
                "product.name=生猪", "product.category=live-pig", "quantity.value=10", "quantity.unit=head",
                "origin.area=510112", "origin.name=龙泉驿区",
            ])
        #expect(try workspace.ok(["verify"]).stdout.contains("verified 2 records"))

        // The README's recipe: the signed bytes and the signature from `show`, checked by openssl alone.
        let verify =
            "\(Self.openssl) pkeyutl -verify -pubin -inkey farm.key.pub.pem -rawin -in msg.bin -sigfile sig.bin"
            + verifyOptions
        let checked = try Self.shell(
            """
            "$0" show \(produced) --signed-bytes > msg.bin && "$0" show \(produced) --signature > sig.bin && \(verify)
            """, in: workspace)
        #expect(checked.status == 0 && checked.output.contains("Signature Verified Successfully"), "\(checked.output)")
        #expect(try workspace.bytes("msg.bin").first == UInt8(ascii: "{"))
        // A changed byte fails: openssl checked the signature over exactly these bytes.
        var changed = try workspace.bytes("msg.bin")
        changed[changed.count / 2] ^= 0x01
        try workspace.write("msg.bin", changed)
        let forged = try Self.shell(verify, in: workspace)
        #expect(forged.status != 0 && forged.output.contains("Signature Verification Failure"), "\(forged.output)")
    }

    @Test func importRefusesWhatIsNotAPrivatePKCS8Key() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        try #require(try Self.shell("\(Self.openssl) genpkey -algorithm ed25519 -out k.pem", in: workspace).status == 0)
        try #require(
            try Self.shell(
                "\(Self.openssl) pkey -in k.pem -pubout -out pub.pem && \(Self.openssl) pkey -in k.pem -outform DER -out k.der"
                    + " && \(Self.openssl) pkey -in k.pem -aes256 -passout pass:x -out enc.pem && chmod 600 pub.pem k.der enc.pem",
                in: workspace
            ).status == 0)
        let cases = [
            ("pub.pem", "holds a public key"), ("k.der", "is not PEM"), ("enc.pem", "the private key is encrypted"),
            ("missing.pem", "does not exist"),
        ]
        for (file, says) in cases {
            let refused = try workspace.run(["keys", "import", "--party", "FARM-1", file, "--out", "out.key"])
            #expect(refused.status == 2 && refused.stderr.contains(says), "\(file): \(refused)")
            #expect(!workspace.exists("out.key"))
        }
        try workspace.ok(["keys", "import", "--party", "FARM-1", "k.pem", "--out", "out.key"])
        let again = try workspace.run(["keys", "import", "--party", "FARM-1", "out.key", "--out", "other.key"])
        #expect(again.status == 2 && again.stderr.contains("is a FoodTrace key file already"), "\(again)")
    }
}
