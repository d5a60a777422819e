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
    /// The key the record's signature names.
    var keyID: String?
    /// `nil` when not checked: the key was unknown at verification time, or the record is at or below its issuer's
    /// head in the store (``StoredHeads``).
    var signatureValid: Bool?
}

enum LineParsing {
    /// Parses and hashes one line (its signature is checked afterwards, see ``verify(_:keys:storedHeads:)``);
    /// `hasher`, when given, hashes (it belongs to the calling thread).
    static func parse(_ input: IngestLine, hasher: RecordHasher? = nil) -> ParsedLine {
        if input.overlong {
            let limit = JSONParser.Limits().maxDocumentBytes
            return ParsedLine(
                line: input.number,
                problem: RecordProblem(field: "$", Message.Ingest.lineTooLong(limit: limit)))
        }
        do throws(RecordProblem) {
            let (record, body) = try TraceModel.Record.parseDecoded(input.bytes)
            return ParsedLine(
                line: input.number, record: record, id: hasher?.id(of: record) ?? record.id, body: body,
                keyID: record.sig?.key)
        } catch {
            return ParsedLine(line: input.number, id: idOfRefused(input.bytes), problem: error)
        }
    }

    /// The id a refused line would have as a record — the SHA-256 of its canonical JSON without `sig` — when it is
    /// JSON at all, so that a refusal names the record (a text field with a bidi override, say) and not the line
    /// alone; `nil` for a line that is not JSON.
    private static func idOfRefused(_ bytes: [UInt8]) -> String? {
        guard let json = try? JSONParser.parse(bytes), json.objectMembers != nil,
            let signed = try? CanonicalJSON.bytes(json.removing("sig"))
        else { return nil }
        return RecordID.from(digest: Digest.sha256(signed))
    }

    /// Parses and hashes every line in parallel.
    static func parse(_ lines: [IngestLine]) -> [ParsedLine] {
        Parallel.map(lines.count) { index in parse(lines[index]) }
    }

    /// Verifies, in parallel, every signature not checked yet whose key is in `keys`, except records at or below
    /// their issuer's head in `storedHeads` (see ``StoredHeads``).
    static func verify(_ parsed: inout [ParsedLine], keys: [String: PublicKey], storedHeads: [String: Int] = [:]) {
        let pending = parsed.indices.filter { index in
            guard parsed[index].signatureValid == nil, let record = parsed[index].record,
                let keyID = parsed[index].keyID, keys[keyID] != nil
            else { return false }
            return record.seq > storedHeads[record.issuer] ?? 0
        }
        guard !pending.isEmpty else { return }
        let snapshot = parsed
        let seals = SealCache()
        let results = Parallel.map(pending.count) { slot -> Bool in
            let record = snapshot[pending[slot]].record!
            return record.verifySignature(with: keys[record.sig!.key]!, seals: seals)
        }
        for (slot, index) in pending.enumerated() { parsed[index].signatureValid = results[slot] }
    }
}
