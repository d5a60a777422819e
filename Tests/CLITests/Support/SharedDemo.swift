import Foundation
import Testing

/// The folder of the shared demo city: one per test process, removed when the process exits.
private let sharedDemoFolder =
    NSTemporaryDirectory() + "foodtrace-cli-demo-\(ProcessInfo.processInfo.processIdentifier)"

/// The `small` demo city (seed 1), built once per test process through the CLI and only read by the tests, which pass
/// `--store` ``SharedDemo/store`` from workspaces of their own.
final class SharedDemo: Sendable {
    /// The store's absolute path.
    let store: String
    /// The demo's manifest (`demo --manifest`), as JSON text.
    let manifest: String
    /// The regulator's party id and public key (PEM), to `init` a store that can ingest the city's records.
    let regulator: String
    let regulatorPublicKey: String
    /// The folder of every party's key file (`PARTY.key`).
    let keys: String

    private static let built = Result { try SharedDemo() }

    /// The shared city; when building it failed once, it fails for every test that needs it.
    static func shared() throws -> SharedDemo { try built.get() }

    private init() throws {
        try? FileManager.default.removeItem(atPath: sharedDemoFolder)
        try FileManager.default.createDirectory(atPath: sharedDemoFolder, withIntermediateDirectories: false)
        atexit { try? FileManager.default.removeItem(atPath: sharedDemoFolder) }
        store = sharedDemoFolder + "/small.sqlite"
        let manifestPath = sharedDemoFolder + "/manifest.json"
        let workspace = try Workspace()
        keys = sharedDemoFolder + "/keys"
        try workspace.ok([
            "demo", "--store", store, "--scale", "small", "--seed", "1", "--manifest", manifestPath, "--keys", keys,
        ])
        manifest = String(decoding: try Data(contentsOf: URL(fileURLWithPath: manifestPath)), as: UTF8.self)
        let object = try JSONSerialization.jsonObject(with: Data(manifest.utf8)) as? [String: Any]
        regulator = try #require(object?["regulator"] as? String)
        regulatorPublicKey = try workspace.ok(["keys", "show", "\(keys)/\(regulator).key", "--pem"]).stdout
    }
}
