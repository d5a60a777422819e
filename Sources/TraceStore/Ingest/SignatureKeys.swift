import Foundation
import TraceCrypto
import TraceModel

/// The public keys the parallel phase checks signatures with, learnt as the input is read: those registered by
/// `register` records read so far, and those the store holds.
///
/// A key missing here only means the signature is checked later, by the writer, with the key as the store then
/// holds it (``IngestContext/verifySignature(of:)``); so a key registered meanwhile by another process is no
/// problem. Used from one thread at a time.
final class SignatureKeys {
    private(set) var known: [String: PublicKey] = [:]
    /// Keys looked up in the store and not found there.
    private var absent: Set<String> = []
    /// Reads keys from the store, by id; `nil` when the store cannot be read while it is being written (or once
    /// ingest is over).
    private var lookUp: ((Set<String>) -> [String: PublicKey])?

    init(lookUp: ((Set<String>) -> [String: PublicKey])?) {
        self.lookUp = lookUp
    }

    /// Stops reading keys from the store: the look-up holds the store's connections, which must not outlive the
    /// ingest on whichever thread last lets go of these keys (closing the store's last connection checkpoints it).
    func stopLookingUp() { lookUp = nil }

    /// Learns the keys registered in `parsed`, then looks up in the store the keys its signatures name that are
    /// still unknown.
    func learn(from parsed: [ParsedLine]) {
        for index in parsed.indices where parsed[index].record?.kind == .register {
            guard case .register(let body)? = parsed[index].body else { continue }
            for key in body.keys where known[key.id] == nil {
                guard let der = Data(base64Encoded: key.spki), let publicKey = try? PublicKey(spkiDER: Array(der)),
                    publicKey.keyID == key.id
                else { continue }
                known[key.id] = publicKey
            }
        }
        var needed = Set<String>()
        // A signature checked already had its key.
        for index in parsed.indices where parsed[index].signatureValid == nil {
            if let keyID = parsed[index].keyID, known[keyID] == nil, !absent.contains(keyID) { needed.insert(keyID) }
        }
        if !needed.isEmpty, let lookUp {
            let found = lookUp(needed)
            known.merge(found) { first, _ in first }
            absent.formUnion(needed.subtracting(found.keys))
        }
    }
}
