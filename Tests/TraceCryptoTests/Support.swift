import Foundation
import TraceCrypto
import TraceModel

/// Files under `Fixtures/` (see Fixtures/README.md), copied into the test bundle.
enum Fixture {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "fixture \(name) is missing from the test bundle" }
    }

    static func url(_ name: String) throws -> URL {
        guard let root = Bundle.module.resourceURL else { throw Missing(name: name) }
        let url = root.appendingPathComponent("Fixtures").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(name: name) }
        return url
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(name)))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }
}

/// Bytes from hex written in a test; traps on a typo.
func hex(_ text: String) -> [UInt8] {
    guard let bytes = Hex.decode(text) else { fatalError("bad hex in test: \(text)") }
    return bytes
}

/// `bytes` with one bit inverted.
func flippingBit(_ bit: Int, of bytes: [UInt8]) -> [UInt8] {
    var copy = bytes
    copy[bit / 8] ^= UInt8(1 << (bit % 8))
    return copy
}

/// The DER SubjectPublicKeyInfo prefix of every Ed25519 public key (RFC 8410): SEQUENCE, AlgorithmIdentifier
/// with OID 1.3.101.112, BIT STRING of 33 bytes (0 unused bits + the 32-byte key).
let ed25519SPKIPrefix = hex("302a300506032b6570032100")

/// The body of a PEM block: the base64 lines between the BEGIN and END lines.
func pemBodyLines(_ pem: String) -> [String] {
    pem.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("-----") && !$0.isEmpty }
}

/// A fresh directory under the system temporary directory, removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        let base = NSTemporaryDirectory() + "tracecrypto-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: false)
        path = base
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Permission bits of the file at `path`.
func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

func setPermissions(_ path: String, _ mode: Int) throws {
    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
}

/// The `openssl` command line tool, when it is on PATH.
enum OpenSSLTool {
    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/openssl"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static var isAvailable: Bool { path != nil }

    /// Runs `openssl` with `arguments`; returns its exit status and combined output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let path else { throw CryptoError("openssl is not on PATH") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}

/// A small unsigned `produce` record with the given sequence number.
func sampleRecord(seq: Int = 1, issuer: String = "FARM-510112-003", weight: String = "120.5") throws -> Record {
    guard let batch = TraceCode(area: "510112", node: "003", date: "261128", serial: 1),
        let amount = Amount(weight),
        let at = Timestamp("2026-11-28T06:30:00+08:00")
    else { throw CryptoError("test record parts do not parse") }
    let body = ProduceBody(
        batch: batch,
        product: Product(code: "01010101", name: "白条猪肉", category: .pork),
        quantity: Quantity(amount, .kilogram),
        origin: Place(area: "510112", name: "龙泉驿区示范养殖场"))
    let prev: String? = seq == 1 ? nil : RecordID.from(digest: [UInt8](repeating: 7, count: 32))
    return try Record(kind: .produce, issuer: issuer, seq: seq, prev: prev, at: at, body: body)
}
