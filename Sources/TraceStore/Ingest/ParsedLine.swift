import Dispatch
import Foundation
import TraceCrypto
import TraceModel

/// A line after the parallel phase: parsed, hashed and (when its key was known) signature-checked.
struct ParsedLine: Sendable {
    var line: Int
    var record: TraceModel.Record?
    var id: String?
    var body: AnyBody?
    var problem: RecordProblem?
    /// `nil` when the key was unknown at verification time.
    var signatureValid: Bool?
}

/// Result slots written by distinct workers at distinct indices.
final class ParallelSlots<T>: @unchecked Sendable {
    var values: [T?]
    init(_ count: Int) { values = Array(repeating: nil, count: count) }
}

/// Runs `work` for every index on all cores, collecting results in order.
func parallelMap<T: Sendable>(_ count: Int, _ work: @Sendable (Int) -> T) -> [T] {
    let slots = ParallelSlots<T>(count)
    let chunk = max(1, min(256, count / (ProcessInfo.processInfo.activeProcessorCount * 4) + 1))
    let chunks = (count + chunk - 1) / chunk
    slots.values.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let base = buffer
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for index in c * chunk..<min(count, (c + 1) * chunk) { base[index] = work(index) }
        }
    }
    return slots.values.map { $0! }
}

enum LineParsing {
    /// Parses and hashes every line in parallel.
    static func parse(_ lines: [IngestLine]) -> [ParsedLine] {
        parallelMap(lines.count) { index in
            let input = lines[index]
            do throws(RecordProblem) {
                let record = try TraceModel.Record.parse(input.bytes)
                let body = try record.decodedBody()
                return ParsedLine(line: input.number, record: record, id: record.id, body: body)
            } catch {
                return ParsedLine(line: input.number, problem: error)
            }
        }
    }

    /// Verifies every signature whose key is in `keys`, in parallel.
    static func verify(_ parsed: inout [ParsedLine], keys: [String: PublicKey]) {
        let snapshot = parsed
        let results = parallelMap(snapshot.count) { index -> Bool? in
            guard let record = snapshot[index].record, let sig = record.sig, let key = keys[sig.key] else { return nil }
            return record.verifySignature(with: key)
        }
        for index in parsed.indices { parsed[index].signatureValid = results[index] }
    }
}
