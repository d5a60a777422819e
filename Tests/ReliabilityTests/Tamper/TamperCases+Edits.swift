import Foundation
import TraceModel

/// Builds the mutations of each family from the demo city. Edits here keep the original signature:
/// what anyone can do to a file without holding a key.
struct TamperCases {
    let city: DemoCity
    let forge: Forge

    init(city: DemoCity) {
        self.city = city
        forge = Forge(city: city)
    }

    /// A single edited line of sample `index`, judged by what the store must say of it.
    private func edited(_ index: Int, _ bytes: [UInt8], _ name: String) -> Mutation? {
        let expected = forge.expectation(forEdited: bytes, of: city.records[index])
        // An edit that spells the very same record (same id and signature) is not tampering.
        guard expected.isMutation else { return nil }
        return Mutation(
            name: "line \(index + 1) (\(city.records[index].kind.rawValue)): \(name)",
            base: city.snapshot(before: index),
            lines: [bytes], expected: expected)
    }

    /// The genuine line itself, which must be accepted in its snapshot (so the refusals mean something).
    func control(_ index: Int) -> Mutation {
        Mutation(
            name: "line \(index + 1) unaltered (control)", base: city.snapshot(before: index),
            lines: [city.lines[index]],
            expected: .accepted)
    }

    /// Every byte of each sample record changed twice: XOR 0x01, and another character of the same
    /// class (digit → digit, letter → letter, else '-'), so many edits keep the JSON well formed and must
    /// be caught by the signature rather than the parser. Grouped by sample, control last.
    func byteFlips() -> [[Mutation]] {
        city.sampleIndices.map { index in
            let line = city.lines[index]
            var seen = Set<[UInt8]>()
            var mutations: [Mutation] = []
            for position in line.indices {
                for byte in [line[position] ^ 0x01, Self.sameClass(line[position])] {
                    var copy = line
                    copy[position] = byte
                    guard seen.insert(copy).inserted,
                        let mutation = edited(
                            index, copy,
                            "byte \(position) 0x\(String(line[position], radix: 16)) → 0x\(String(byte, radix: 16))")
                    else { continue }
                    mutations.append(mutation)
                }
            }
            return mutations + [control(index)]
        }
    }

    static func sameClass(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "8"), UInt8(ascii: "a")...UInt8(ascii: "y"),
            UInt8(ascii: "A")...UInt8(ascii: "Y"):
            return byte + 1
        case UInt8(ascii: "9"): return UInt8(ascii: "0")
        case UInt8(ascii: "z"): return UInt8(ascii: "a")
        case UInt8(ascii: "Z"): return UInt8(ascii: "A")
        case UInt8(ascii: "-"): return UInt8(ascii: "_")
        default: return UInt8(ascii: "-")
        }
    }

    /// Each sample line cut short at every ninth byte and one byte before its end. Grouped by sample.
    func truncatedLines() -> [[Mutation]] {
        city.sampleIndices.map { index in
            let line = city.lines[index]
            let cuts = Array(stride(from: 1, to: line.count - 1, by: 9)) + [line.count - 1]
            return cuts.compactMap { edited(index, Array(line.prefix($0)), "cut after \($0) of \(line.count) bytes") }
                + [control(index)]
        }
    }

    /// An export whose last line is cut in half (a file copied while being written): the whole input is
    /// refused, naming that line.
    func truncatedFiles() -> [Mutation] {
        city.sampleIndices.prefix(4).map { index in
            let end = min(city.lines.count, index + 4)
            var lines = Array(city.lines[index..<end])
            let last = lines.removeLast()
            let cut = Array(last.prefix(last.count / 2))
            let problem = Self.parseProblem(cut)
            return Mutation(
                name: "lines \(index + 1)–\(end) with the last cut in half", base: city.snapshot(before: index),
                lines: lines + [cut],
                expected: .refused(line: lines.count + 1, field: problem.field, phrase: problem.reason))
        }
    }

    /// Why the strict reader refuses `bytes` (a line that must not parse).
    static func parseProblem(_ bytes: [UInt8]) -> RecordProblem {
        do {
            _ = try TraceModel.Record.parse(bytes)
            return RecordProblem(field: "(none)", reason: "(the line parses)")
        } catch {
            return error
        }
    }

    /// One envelope member of a sample replaced by the same member of another record: a record of the same
    /// kind further on, and the next sample (another kind). The signature is kept. Grouped by sample.
    func fieldSwaps() throws -> [[Mutation]] {
        try city.sampleIndices.enumerated().map { position, index in
            let record = Forge.json(city.lines[index])
            var donors: [Int] = []
            if let same = city.records[(index + 1)...].firstIndex(where: { $0.kind == city.records[index].kind }) {
                donors.append(same)
            }
            donors.append(city.sampleIndices[(position + 1) % city.sampleIndices.count])
            var mutations: [Mutation] = []
            for donor in donors {
                let other = Forge.json(city.lines[donor])
                for field in ["v", "kind", "issuer", "seq", "prev", "at", "body", "sig"] {
                    guard let value = other[field], value != record[field] else { continue }
                    let bytes = try Forge.canonical(record.setting(field, to: value))
                    if let mutation = edited(index, bytes, "\(field) taken from line \(donor + 1)") {
                        mutations.append(mutation)
                    }
                }
            }
            return mutations + [control(index)]
        }
    }
}
