import Foundation
import Hummingbird
import TraceCrypto
import TraceLog
import TraceStore
import TraceSync

/// `GET /log/head`, `GET /log/heads/{size}`, `GET /log/proof/inclusion`, `GET /log/proof/consistency`,
/// `POST /log/cosignatures`: the hub's transparency log, open to everyone (heads and proofs are hashes; they show no
/// record's content).
struct LogRoutes {
    let hub: Hub

    func add(to router: Router<HubContext>) {
        router.get("log/head") { _, _ in try await head() }
        router.get("log/heads/:size") { _, context in try await head(context) }
        router.get("log/proof/inclusion") { request, _ in try await inclusion(request) }
        router.get("log/proof/consistency") { request, _ in try await consistency(request) }
        router.post("log/cosignatures") { request, context in try await cosign(request, context) }
    }

    func log() throws(HubError) -> HubLog {
        guard let log = hub.log else { throw HubError.notFound("this hub keeps no transparency log") }
        return log
    }

    /// The latest head, signed first when records came in since the last one.
    func head() async throws -> Response {
        let log = try log()
        let head = try await offload { try log.sign() }
        return JSONBody.bytes(Array(head.json.utf8), type: "application/json")
    }

    func head(_ context: HubContext) async throws -> Response {
        _ = try log()
        guard let text = context.parameters.get("size"), let size = UInt64(text), size <= Int64.max else {
            throw HubError.badRequest("the path's size: use a whole number")
        }
        let store = hub.store
        let found = try await offload { () throws -> (TreeHead, [Cosignature])? in
            guard let head = try store.treeHead(size: size) else { return nil }
            return (head, try store.cosignatures(size: size))
        }
        guard let (head, cosignatures) = found else {
            throw HubError.notFound("this hub signed no head of \(size) records")
        }
        return try JSONBody.response(HubWire.CosignedHead(head: head, cosignatures: cosignatures))
    }

    func inclusion(_ request: Request) async throws -> Response {
        _ = try log()
        let query = request.uri.queryParameters
        guard let record = query.get("record"), record.hasPrefix("sha256:"), record.utf8.count == 71,
            MerkleHash.parse(record) != nil
        else { throw HubError.badRequest("query parameter record: use a record id, sha256:<64 hex digits>") }
        let size = try query.get("size").map { _ in
            UInt64(try QueryValue.integer(query, "size", default: 1, range: 1...Int64.max))
        }
        let store = hub.store
        let proof = try await offload { () throws -> HubWire.InclusionProof in
            let found: LogInclusion
            do { found = try store.inclusionProof(of: record, size: size) } catch let error as StoreError
                where error.code == .badInput
            {
                throw HubError.notFound(error.message)
            }
            return HubWire.InclusionProof(
                record: record, index: found.index, size: found.size, leafHash: found.leafHash, path: found.path,
                head: try store.treeHead(size: found.size), firstHead: found.firstHead)
        }
        return try JSONBody.response(proof)
    }

    func consistency(_ request: Request) async throws -> Response {
        _ = try log()
        let query = request.uri.queryParameters
        guard query.get("from") != nil, query.get("to") != nil else {
            throw HubError.badRequest("query parameters from and to (tree sizes) are both needed")
        }
        let from = UInt64(try QueryValue.integer(query, "from", default: 0, range: 0...Int64.max))
        let to = UInt64(try QueryValue.integer(query, "to", default: 0, range: 0...Int64.max))
        guard from <= to else { throw HubError.badRequest("from (\(from)) is larger than to (\(to))") }
        let store = hub.store
        let proof = try await offload { () throws -> [[UInt8]] in
            do { return try store.consistencyProof(from: from, to: to) } catch let error as StoreError
                where error.code == .badInput
            {
                throw HubError.notFound(error.message)
            }
        }
        return try JSONBody.response(HubWire.ConsistencyProof(from: from, to: to, proof: proof))
    }

    /// A witness's co-signature of one of this hub's heads, kept and served with the head.
    func cosign(_ request: Request, _ context: HubContext) async throws -> Response {
        _ = try log()
        let body = try await hub.body(of: request, context: context)
        guard let posted = try? JSONDecoder().decode(HubWire.CosignedHead.self, from: Data(body)),
            !posted.cosignatures.isEmpty
        else { throw HubError.badRequest("send {\"head\": a head of this hub, \"cosignatures\": [one or more]}") }
        let store = hub.store
        try await offload { () throws -> Void in
            for cosignature in posted.cosignatures {
                do { try store.keepCosignature(cosignature, of: posted.head) } catch let error as StoreError
                    where error.code == .badInput
                {
                    throw HubError(.unprocessableContent, "bad-cosignature", error.message)
                }
            }
        }
        let kept = try await offload { try store.cosignatures(size: posted.head.size) }
        return try JSONBody.response(HubWire.CosignedHead(head: posted.head, cosignatures: kept))
    }
}
