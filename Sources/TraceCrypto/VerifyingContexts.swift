import COpenSSL
import Foundation

/// Ed25519 verification contexts set up for one key and kept for the next verification: setting one up (fetching
/// the algorithm, binding the key) costs about 2% of a verification, and ingest verifies thousands per key.
///
/// OpenSSL 3.0 and 3.1 allow any number of one-shot verifications on one Ed25519 context, as `openssl speed`
/// does; later versions may allow one per set-up. So a context used before that says "no" is never believed: the
/// verification is repeated on a fresh context, and if that one says "yes", reuse is given up for this key.
/// Safe to use from any number of threads at once: each verification has a context of its own.
final class VerifyingContexts: @unchecked Sendable {
    /// Guards `idle` and `reusable`.
    private let lock = NSLock()
    private var idle: [OpaquePointer] = []
    private var reusable = true
    /// Contexts kept at most (about one per thread verifying at once).
    private static let keep = 8

    deinit {
        for context in idle { EVP_MD_CTX_free(context) }
    }

    /// Whether `signature` verifies over `message` under `key` (an Ed25519 `EVP_PKEY *`).
    func verify(key: OpaquePointer, signature: [UInt8], message: [UInt8]) -> Bool {
        lock.lock()
        let used = idle.popLast()
        lock.unlock()
        guard let context = used ?? Self.setUp(key) else { return false }
        if Self.verify(context, signature, message) {
            giveBack(context)
            return true
        }
        EVP_MD_CTX_free(context)
        guard used != nil else { return false }
        // A context used before said no: ask a fresh one.
        guard let fresh = Self.setUp(key) else { return false }
        defer { EVP_MD_CTX_free(fresh) }
        let valid = Self.verify(fresh, signature, message)
        if valid {
            lock.lock()
            reusable = false
            lock.unlock()
        }
        return valid
    }

    private func giveBack(_ context: OpaquePointer) {
        lock.lock()
        let kept = reusable && idle.count < Self.keep
        if kept { idle.append(context) }
        lock.unlock()
        if !kept { EVP_MD_CTX_free(context) }
    }

    private static func setUp(_ key: OpaquePointer) -> OpaquePointer? {
        guard let context = EVP_MD_CTX_new() else { return nil }
        guard EVP_DigestVerifyInit(context, nil, nil, nil, key) == 1 else {
            EVP_MD_CTX_free(context)
            return nil
        }
        return context
    }

    private static func verify(_ context: OpaquePointer, _ signature: [UInt8], _ message: [UInt8]) -> Bool {
        let result = signature.withUnsafeBufferPointer { sig in
            message.withUnsafeBufferPointer { msg in
                EVP_DigestVerify(context, sig.baseAddress, sig.count, msg.baseAddress, msg.count)
            }
        }
        return result == 1
    }
}
