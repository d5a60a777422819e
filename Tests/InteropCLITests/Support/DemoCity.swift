import Foundation
import Testing

/// The folder of the shared demo city: one per test process, removed when the process exits.
private let demoFolder = NSTemporaryDirectory() + "foodtrace-interop-demo-\(ProcessInfo.processInfo.processIdentifier)"

/// The `small` demo city, built once per test run through the CLI and shared (read-only) by the suites:
/// `small.sqlite`, its manifest, every party's key, the regulator's public key, and the city's EPCIS export.
final class DemoCity: Sendable {
    let sandbox: Sandbox
    let store = "small.sqlite"
    let export = "small.jsonld"
    let regulator: String
    let regulatorName = "成都市市场监督管理局"
    let sampleSlips: [String]
    let farmLots: [String]

    private static let built = Result { try DemoCity() }

    /// The shared city; building it failed once means it fails for every test that needs it.
    static func shared() throws -> DemoCity { try built.get() }

    private init() throws {
        try? FileManager.default.removeItem(atPath: demoFolder)
        sandbox = try Sandbox(path: demoFolder)
        atexit { try? FileManager.default.removeItem(atPath: demoFolder) }
        try sandbox.ok(["demo", "--store", store, "--scale", "small", "--manifest", "manifest.json", "--keys", "keys"])
        let manifest = try jsonObject(try sandbox.read("manifest.json"))
        regulator = try #require(manifest["regulator"] as? String)
        sampleSlips = try #require(manifest["sampleSlips"] as? [String])
        farmLots = try #require((manifest["farmLots"] as? [[String: Any]])?.compactMap { $0["code"] as? String })
        try #require(!sampleSlips.isEmpty && !farmLots.isEmpty)
        let pem = try sandbox.ok(["keys", "show", "keys/\(regulator).key", "--pem"]).stdout
        try sandbox.write("regulator.pub.pem", pem)
        try sandbox.ok(["export", "epcis", "--store", store, "--out", export])
    }

    /// A fresh sandbox with a copy of the city's store as `city.sqlite`, for a test that serves or changes it, and the
    /// real clock in milliseconds (the hub and the browser check bundles and tokens against it).
    func servedCopy() throws -> (sandbox: Sandbox, clock: Int64) {
        let copy = try Sandbox()
        try FileManager.default.copyItem(atPath: sandbox.file(store), toPath: copy.file("city.sqlite"))
        return (copy, Int64(Date().timeIntervalSince1970 * 1000))
    }

    /// A fresh, empty store in `sandbox` trusting the demo's regulator (its public key only).
    func emptyStore(named name: String, in other: Sandbox) throws {
        try other.write("regulator.pub.pem", try sandbox.read("regulator.pub.pem"))
        try other.ok([
            "init", "--store", name, "--regulator-key", "regulator.pub.pem", "--regulator", regulator,
            "--name", regulatorName,
        ])
    }
}
