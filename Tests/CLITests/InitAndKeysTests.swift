import Foundation
import Testing

/// `foodtrace init` and `foodtrace keys`: stores and key files are created once, private keys stay private.
@Suite("init and keys")
struct InitAndKeysTests {
    @Test func initCreatesAStoreAndAPrivateRegulatorKey() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let result = try workspace.ok(["init"])
        #expect(result.stdout.contains("created store foodtrace.sqlite trusting REG-LOCAL key k-"))
        #expect(workspace.exists("foodtrace.sqlite"))
        #expect(try workspace.mode(CLIChain.regulatorKey) == 0o600)
        #expect(workspace.exists(CLIChain.regulatorPublicKey))
        #expect(!result.stdout.contains("PRIVATE KEY") && !result.stderr.contains("PRIVATE KEY"))
    }

    // Guards: init never overwrites a store (or the regulator key beside it).
    @Test func initRefusesAnExistingStore() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        try workspace.ok(["init"])
        let key = try workspace.read(CLIChain.regulatorKey)
        let again = try workspace.run(["init"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("foodtrace.sqlite already exists"))
        #expect(try workspace.read(CLIChain.regulatorKey) == key)
    }

    @Test func initWithAGivenRegulatorKeyTrustsThatKey() throws {
        let workspace = try Workspace()
        let regulator = try workspace.newKey("REG-LOCAL")
        let result = try workspace.ok([
            "init", "--store", "other.sqlite", "--regulator-key", regulator.keyFile + ".pub.pem",
        ])
        #expect(result.stdout.contains(regulator.keyID))
        #expect(!workspace.exists("other.sqlite.regulator.key"), "no key pair is made when one is given")
    }

    // Guards: key files are private (0600) and never overwritten.
    @Test func keysNewWritesAPrivateFileAndRefusesToOverwrite() throws {
        let workspace = try Workspace()
        let farm = try workspace.newKey("FARM-510112-003")
        #expect(try workspace.mode(farm.keyFile) == 0o600)
        #expect(workspace.exists(farm.keyFile + ".pub.pem"))
        #expect(farm.keyID.hasPrefix("k-") && farm.alg == "ed25519")
        let original = try workspace.read(farm.keyFile)

        let again = try workspace.run(["keys", "new", "--party", "FARM-510112-003", "--out", farm.keyFile])
        #expect(again.status == 2)
        #expect(again.stderr.contains(farm.keyFile))
        #expect(try workspace.read(farm.keyFile) == original)
    }

    // Guards: `keys show` (and `keys new`) print the public key only, never private key material.
    @Test(arguments: ["ed25519", "sm2-sm3"])
    func keysShowNeverPrintsThePrivateKey(alg: String) throws {
        let workspace = try Workspace()
        let created = try workspace.run(["keys", "new", "--party", "SH-510113-001", "--alg", alg, "--out", "sh.key"])
        #expect(created.status == 0)
        let keyFile = try workspace.read("sh.key")
        let privateLines = keyFile.split(separator: "\n").filter {
            !$0.hasPrefix("-----") && !$0.hasPrefix("FoodTrace-")
        }
        #expect(!privateLines.isEmpty)
        for format in ["text", "json"] {
            let shown = try workspace.ok(["keys", "show", "sh.key", "--format", format])
            #expect(shown.stdout.contains("SH-510113-001"))
            #expect(shown.stdout.contains(alg))
            let output = shown.stdout + shown.stderr + created.stdout + created.stderr
            #expect(!output.contains("PRIVATE"))
            for line in privateLines { #expect(!output.contains(line), "private key text in the output") }
        }
        let publicShown = try workspace.ok(["keys", "show", "sh.key.pub.pem"])
        #expect(!publicShown.stdout.contains("party:"), "a public key file names no party")
    }
}
