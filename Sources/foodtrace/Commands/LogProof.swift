import ArgumentParser
import Foundation
import TraceLog
import TraceModel
import TraceStore
import TraceSync

extension FoodTrace {
    /// `foodtrace log proof`: a record's inclusion proof, or the consistency proof between two sizes, checked.
    struct LogProof: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "proof",
            abstract: HelpText.abstract("LogProof.LogProof"),
            discussion: HelpText.discussion(.Help.discussion("LogProof.LogProof")))

        @OptionGroup var options: StoreOptions
        @Argument(help: "The record's id (sha256:…).") var record: String?
        @Option(help: "The tree size to prove in (default: the latest signed head's).") var size: UInt64?
        @Option(help: "Consistency: the older tree size.") var from: UInt64?
        @Option(help: "Consistency: the newer tree size.") var to: UInt64?
        @Option(help: ArgumentHelp("Ask this hub instead of reading the store.", valueName: "url")) var hub: String?
        @Option(help: "Output format.") var format: ReportFormat = .text

        func validate() throws {
            guard (record != nil) != (from != nil || to != nil) else {
                throw ValidationError(OutputLanguage.text(.proofOfWhat))
            }
            if record == nil, from == nil || to == nil { throw ValidationError(OutputLanguage.text(.fromWithTo)) }
        }

        func run() throws {
            try runReporting {
                let source = try LogSource(
                    store: hub == nil || FileManager.default.fileExists(atPath: options.path) ? options : nil, hub: hub)
                if let record {
                    try inclusion(record, source)
                } else if let from, let to {
                    try consistency(from, to, source)
                }
            }
        }

        func inclusion(_ record: String, _ source: LogSource) throws {
            let proof = try source.inclusion(record, size: size)
            guard let head = try proof.head ?? source.head(size: proof.size) else {
                throw CLIError.check(Message.Log.noHeadForProof(size: proof.size))
            }
            do { try head.verify() } catch { throw CLIError.check(Message.of(error)) }
            let raw = try source.localRecord(record)
            let verifies = proof.verifies(root: head.rootHash, raw: raw)
            switch format {
            case .text:
                var lines = [
                    Message.Log.proofLeaf(record: record, index: proof.index, size: proof.size),
                    Message.Log.proofLeafHash(proof.leafHash, fromLocalBytes: raw != nil),
                ]
                lines += proof.path.enumerated().map { Message.Log.proofPath(level: $0.offset, hash: $0.element) }
                lines.append(
                    Message.Log.proofHead(root: head.root, time: LogText.time(head.timestamp), key: head.key.id))
                if let first = proof.firstHead {
                    lines.append(Message.Log.proofLogged(time: LogText.time(first.timestamp), size: first.size))
                }
                lines.append(Message.Log.proofVerdict(verifies))
                for line in lines { Console.out(OutputLanguage.text(line)) }
            case .json:
                struct Output: Encodable {
                    var proof: HubWire.InclusionProof
                    var head: TreeHead
                    var verifies: Bool
                }
                Console.out(try JSONOutput.string(Output(proof: proof, head: head, verifies: verifies)))
            }
            if !verifies { throw ExitCode(1) }
        }

        func consistency(_ from: UInt64, _ to: UInt64, _ source: LogSource) throws {
            let proof = try source.consistency(from: from, to: to)
            guard let old = try source.head(size: from), let new = try source.head(size: to) else {
                throw CLIError.check(Message.Log.noHeads(from: from, to: to))
            }
            do {
                try old.verify()
                try new.verify()
            } catch { throw CLIError.check(Message.of(error)) }
            let verifies = old.key.id == new.key.id && proof.verifies(old: old, new: new)
            switch format {
            case .text:
                var lines = [Message.Log.consistency(from: from, to: to, hashes: proof.proof.count)]
                lines += proof.proof.enumerated().map {
                    Message.Log.consistencyHash(index: $0.offset, hash: $0.element)
                }
                lines.append(Message.Log.consistencyRoots(old: old.root, new: new.root))
                lines.append(Message.Log.proofVerdict(verifies))
                for line in lines { Console.out(OutputLanguage.text(line)) }
            case .json:
                struct Output: Encodable {
                    var proof: HubWire.ConsistencyProof
                    var old: TreeHead
                    var new: TreeHead
                    var verifies: Bool
                }
                Console.out(try JSONOutput.string(Output(proof: proof, old: old, new: new, verifies: verifies)))
            }
            if !verifies { throw ExitCode(1) }
        }
    }
}

/// Where `log proof` reads a log: a hub store on disk, or a hub over HTTP (and a local store for the record's bytes).
struct LogSource {
    let store: TraceStore?
    let client: HubClient?

    init(store options: StoreOptions?, hub: String?) throws {
        store = try options.map { try $0.open(readOnly: true) }
        client = try hub.map { try SyncCommand.client($0, token: nil, attempts: 3) }
    }

    func inclusion(_ record: String, size: UInt64?) throws -> HubWire.InclusionProof {
        if let client {
            var query = [URLQueryItem(name: "record", value: record)]
            if let size { query.append(URLQueryItem(name: "size", value: String(size))) }
            return try fetch(client, "/log/proof/inclusion", query)
        }
        let found = try store!.inclusionProof(of: record, size: size)
        return HubWire.InclusionProof(
            record: record, index: found.index, size: found.size, leafHash: found.leafHash, path: found.path,
            head: try store!.treeHead(size: found.size), firstHead: found.firstHead)
    }

    func consistency(from: UInt64, to: UInt64) throws -> HubWire.ConsistencyProof {
        if let client {
            return try fetch(
                client, "/log/proof/consistency",
                [URLQueryItem(name: "from", value: String(from)), URLQueryItem(name: "to", value: String(to))])
        }
        return HubWire.ConsistencyProof(from: from, to: to, proof: try store!.consistencyProof(from: from, to: to))
    }

    func head(size: UInt64) throws -> TreeHead? {
        if let client {
            let cosigned: HubWire.CosignedHead = try fetch(client, "/log/heads/\(size)", [])
            return cosigned.head
        }
        return try store!.treeHead(size: size)
    }

    /// The record's stored bytes, when a local store holds it.
    func localRecord(_ id: String) throws -> [UInt8]? {
        try store?.record(id: id)?.raw
    }

    private func fetch<T: Decodable>(_ client: HubClient, _ path: String, _ query: [URLQueryItem]) throws -> T {
        let response = try SyncCommand.reporting { try client.send("GET", path, query: query) }
        guard response.status == 200 else {
            throw CLIError.check(Message.Sync.refused(request: "GET \(path)", hub: HubWire.message(of: response)))
        }
        do { return try JSONDecoder().decode(T.self, from: Data(response.body)) } catch {
            throw CLIError.check(Message.Sync.notAnAnswer(request: "GET \(path)", detail: .verbatim("\(error)")))
        }
    }
}
