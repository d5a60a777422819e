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

enum LineParsing {
    /// Parses and hashes every line in parallel.
    static func parse(_ lines: [IngestLine]) -> [ParsedLine] {
        Parallel.map(lines.count) { index in
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
        let results = Parallel.map(snapshot.count) { index -> Bool? in
            guard let record = snapshot[index].record, let sig = record.sig, let key = keys[sig.key] else { return nil }
            return record.verifySignature(with: key)
        }
        for index in parsed.indices { parsed[index].signatureValid = results[index] }
    }
}
