import Foundation
import TraceLog
import TraceModel

/// What a node keeps of a hub's log, and the check it makes at every push and pull: the hub's latest signed head must
/// be consistent with the last head this node saw from it (the same key, never smaller, a consistency proof that
/// verifies). A hub that dropped, reordered or changed a logged record cannot pass it.
///
/// The heads seen are kept per hub in a small JSON file (``statePath``; for a store, `<store>.log.json`).
public struct LogWatch: Sendable {
    public let client: HubClient
    /// Where the last head seen from each hub is kept; `nil`: nowhere (each check then only verifies the head).
    public let statePath: String?

    public init(client: HubClient, statePath: String?) {
        self.client = client
        self.statePath = statePath
    }

    /// The result of a check: the head seen before (if any) and the hub's head now.
    public struct Outcome: Sendable, Equatable {
        public var previous: TreeHead?
        public var current: TreeHead
    }

    /// Fetches the hub's latest head, checks it against the last one seen and keeps it.
    /// - Throws: ``SyncError/Code/inconsistent`` with both heads when the hub's log is not an extension of what this
    ///   node saw before; the kept head is left as it was.
    public func check() throws(SyncError) -> Outcome {
        let current = try Self.head(client)
        var state = readState()
        let previous = state[client.base.absoluteString]
        if let previous { try Self.checkConsistency(previous, current, client) }
        state[client.base.absoluteString] = current
        try writeState(state)
        return Outcome(previous: previous, current: current)
    }

    /// The hub's latest signed head, its signature checked.
    public static func head(_ client: HubClient) throws(SyncError) -> TreeHead {
        let response = try client.send("GET", "/log/head", headers: ["Accept": "application/json"])
        guard response.status == 200 else {
            throw SyncError(
                .refused, Message.Sync.refused(request: "GET /log/head", hub: HubWire.message(of: response)),
                status: response.status)
        }
        do {
            let head = try TreeHead.parse(response.body)
            try head.verify()
            return head
        } catch { throw SyncError(.badData, Message.Sync.badLogHead(error.text)) }
    }

    /// Checks that `current` extends `previous` (both from `client`'s hub), asking the hub for a consistency proof.
    public static func checkConsistency(_ previous: TreeHead, _ current: TreeHead, _ client: HubClient)
        throws(SyncError)
    {
        func caught(_ what: Message) -> SyncError {
            SyncError(.inconsistent, Message.Sync.inconsistent(what, before: previous.json, now: current.json))
        }
        guard previous.key.id == current.key.id else {
            throw caught(Message.Sync.otherKey(current.key.id, previous: previous.key.id))
        }
        guard current.size >= previous.size else {
            throw caught(Message.Sync.shrank(from: previous.size, to: current.size))
        }
        if current.size == previous.size {
            guard current.root == previous.root else { throw caught(Message.Sync.twoRoots(current.size)) }
            return
        }
        let response = try client.send(
            "GET", "/log/proof/consistency",
            query: [
                URLQueryItem(name: "from", value: String(previous.size)),
                URLQueryItem(name: "to", value: String(current.size)),
            ])
        guard response.status == 200 else {
            throw caught(Message.Sync.noProof(HubWire.message(of: response)))
        }
        guard let proof = try? JSONDecoder().decode(HubWire.ConsistencyProof.self, from: Data(response.body)),
            proof.verifies(old: previous, new: current)
        else { throw caught(Message.Sync.proofFails(from: previous.size, to: current.size)) }
    }

    func readState() -> [String: TreeHead] {
        guard let statePath, let data = FileManager.default.contents(atPath: statePath) else { return [:] }
        return (try? JSONDecoder().decode([String: TreeHead].self, from: data)) ?? [:]
    }

    func writeState(_ state: [String: TreeHead]) throws(SyncError) {
        guard let statePath else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let temporary = statePath + ".tmp"
            try encoder.encode(state).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, statePath) == 0 else {
                throw SyncError(.store, Message.Sync.cannotRename(temporary))
            }
        } catch let error as SyncError {
            throw error
        } catch {
            throw SyncError(.store, Message.Sync.cannotKeepHead(statePath, detail: "\(error)"))
        }
    }
}
