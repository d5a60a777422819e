import Foundation
import Testing
import TraceCrypto
import TraceLog

/// FoodTrace's Merkle tree against an independent one: `Reference/rfc9162.py`, written in Python from RFC 9162's text.
/// Trees of 1 to 10,000 leaves; the Swift roots and proofs must equal the Python ones and pass its verifiers, tampered
/// copies must fail there; the Python proofs, genuine and tampered, must get the same answers from the Swift verifiers.
@Suite("Merkle tree against an independent implementation (Python, from RFC 9162)")
struct IndependentReferenceTests {
    /// Leaf `i` of tree `t`: the UTF-8 bytes of `t<t>/leaf<i>` (the Python side makes the same bytes).
    static func leaves(tree: Int, size: Int) -> [[UInt8]] {
        (0..<size).map { Array("t\(tree)/leaf\($0)".utf8) }
    }

    /// Every size from 1 to 64 with every proof; then larger trees, powers of two and their neighbours among them, up
    /// to 10,000 leaves, with random proofs (at the full size and at older sizes).
    static func sizes() -> [(size: Int, exhaustive: Bool)] {
        var generator = SeededGenerator(seed: 26)
        var large = [127, 128, 129, 1_023, 1_024, 1_025, 4_095, 4_096, 4_097, 8_191, 8_192, 8_193, 10_000]
        large += (0..<12).map { _ in Int.random(in: 65...10_000, using: &generator) }
        return (1...48).map { ($0, true) } + large.map { ($0, false) }
    }

    @Test("roots, inclusion and consistency proofs agree with the Python implementation, both ways")
    func agreesWithPython() throws {
        var generator = SeededGenerator(seed: 9162)
        var trees: [[String: Any]] = []
        for (number, (size, exhaustive)) in Self.sizes().enumerated() {
            let tree = MemoryMerkleTree(leaves: Self.leaves(tree: number, size: size))
            var proofs = MerkleProofs(nodes: tree)
            let total = UInt64(size)
            var sizes: [UInt64] = exhaustive ? Array(1...total) : [total, total / 2, total - 1, 1]
            if !exhaustive { sizes += (0..<8).map { _ in UInt64.random(in: 1...total, using: &generator) } }
            sizes = Array(Set(sizes.filter { $0 >= 1 })).sorted()
            var roots: [[String: Any]] = []
            for n in sizes { roots.append(["size": n, "root": hex(try proofs.root(size: n))]) }
            var inclusion: [[String: Any]] = []
            var consistency: [[String: Any]] = []
            if exhaustive {
                for n in sizes {
                    for m in 0..<n {
                        inclusion.append([
                            "index": m, "size": n, "path": try proofs.inclusion(leaf: m, size: n).map(hex),
                        ])
                    }
                    for m in 0...n {
                        consistency.append([
                            "old": m, "new": n, "proof": try proofs.consistency(from: m, to: n).map(hex),
                        ])
                    }
                }
            } else {
                for _ in 0..<60 {
                    let n = sizes.randomElement(using: &generator)!
                    let m = UInt64.random(in: 0..<n, using: &generator)
                    inclusion.append(["index": m, "size": n, "path": try proofs.inclusion(leaf: m, size: n).map(hex)])
                    let old = UInt64.random(in: 0...n, using: &generator)
                    consistency.append([
                        "old": old, "new": n, "proof": try proofs.consistency(from: old, to: n).map(hex),
                    ])
                }
            }
            trees.append([
                "tree": number, "size": size, "roots": roots, "inclusion": inclusion, "consistency": consistency,
            ])
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rfc9162-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let casesPath = directory.appendingPathComponent("cases.json").path
        let outPath = directory.appendingPathComponent("out.json").path
        try JSONSerialization.data(withJSONObject: ["trees": trees]).write(to: URL(fileURLWithPath: casesPath))

        let started = ContinuousClock.now
        let status = try runPython([Self.script, casesPath, outPath])
        print("rfc9162.py took \(ContinuousClock.now - started)")
        #expect(status == 0, "the Python reference failed")
        let out = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: outPath))) as? [String: Any])
        let problems = out["problems"] as? [String] ?? ["no problems list"]
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(10))")
        let checked = try #require(out["checked"] as? [String: Int])
        #expect(checked["inclusion", default: 0] > 1_500 && checked["consistency", default: 0] > 1_500)
        #expect(checked["tampered", default: 0] > 10_000)

        // The Python side's proofs, genuine and tampered, through the Swift verifiers.
        let cases = try #require(out["cases"] as? [[String: Any]])
        var wrong: [String] = []
        var genuine = 0
        for item in cases {
            let path = (item["path"] as? [String] ?? []).map(unhex)
            let expect = item["expect"] as? Bool == true
            let got: Bool
            if item["kind"] as? String == "inclusion" {
                got = MerkleVerify.inclusion(
                    leafHash: unhex(item["leaf"]), index: number(item["index"]), size: number(item["size"]),
                    path: path, root: unhex(item["root"]))
            } else {
                got = MerkleVerify.consistency(
                    old: number(item["old"]), oldRoot: unhex(item["oldRoot"]), new: number(item["new"]),
                    newRoot: unhex(item["newRoot"]), proof: path)
            }
            if expect { genuine += 1 }
            if got != expect { wrong.append("\(item["kind"]!) \(item["name"]!): \(got), expected \(expect)") }
        }
        #expect(genuine > 500 && cases.count > genuine * 4)
        #expect(wrong.isEmpty, "\(wrong.count) wrong answers, first: \(wrong.prefix(10))")
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Reference/rfc9162.py").path

    func runPython(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

func hex(_ bytes: [UInt8]) -> String { String(MerkleHash.text(bytes).dropFirst("sha256:".count)) }

func unhex(_ value: Any?) -> [UInt8] {
    guard let text = value as? String else { return [] }
    func digit(_ c: UInt8) -> UInt8 { c <= 57 ? c - 48 : c - 87 }
    let utf8 = Array(text.utf8)
    return stride(from: 0, to: utf8.count, by: 2).map { digit(utf8[$0]) << 4 | digit(utf8[$0 + 1]) }
}

func number(_ value: Any?) -> UInt64 { UInt64((value as? NSNumber)?.int64Value ?? -1) }

/// A small deterministic generator (SplitMix64), so a failing case can be found again.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
