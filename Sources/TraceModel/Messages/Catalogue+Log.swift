// The message catalogue: the transparency log — its errors (`LogError` of `TraceLog`, the store's log tables) and
// what `log proof`, `log head` and `log witness` print.

extension Message {
    /// Errors of the transparency log and the texts of the `log` commands.
    public enum Log {
        /// `seal` over no record.
        public static let sealedBatchEmpty = Message(
            "log.sealed-batch-empty", zh: "封存批至少需要一条记录", en: "a sealed batch needs a record")

        /// A sealed batch beyond the seal's size.
        public static func sealedBatchTooLarge(maximum: Int, count: Int) -> Message {
            Message(
                "log.sealed-batch-too-large", zh: "一个封存批最多 \(maximum) 条记录，不是 \(count) 条",
                en: "a sealed batch holds at most \(maximum) records, not \(count)")
        }

        /// A sealed batch mixing parties.
        public static func sealedBatchOneParty(other: String, first: String) -> Message {
            Message(
                "log.sealed-batch-one-party", zh: "一个封存批只含同一参与方的记录：\(other) 不是第一条记录的 \(first)",
                en: "a sealed batch is one party's records: \(other) is not \(first), the first's")
        }

        /// A tree head whose key id does not match its public key.
        public static func headKeyMismatch(_ id: String) -> Message {
            Message(
                "log.head-key-mismatch", zh: "树头的密钥 \(id) 与其 spki 不符",
                en: "the tree head's key \(id) does not match its spki")
        }

        /// A tree head of a version this build does not read.
        public static func headVersion(_ version: Int) -> Message {
            Message(
                "log.head-version", zh: "树头的版本为 \(version)；本 foodtrace 读取版本 1",
                en: "the tree head has version \(version); this foodtrace reads 1")
        }

        /// A tree head whose root is not a hash.
        public static func headRootNotHash(_ root: String) -> Message {
            Message(
                "log.head-root-not-hash", zh: "树头的根 \(root) 不是哈希值", en: "the tree head's root \(root) is not a hash")
        }

        /// A tree head whose signature does not verify.
        public static func headNotSigned(size: UInt64, key: String) -> Message {
            Message(
                "log.head-not-signed", zh: "\(size) 条记录的树头未经其密钥 \(key) 签名（签名无效）",
                en: "the tree head of size \(size) is not signed by its key \(key)")
        }

        /// Bytes that are not a tree head (the parser's words follow).
        public static func notAHead(_ detail: Message) -> Message {
            Message("log.not-a-head", zh: "不是树头：\(detail.zh)", en: "not a tree head: \(detail.en)")
        }

        /// A witness's co-signature that does not verify.
        public static func cosignatureFails(key: String) -> Message {
            Message(
                "log.cosignature-fails", zh: "见证密钥 \(key) 的联署签名对该树头无效",
                en: "the co-signature of witness key \(key) does not verify for this head")
        }

        /// A leaf index outside the tree.
        public static func leafOutOfRange(leaf: UInt64, size: UInt64) -> Message {
            Message(
                "log.leaf-out-of-range", zh: "叶子 \(leaf) 不在 \(size) 个叶子的树中",
                en: "leaf \(leaf) is not in a tree of \(size) leaves")
        }

        /// Consistency asked between sizes in the wrong order or beyond the tree.
        public static func notAPrefix(old: UInt64, new: UInt64) -> Message {
            Message(
                "log.not-a-prefix", zh: "\(old) 个叶子的树不可能是 \(new) 个叶子的树的前缀",
                en: "a tree of \(old) leaves cannot be a prefix of one of \(new)")
        }

        /// A complete subtree missing from the nodes given.
        public static func missingSubtree(index: UInt64, level: Int, size: UInt64) -> Message {
            Message(
                "log.missing-subtree", zh: "\(size) 个叶子的树中没有第 \(level) 层的完整子树 \(index)",
                en: "no complete subtree \(index) at level \(level) in a tree of \(size) leaves")
        }

        /// A subtree the store's log tables should hold.
        public static func storeMissingSubtree(index: UInt64, level: Int) -> Message {
            Message(
                "log.store-missing-subtree", zh: "日志中没有第 \(level) 层的子树 \(index)",
                en: "the log has no subtree \(index) at level \(level)")
        }

        /// `log proof` of a record the log does not hold.
        public static func recordNotLogged(_ record: String) -> Message {
            Message("log.record-not-logged", zh: "记录 \(record) 不在日志中", en: "record \(record) is not in the log")
        }

        /// `log proof --size` of a tree that does not hold the record (or beyond the log).
        public static func recordNotInTree(record: String, index: UInt64, size: UInt64, logSize: UInt64?) -> Message {
            Message(
                "log.record-not-in-tree",
                zh: "记录 \(record) 是第 \(index) 号叶子；\(size) 个叶子的树不包含它"
                    + (logSize.map { "（日志共有 \($0) 个叶子）" } ?? ""),
                en: "record \(record) is leaf \(index); the tree of \(size) leaves does not hold it"
                    + (logSize.map { " (the log has \($0))" } ?? ""))
        }

        /// `log proof --from --to` beyond the log.
        public static func noConsistencyProof(from: UInt64, to: UInt64, size: UInt64) -> Message {
            Message(
                "log.no-consistency-proof", zh: "无法给出从 \(from) 到 \(to) 个叶子的一致性证明：日志共有 \(size) 个叶子",
                en: "no consistency proof from \(from) to \(to) leaves: the log has \(size) leaves")
        }

        /// `log head` on a store that never served as a hub.
        public static func noTreeHead(_ path: String) -> Message {
            Message(
                "log.no-tree-head", zh: "\(path) 从未签署树头：它没有作为中心节点运行过",
                en: "\(path) has signed no tree head: it has not served as a hub")
        }

        /// `log proof`: no signed head of the proof's size.
        public static func noHeadForProof(size: UInt64) -> Message {
            Message(
                "log.no-head-for-proof", zh: "没有 \(size) 条记录的已签名树头，无法核对该证明",
                en: "no signed head of \(size) records to check the proof against")
        }

        /// `log proof --from --to`: a size with no signed head.
        public static func noHeads(from: UInt64, to: UInt64) -> Message {
            Message(
                "log.no-heads", zh: "日志没有为 \(from) 条或 \(to) 条记录签署树头",
                en: "the log signed no head of \(from) or of \(to) records")
        }

        /// `log proof`, text: where the record stands.
        public static func proofLeaf(record: String, index: UInt64, size: UInt64) -> Message {
            Message(
                "log.proof-leaf", zh: "记录 \(record)：\(size) 个叶子中的第 \(index) 号叶子（从 0 起）",
                en: "record \(record): leaf \(index) of \(size)")
        }

        /// `log proof`, text: the leaf hash, and whether the record's bytes in this store gave it.
        public static func proofLeafHash(_ hash: String, fromLocalBytes: Bool) -> Message {
            Message(
                "log.proof-leaf-hash", zh: "叶子哈希：\(hash)" + (fromLocalBytes ? "（由本库中该记录的字节算出）" : ""),
                en: "leaf hash: \(hash)" + (fromLocalBytes ? " (the record's bytes here)" : ""))
        }

        /// `log proof`, text: one hash of the audit path.
        public static func proofPath(level: Int, hash: String) -> Message {
            Message("log.proof-path", zh: "  路径[\(level)] \(hash)", en: "  path[\(level)] \(hash)")
        }

        /// `log proof`, text: the head checked against.
        public static func proofHead(root: String, time: String, key: String) -> Message {
            Message(
                "log.proof-head", zh: "树头：     \(root)，\(time) 由 \(key) 签署",
                en: "head:      \(root), signed \(time) by \(key)")
        }

        /// `log proof`, text: when the record was first logged.
        public static func proofLogged(time: String, size: UInt64) -> Message {
            Message(
                "log.proof-logged", zh: "记入日志： \(time)（首个包含它的树头：\(size) 条记录）",
                en: "logged:    \(time) (first head including it: \(size))")
        }

        /// `log proof`: the verdict.
        public static func proofVerdict(_ verifies: Bool) -> Message {
            verifies
                ? Message("log.proof-verifies", zh: "证明有效", en: "the proof verifies")
                : Message("log.proof-fails", zh: "证明无效", en: "the proof does NOT verify")
        }

        /// `log proof --from --to`, text: the proof's length.
        public static func consistency(from: UInt64, to: UInt64, hashes: Int) -> Message {
            Message(
                "log.consistency", zh: "\(from) 条与 \(to) 条记录之间的一致性证明：\(hashes) 个哈希",
                en: "consistency of \(from) and \(to) records: \(hashes) hashes")
        }

        /// `log proof --from --to`, text: one hash of the proof.
        public static func consistencyHash(index: Int, hash: String) -> Message {
            Message("log.consistency-hash", zh: "  证明[\(index)] \(hash)", en: "  proof[\(index)] \(hash)")
        }

        /// `log proof --from --to`, text: the two roots.
        public static func consistencyRoots(old: String, new: String) -> Message {
            Message("log.consistency-roots", zh: "旧：\(old)\n新：\(new)", en: "old: \(old)\nnew: \(new)")
        }

        /// `log head`, text.
        public static func head(size: UInt64, root: String, time: String, key: String, algorithm: String) -> Message {
            Message(
                "log.head",
                zh: "树头：\(size) 条记录\n根：  \(root)\n签名：\(time) 由日志密钥 \(key)（\(algorithm)）签署，签名有效",
                en: """
                    tree head: \(size) records
                    root:      \(root)
                    signed:    \(time) by log key \(key) (\(algorithm)), signature verifies
                    """)
        }

        /// `log witness`, text: the head co-signed.
        public static func cosigned(size: UInt64, root: String, key: String, previousSize: UInt64?) -> Message {
            Message(
                "log.cosigned",
                zh: "已以 \(key) 联署 \(size) 条记录的树头（\(root)）："
                    + (previousSize.map { "与此前联署的 \($0) 条记录的树头一致" } ?? "这是从该中心节点看到的第一个树头"),
                en: "co-signed the head of \(size) records (\(root)) as \(key): "
                    + (previousSize.map { "consistent with the head of \($0) records co-signed before" }
                        ?? "the first head seen from this hub"))
        }
        /// `log verify`: a stored head that does not read or verify.
        public static func storedHeadFails(_ detail: Message) -> Message {
            Message(
                "log.stored-head-fails", zh: "库中的一个树头校验失败：\(detail.zh)",
                en: "a stored tree head does not verify: \(detail.en)")
        }

        /// `log verify`: a leaf naming another record than the one accepted at its place.
        public static func leafMismatch(index: UInt64, logged: Int64?, record: Int64, id: String) -> Message {
            Message(
                "log.leaf-mismatch",
                zh: "日志的第 \(index) 号叶子是记录 #\(logged.map(String.init) ?? "（无）")，而第 \(index + 1) 条被接受的是记录 "
                    + "#\(record)（\(id)）：这些记录在记入日志后被改动过",
                en: "leaf \(index) of the log is record #\(logged.map(String.init) ?? "none"), but record #\(record) "
                    + "(\(id)) is the \(index + 1)th accepted: the records were changed after they were logged")
        }

        /// `log verify`: a stored subtree that is not the rebuilt tree's.
        public static func subtreeDiffers(index: UInt64, level: Int) -> Message {
            Message(
                "log.subtree-differs", zh: "日志中第 \(level) 层的子树 \(index) 与由记录重建的树不同",
                en: "the log's subtree \(index) at level \(level) differs from the tree rebuilt from the records")
        }

        /// `log verify`: a signed head whose root is not the rebuilt tree's.
        public static func headRootDiffers(size: UInt64, root: String, rebuilt: String) -> Message {
            Message(
                "log.head-root-differs", zh: "大小为 \(size) 的已签名树头的根是 \(root)；由记录算出的是 \(rebuilt)",
                en: "the signed head of size \(size) has root \(root); the records give \(rebuilt)")
        }

        /// `log verify`: more leaves than records.
        public static func recordsMissing(leaves: UInt64, records: UInt64) -> Message {
            Message(
                "log.records-missing", zh: "日志有 \(leaves) 个叶子，而库中只有 \(records) 条记录：已记入日志的记录缺失",
                en: "the log has \(leaves) leaves but the store holds \(records) records: logged records are missing")
        }

        /// `log verify`: a head beyond the records.
        public static func headBeyondRecords(size: UInt64, records: UInt64) -> Message {
            Message(
                "log.head-beyond-records", zh: "大小为 \(size) 的已签名树头覆盖的记录多于库中所有（\(records) 条）",
                en: "the signed head of size \(size) covers more records than the store holds (\(records))")
        }

        /// `log verify`, text: what was checked.
        public static func verified(leaves: UInt64, heads: Int, records: UInt64, root: String) -> Message {
            Message(
                "log.verified", zh: "日志：\(leaves) 个叶子，\(heads) 个已签名树头；记录：\(records) 条；重建的根 \(root)",
                en: "log: \(leaves) leaves, \(heads) signed heads; records: \(records); rebuilt root \(root)")
        }

        /// `log verify`, text: one disagreement.
        public static func problem(_ problem: Message) -> Message {
            Message("log.problem", zh: "  问题：\(problem.zh)", en: "  problem: \(problem.en)")
        }

        /// `log verify`: the verdict.
        public static func verifyVerdict(matches: Bool) -> Message {
            matches
                ? Message("log.matches", zh: "日志与记录一致", en: "the log matches the records")
                : Message("log.does-not-match", zh: "日志与记录不一致", en: "the log does not match")
        }
    }
}
