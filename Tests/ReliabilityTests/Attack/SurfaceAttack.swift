import Foundation
import TraceDemo
import TraceModel

/// A row of the standing attack suite made through the real `foodtrace` binary rather than by ingesting records: the
/// files it writes (`--out`), the trust bundles `slip verify` believes, the plugins `audit` loads, the store files
/// and input lines it opens.
///
/// **To add a category**: add a value to ``SurfaceCategory/all`` naming a function of ``SurfaceCases``, written in a
/// `SurfaceCases+<Area>.swift` file beside this one. Each attempt runs the binary and judges what it did: refused as
/// expected, with what it targeted left exactly as it was, is *held*.
struct SurfaceCategory: Sendable {
    var name: String
    var summary: String
    /// The attempts, by who would make them (the table's attacker column).
    var make: @Sendable (SurfaceCases) throws -> [(attacker: String, attempts: [SurfaceAttempt])]

    static let all: [SurfaceCategory] = [
        SurfaceCategory(
            name: "output-file",
            summary: "--out onto an existing file, the store, a key file, a folder, through a symbolic link",
            make: { try $0.outputFiles() }),
        SurfaceCategory(
            name: "trust-bundle",
            summary: "an expired or future bundle, a wrong or short anchor pin, a tampered or forged bundle",
            make: { try $0.trustBundles() }),
        SurfaceCategory(
            name: "plugin-path",
            summary: "a plugin others may write or own, in or through an open folder; a library that is not a plugin",
            make: { try $0.pluginPaths() }),
        SurfaceCategory(
            name: "store-and-input",
            summary: "a store of a later format or schema; a line of 2 or 16 MiB",
            make: { try $0.storeFiles() }),
    ]
}

/// One attempt: a name for the table's failures, and a run that says how it came out.
struct SurfaceAttempt {
    var name: String
    var run: () throws -> Verdict
}

/// The workspace the surface attempts share: a copy of the demo city's store, the regulator's key, a slip's QR
/// payload and a bundle that verifies it (controls prove each would be accepted).
final class SurfaceCases: @unchecked Sendable {
    let city: DemoCity
    let directory: TemporaryDirectory
    let regulatorKey = "regulator.key"
    let store = "foodtrace.sqlite"
    /// The QR payload of one of the city's slips, and a bundle exported now that calls it genuine.
    private(set) var payload = ""
    let bundle = "bundle.json"
    /// The clock every run sees (the demo's own end, as the in-process attacks use).
    let now: String

    init(city: DemoCity) throws {
        self.city = city
        directory = try TemporaryDirectory("surface")
        now = Timestamp(epochMilliseconds: DemoCity.now).text
        try StoreFiles.copy(city.storePath, to: directory.file(store))
        try FileManager.default.copyItem(
            atPath: city.keyDirectory + "/\(city.regulatorID).key", toPath: directory.file(regulatorKey))
        try expectOK(["trust", "export", "--key", regulatorKey, "--out", bundle])
        // The latest sale whose slip the bundle calls genuine (the demo revokes some keys on purpose).
        for sale in city.records.reversed() where sale.kind == .sell {
            guard case .sell(let body) = try sale.decodedBody() else { continue }
            let text = try expectOK(["slip", body.slip.digits, "--format", "payload"]).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if try run(["slip", "verify", text, "--bundle", bundle]).status == 0 {
                payload = text
                break
            }
        }
        guard !payload.isEmpty else { throw FixtureError("no slip of the demo city verifies") }
    }

    /// Runs `foodtrace ARGS` in the workspace.
    func run(_ arguments: [String], now: String? = nil) throws -> CLIResult {
        try FoodtraceCLI.run(arguments, in: directory.path, environment: ["FOODTRACE_NOW": now ?? self.now])
    }

    @discardableResult
    func expectOK(_ arguments: [String], now: String? = nil) throws -> CLIResult {
        let result = try run(arguments, now: now)
        guard result.status == 0 else {
            throw FixtureError("foodtrace \(arguments.joined(separator: " ")): \(result)")
        }
        return result
    }

    /// An attempt expected to be refused: exit `status`, stderr containing every phrase, and `unchanged` (what the
    /// attempt aimed at) the same after as before.
    func refused(
        _ name: String, _ arguments: [String], status: Int32 = 2, phrases: [String], now: String? = nil,
        unchanged paths: [String] = []
    ) -> SurfaceAttempt {
        SurfaceAttempt(name: name) { [self] in
            let before = try paths.map { try FileState(self.directory.file($0)) }
            let result = try run(arguments, now: now)
            let after = try paths.map { try FileState(self.directory.file($0)) }
            if before != after {
                return .wronglyAccepted("\(zip(paths, after).map { "\($0.0): \($0.1)" }) changed (\(result))")
            }
            if result.status == 0 { return .wronglyAccepted("exit 0: \(result.output)") }
            guard result.status == status, phrases.allSatisfy(result.stderr.contains) else {
                return .wrongReason("expected exit \(status) with \(phrases): \(result)")
            }
            return .asExpected
        }
    }
}

/// What is at a path, without following a final symbolic link: its kind, and its bytes, link target or listing.
struct FileState: Equatable, CustomStringConvertible {
    var kind: String
    var content: [UInt8]

    init(_ path: String) throws {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            kind = "nothing"
            content = []
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFLNK:
            kind = "link"
            content = Array(try FileManager.default.destinationOfSymbolicLink(atPath: path).utf8)
        case S_IFDIR:
            kind = "folder"
            content = Array(
                try FileManager.default.contentsOfDirectory(atPath: path).sorted().joined(separator: "\n").utf8)
        default:
            kind = "file mode \(String(status.st_mode & 0o7777, radix: 8))"
            content = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }

    var description: String { "\(kind), \(content.count) bytes" }
}
