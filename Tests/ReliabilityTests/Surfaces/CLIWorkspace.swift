import Foundation
import Testing

/// A temporary folder with a store made by `foodtrace init` (regulator key pair beside it) and a farm
/// registered through `foodtrace record`: where the surface tests run the CLI.
final class CLIWorkspace {
    static let regulatorKey = "foodtrace.sqlite.regulator.key"
    let directory: TemporaryDirectory
    var path: String { directory.path }
    /// Every run's output, for the secret scan.
    private(set) var outputs: [String] = []

    init(_ label: String, environment: [String: String] = [:]) throws {
        directory = try TemporaryDirectory(label)
        self.environment = environment
        try ok(["init"])
    }

    let environment: [String: String]

    @discardableResult
    func run(_ arguments: [String], stdin: [UInt8] = []) throws -> CLIResult {
        let result = try FoodtraceCLI.run(arguments, in: path, stdin: stdin, environment: environment)
        outputs.append(result.output)
        return result
    }

    @discardableResult
    func ok(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIResult {
        let result = try run(arguments)
        try #require(
            result.status == 0, "foodtrace \(arguments.joined(separator: " ")): \(result)",
            sourceLocation: sourceLocation)
        return result
    }

    /// `keys new` for `party`, then the regulator's `register` of it; returns the key file name.
    @discardableResult
    func register(_ party: String, role: String, name: String = "测试养殖场", area: String = "510112", node: String = "003")
        throws -> String
    {
        let keyFile = party.lowercased() + ".key"
        let output = try ok(["keys", "new", "--party", party, "--out", keyFile, "--format", "json"]).stdout
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let id = try #require(json["id"] as? String)
        let spki = try #require(json["spki"] as? String)
        try ok([
            "record", "register", "--key", Self.regulatorKey, "--at", "2026-11-28T06:00:00+08:00",
            "--field", "party=\(party)", "--field", "name=\(name)", "--field", "role=\(role)", "--field",
            "area=\(area)",
            "--field", "node=\(node)", "--field", #"keys:=[{"id":"\#(id)","alg":"ed25519","spki":"\#(spki)"}]"#,
        ])
        return keyFile
    }

    func mode(_ name: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.file(name))
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    func chmod(_ name: String, _ mode: Int) throws {
        try FileManager.default.setAttributes(
            [.posixPermissions: NSNumber(value: mode)], ofItemAtPath: directory.file(name))
    }

    var probe: StoreProbe { get throws { try StoreProbe(path: directory.file("foodtrace.sqlite")) } }
}
