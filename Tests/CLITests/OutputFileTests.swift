import Foundation
import Testing

/// Every file the CLI writes, through the real binary: an existing file is refused unless `--force`; a store, a key
/// file or a symbolic link never, even with `--force`; a failed write leaves the old file whole and no temporary
/// file behind.
@Suite("output files")
struct OutputFileTests {
    /// Each command that writes a file given with `--out`, as run on the ``CLIChain`` (`path` ends in `.json`: `recall
    /// drill` takes the format from it).
    static func writers(_ chain: CLIChain, to path: String) -> [[String]] {
        [
            ["export", "records", "--out", path],
            ["export", "epcis", "--out", path],
            ["export", "fsma204", "--out", path],
            ["trust", "export", "--key", CLIChain.regulatorKey, "--out", path],
            ["recall", "drill", "--batch", chain.farmLot.digits, "--out", path],
            ["audit", "--out", path],
        ]
    }

    @Test func exportOntoTheStoreIsRefusedEvenWithForce() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        _ = try workspace.makeChain()
        let store = try workspace.bytes("foodtrace.sqlite")
        let before = try workspace.exported()
        for force in [false, true] {
            let refused = try workspace.run(
                ["export", "records", "--out", "foodtrace.sqlite"] + (force ? ["--force"] : []))
            #expect(refused.status == 2, "\(refused)")
            #expect(
                refused.stderr.contains("--out foodtrace.sqlite: is a FoodTrace store")
                    && refused.stderr.contains("never replaces a store, even with --force"), "\(refused)")
            #expect(try workspace.bytes("foodtrace.sqlite") == store, "the store file is untouched")
        }
        #expect(try workspace.exported() == before)
        try Self.expectNoTemporaryFiles(workspace)
    }

    @Test func trustExportOntoTheRegulatorsKeysIsRefusedEvenWithForce() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        _ = try workspace.makeChain()
        for target in [CLIChain.regulatorKey, CLIChain.regulatorPublicKey] {
            let key = try workspace.bytes(target)
            for force in [false, true] {
                let refused = try workspace.run(
                    ["trust", "export", "--key", CLIChain.regulatorKey, "--out", target] + (force ? ["--force"] : []))
                #expect(refused.status == 2, "\(refused)")
                #expect(refused.stderr.contains("\(target): holds a key; an output never replaces a key file"))
                #expect(try workspace.bytes(target) == key, "\(target) is untouched")
            }
        }
        // Any PEM key counts, not only FoodTrace's own files: an OpenSSL private key a user keeps beside the store.
        try workspace.write(
            "other.pem", "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n")
        let refused = try workspace.run(["export", "records", "--out", "other.pem", "--force"])
        #expect(refused.status == 2 && refused.stderr.contains("holds a key"), "\(refused)")
    }

    @Test func nothingIsWrittenThroughASymbolicLink() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let chain = try workspace.makeChain()
        try workspace.write("victim.txt", "precious\n")
        try FileManager.default.createSymbolicLink(
            atPath: workspace.file("link.json"), withDestinationPath: "victim.txt")
        try FileManager.default.createSymbolicLink(
            atPath: workspace.file("dangling.json"), withDestinationPath: "made-through-link.txt")
        for writer in Self.writers(chain, to: "link.json") + Self.writers(chain, to: "dangling.json") {
            let refused = try workspace.run(writer + ["--force"])
            #expect(refused.status == 2, "\(writer): \(refused)")
            #expect(refused.stderr.contains("is a symbolic link; FoodTrace never writes through a link"), "\(refused)")
        }
        #expect(try workspace.read("victim.txt") == "precious\n")
        #expect(!workspace.exists("made-through-link.txt"), "a dangling link's target is not created")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: workspace.file("link.json"))
        #expect(link == "victim.txt", "the link itself is left as it was")
        try Self.expectNoTemporaryFiles(workspace)
    }

    @Test func anExistingFileIsReplacedOnlyWithForce() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let chain = try workspace.makeChain()
        for writer in Self.writers(chain, to: "report.json") {
            let path = writer.last!
            try workspace.write(path, "old contents\n")
            try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: workspace.file(path))
            let refused = try workspace.run(writer)
            #expect(refused.status == 2, "\(writer): \(refused)")
            #expect(refused.stderr.contains("\(path): already exists; pass --force to replace it"), "\(refused)")
            #expect(try workspace.read(path) == "old contents\n")
            let replaced = try workspace.run(writer + ["--force"])
            // `recall drill` and `audit` exit 1 when the drill or the audit fails; the file is written all the same.
            #expect(replaced.status == 0 || replaced.status == 1, "\(writer): \(replaced)")
            let written = try workspace.read(path)
            #expect(written != "old contents\n" && !written.isEmpty, "\(writer) replaced the file")
            #expect(try workspace.mode(path) == 0o640, "a replaced file keeps its permissions")
            try FileManager.default.removeItem(atPath: workspace.file(path))
        }
        try Self.expectNoTemporaryFiles(workspace)
    }

    /// A write that fails half-way (the file size limit, set with `ulimit -f` in 512-byte blocks, makes write() fail
    /// with EFBIG) leaves
    /// the old file whole and no temporary file; the old code had truncated it first.
    @Test func aFailedWriteLeavesTheOldFileWhole() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let chain = try workspace.makeChain()
        // 150 more lots, so that the export (≈ 70 KB) outgrows the limit (40 KiB) by far while SQLite's own files
        // (the 32 KiB -shm a reader sets up) stay under it.
        let unsigned = (0..<150).map { serial in
            let lot = CLIChain.code(area: "510112", node: "003", serial: 100 + serial)
            let at = String(format: "2026-11-28T07:%02d:%02d+08:00", serial / 60, serial % 60)
            return
                #"{"kind":"produce","at":"\#(at)","body":{"batch":"\#(lot)","product":{"code":"01030101","name":"生猪","category":"live-pig"},"quantity":{"value":"5","unit":"head"},"origin":{"area":"510112","name":"龙泉驿区"}}}"#
        }.joined(separator: "\n")
        let signed = try workspace.ok(["sign", "--key", chain.farm.keyFile], stdin: unsigned + "\n").stdout
        try workspace.write("lots.jsonl", signed)
        try workspace.ok(["ingest", "lots.jsonl"])
        #expect(try workspace.exported().utf8.count > 60_000)
        let old = String(repeating: "an earlier export that must survive\n", count: 10)
        try workspace.write("records.jsonl", old)
        let binary = try FoodtraceBinary.url().path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // An ignored SIGXFSZ stays ignored across exec: the write then fails with EFBIG instead of killing the process.
        process.arguments = [
            "-c",
            "trap '' XFSZ; ulimit -f 80; exec \"$0\" export records --out records.jsonl --force --lang en 2>err.txt",
            binary,
        ]
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.path)
        try process.run()
        process.waitUntilExit()
        let stderr = try workspace.read("err.txt")
        // The machine refused the write (a file-size limit, as a full disk would): exit 4, not "bad input".
        #expect(process.terminationStatus == 4, "\(stderr)")
        #expect(
            stderr.contains("--out records.jsonl: cannot write: File too large; the file was not changed"), "\(stderr)")
        #expect(try workspace.read("records.jsonl") == old)
        try Self.expectNoTemporaryFiles(workspace)
    }

    @Test func keysNewRefusesBeforeMakingAnything() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        try workspace.write("stall.key.pub.pem", "someone's public key\n")
        let refused = try workspace.run(["keys", "new", "--party", "STALL-1", "--out", "stall.key"])
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderr.contains("stall.key.pub.pem: already exists"), "\(refused)")
        #expect(!workspace.exists("stall.key"), "no private key is left without its public half")
        try FileManager.default.createSymbolicLink(atPath: workspace.file("link.key"), withDestinationPath: "elsewhere")
        let linked = try workspace.run(["keys", "new", "--party", "STALL-1", "--out", "link.key"])
        #expect(linked.status == 2 && linked.stderr.contains("link.key: already exists"), "\(linked)")
        #expect(!workspace.exists("elsewhere"))
    }

    @Test func demoRefusesAnExistingManifestBeforeBuildingTheStore() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        try workspace.write("manifest.json", "{}\n")
        let refused = try workspace.run(["demo", "--manifest", "manifest.json"])
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderr.contains("--manifest manifest.json: already exists; pass --force"), "\(refused)")
        #expect(!workspace.exists("foodtrace.sqlite"), "nothing was built")
        #expect(try workspace.read("manifest.json") == "{}\n")
    }

    @Test func demoKeysGoInAPrivateFolder() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        try FileManager.default.createDirectory(
            atPath: workspace.file("shared"), withIntermediateDirectories: false,
            attributes: [.posixPermissions: 0o755])
        let refused = try workspace.run(["demo", "--keys", "shared"])
        #expect(refused.status == 2, "\(refused)")
        #expect(
            refused.stderr.contains("--keys shared: the folder is open to group or others (mode 0755)")
                && refused.stderr.contains("chmod 700 shared"), "\(refused)")
        #expect(!workspace.exists("foodtrace.sqlite"), "refused before building anything")
        try FileManager.default.createSymbolicLink(atPath: workspace.file("linked"), withDestinationPath: "shared")
        let linked = try workspace.run(["demo", "--keys", "linked"])
        #expect(linked.status == 2 && linked.stderr.contains("is a symbolic link"), "\(linked)")

        try workspace.ok(["demo", "--keys", "keys"])
        #expect(try workspace.mode("keys") == 0o700)
        #expect(try workspace.mode("keys/REG-510100.key") == 0o600)
    }

    static func expectNoTemporaryFiles(_ workspace: Workspace, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let left = try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter { $0.hasSuffix(".tmp") }
        #expect(left.isEmpty, "temporary files left: \(left)", sourceLocation: sourceLocation)
    }
}
