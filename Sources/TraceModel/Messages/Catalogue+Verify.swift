// The message catalogue: `foodtrace verify` — each finding's check and reason, the log's view of record times, the
// summary line — and why a sealed record's signature does not stand (verify and ingest).

extension Message {
    /// What `foodtrace verify` reports.
    public enum Verify {
        /// A check's name (`signature`, `chain`, …) in each language.
        public static func check(_ name: String) -> Message {
            let names = [
                "signature": "签名", "id": "编号", "chain": "链", "key": "密钥", "time": "时间", "derived": "派生数据",
                "reference": "引用", "certificate": "证照", "equivocation": "双重签名", "log": "日志",
            ]
            return Message("verify.check.\(name)", zh: names[name] ?? name, en: name)
        }

        /// One finding as printed: the check, the record (when one is named), what is wrong.
        public static func finding(check: String, record: String?, _ reason: Message) -> Message {
            let name = Self.check(check)
            return Message(
                reason.key, zh: "\(name.zh)：" + (record.map { "记录 \($0)：" } ?? "") + reason.zh,
                en: "\(name.en): " + (record.map { "record \($0): " } ?? "") + reason.en)
        }

        /// Every record checked and nothing found.
        public static func allHold(records: Int) -> Message {
            Message(
                "verify.all-hold", zh: "已核验 \(records) 条记录：签名、链与引用全部成立",
                en: "verified \(records) records: all signatures, chains and references hold")
        }

        /// Every record checked, with this many findings.
        public static func found(records: Int, findings: Int) -> Message {
            Message(
                "verify.found", zh: "已核验 \(records) 条记录：发现 \(findings) 个问题",
                en: "verified \(records) records: \(findings) finding(s)")
        }

        /// A hub's store: how many records are dated far from their logged time (not findings).
        public static func farFromLoggedTime(_ count: Int, hours: Int64) -> Message {
            Message(
                "verify.far-from-logged-time",
                zh: "日志：\(count) 条记录的日期与记入日志的时间相差 \(hours) 小时或以上（仅列出，不算问题）",
                en: "log: \(count) record(s) dated \(hours) hours or more from their logged time (shown, not a finding)"
            )
        }

        /// One record dated far from its logged time.
        public static func loggedTime(record: String, at: String, logged: String, hoursAfter: Int64) -> Message {
            Message(
                "verify.logged-time", zh: "  \(record) 日期 \(at)，记入日志 \(logged)（比日期晚 \(hoursAfter) 小时）",
                en: "  \(record) at \(at), logged \(logged) (\(hoursAfter) h after at)")
        }

        /// `… and N more` after the first records listed.
        public static func andMore(_ count: Int) -> Message {
            Message("verify.and-more", zh: "  …… 另有 \(count) 条", en: "  … and \(count) more")
        }

        // MARK: Records: bytes, keys, signatures, chains

        /// The `verify.chain-order` text (chain order).
        public static func chainOrder(issuer: String, seq: Int, previous: Int) -> Message {
            Message(
                "verify.chain-order", zh: "写入顺序中 \(issuer) 的 seq \(seq) 紧接在 seq \(previous) 之后",
                en: "\(issuer) seq \(seq) follows seq \(previous) in ingest order")
        }

        /// The `verify.prev-mismatch` text (prev mismatch).
        public static func prevMismatch(issuer: String, seq: Int) -> Message {
            Message(
                "verify.prev-mismatch", zh: "$.prev 没有指向 \(issuer) 的 seq \(seq) 记录",
                en: "prev does not name \(issuer)'s record seq \(seq)")
        }

        /// The `verify.key-unparsable` text (key unparsable).
        public static func keyUnparsable(key: String, party: String, _ reason: Message) -> Message {
            Message(
                "verify.key-unparsable", zh: "\(party) 的密钥 \(key)：库中存的公钥无法解析：\(reason.zh)",
                en: "key \(key) of \(party): the stored public key does not parse: \(reason.en)")
        }

        /// The `verify.bytes-unparsable` text (bytes unparsable).
        public static func bytesUnparsable(_ reason: Message) -> Message {
            Message(
                "verify.bytes-unparsable", zh: "库中存的字节已无法解析：\(reason.zh)",
                en: "stored bytes no longer parse: \(reason.en)")
        }

        /// The `verify.body-undecodable` text (body undecodable).
        public static func bodyUndecodable(_ reason: Message) -> Message {
            Message(
                "verify.body-undecodable", zh: "库中存的记录正文已无法解码：\(reason.zh)",
                en: "the stored body no longer decodes: \(reason.en)")
        }

        /// The `verify.hashes-to` text (hashes to).
        public static func hashesTo(_ id: String) -> Message {
            Message("verify.hashes-to", zh: "库中存的字节哈希为 \(id)，与编号不符", en: "stored bytes hash to \(id)")
        }

        /// The `verify.not-canonical` text (not canonical).
        public static let notCanonical = Message(
            "verify.not-canonical", zh: "库中存的字节不是规范形式", en: "stored bytes are not in canonical form")

        /// The `verify.key-not-in-store` text (key not in store).
        public static func keyNotInStore(_ key: String?) -> Message {
            Message(
                "verify.key-not-in-store", zh: key.map { "库中没有密钥 \($0)" } ?? "记录没有签名，库中没有其密钥",
                en: "key \(key ?? "(none)") is not in the store")
        }

        /// The `verify.signature-uncheckable` text (signature uncheckable).
        public static func signatureUncheckable(key: String) -> Message {
            Message(
                "verify.signature-uncheckable", zh: "无法核验签名：库中存的公钥 \(key) 无法解析",
                en: "signature cannot be checked: the stored public key \(key) does not parse")
        }

        /// The `verify.key-of-another` text (key of another).
        public static func keyOfAnother(key: String, owner: String, issuer: String) -> Message {
            Message(
                "verify.key-of-another", zh: "密钥 \(key) 属于 \(owner)，而不是 \(issuer)",
                en: "key \(key) belongs to \(owner), not \(issuer)")
        }

        /// The `verify.signature-fails` text (signature fails).
        public static func signatureFails(key: String, issuer: String) -> Message {
            Message(
                "verify.signature-fails", zh: "签名无法用 \(issuer) 的密钥 \(key) 验证通过",
                en: "signature does not verify for key \(key) of \(issuer)")
        }

        /// The `verify.revoked-from` text (revoked from).
        public static func revokedFrom(key: String, from: String, at: String) -> Message {
            Message(
                "verify.revoked-from", zh: "密钥 \(key) 自 \(from) 起已吊销，却签了这条日期为 \(at) 的记录",
                en: "key \(key) was revoked from \(from) but signed this record dated \(at)")
        }

        /// The `verify.revoked-after-seq` text (revoked after seq).
        public static func revokedAfterSeq(key: String, issuer: String, last: Int, seq: Int) -> Message {
            Message(
                "verify.revoked-after-seq", zh: "密钥 \(key) 在 \(issuer) 的 seq \(last) 记录之后已吊销，却签了这条 seq \(seq) 的记录",
                en: "key \(key) was revoked after \(issuer)'s record seq \(last) but signed this record, seq \(seq)")
        }

        /// The `verify.equivocation` text (equivocation).
        public static func equivocation(issuer: String, seq: Int, id: String, other: String) -> Message {
            Message(
                "verify.equivocation", zh: "\(issuer) 在 seq \(seq) 签了两条不同的记录：\(id) 与 \(other)",
                en: "\(issuer) signed two different records at seq \(seq): \(id) and \(other)")
        }

        // MARK: Time rules

        /// The `verify.dated-before-previous` text (dated before previous).
        public static func datedBeforePrevious(issuer: String, seq: Int, at: String, previousAt: String) -> Message {
            Message(
                "verify.dated-before-previous",
                zh: "\(issuer) 的 seq \(seq) 日期为 \(at)，早于其 seq \(seq - 1) 的日期 \(previousAt)",
                en: "\(issuer) seq \(seq) is dated \(at), before its seq \(seq - 1) dated \(previousAt)")
        }

        /// The `verify.dated-before-key` text (dated before key).
        public static func datedBeforeKey(at: String, key: String, registered: String) -> Message {
            Message(
                "verify.dated-before-key", zh: "日期为 \(at)，早于其密钥 \(key) 的登记时间（\(registered)）",
                en: "dated \(at), before its key \(key) was registered (\(registered))")
        }

        /// The `verify.dated-after-ingest` text (dated after ingest).
        public static func datedAfterIngest(at: String, minutes: Int64, ingested: String) -> Message {
            Message(
                "verify.dated-after-ingest", zh: "日期为 \(at)，比写入库的时间（\(ingested)）晚 \(minutes) 分钟以上",
                en: "dated \(at), more than \(minutes) minutes after it was ingested (\(ingested))")
        }

        // MARK: References and the log

        /// The `verify.edge-dangling` text (edge dangling).
        public static func edgeDangling(parent: String, child: String) -> Message {
            Message(
                "verify.edge-dangling", zh: "边 \(parent) → \(child) 指向不存在的节点或记录",
                en: "edge \(parent) → \(child) names a missing node or record")
        }

        /// The `verify.quotes-revoked` text (quotes revoked).
        public static func quotesRevoked(type: String, number: String, from: String) -> Message {
            Message(
                "verify.quotes-revoked", zh: "引用了 \(type) \(number)，该证照自 \(from) 起已吊销",
                en: "quotes \(type) \(number), revoked from \(from)")
        }

        /// The `verify.disposal-without-notice` text (disposal without notice).
        public static func disposalWithoutNotice(batch: String, notice: String) -> Message {
            Message(
                "verify.disposal-without-notice", zh: "批次 \(batch) 的处置回应召回通知 \(notice)，而库中没有该通知",
                en: "disposal of batch \(batch) answers recall notice \(notice), which is not in the store")
        }

        /// The `verify.disposal-not-covered` text (disposal not covered).
        public static func disposalNotCovered(batch: String, notice: String, covers: [String]) -> Message {
            Message(
                "verify.disposal-not-covered",
                zh: "批次 \(batch) 的处置回应召回通知 \(notice)，而该通知涵盖 \(covers.joined(separator: "、")) 及其制成品，不含本批次",
                en:
                    "disposal of batch \(batch) answers recall notice \(notice), which covers \(covers.joined(separator: ", ")) and what was made from it, not this batch"
            )
        }

        /// The `verify.logged-after-revocation` text (logged after revocation).
        public static func loggedAfterRevocation(
            key: String, party: String, revocation: String, revocationLeaf: UInt64, recordLeaf: UInt64
        ) -> Message {
            Message(
                "verify.logged-after-revocation",
                zh:
                    "吊销后才记入日志：由 \(party) 的密钥 \(key) 签名，而日志在第 \(revocationLeaf) 片叶子已记下其吊销 \(revocation)，早于本记录的第 \(recordLeaf) 片叶子",
                en:
                    "logged after revocation: signed by key \(key) of \(party), whose revocation \(revocation) the log holds at leaf \(revocationLeaf), before this record's leaf \(recordLeaf)"
            )
        }
    }

    /// Why a sealed record's signature does not stand.
    public enum SealCheck {
        /// The `seal.path-does-not-fit` text (path does not fit).
        public static func pathDoesNotFit(index: Int, size: Int) -> Message {
            Message(
                "seal.path-does-not-fit", zh: "路径与 \(size) 条中的第 \(index) 片叶子不符",
                en: "the path does not fit leaf \(index) of \(size)")
        }

        /// The `seal.other-root` text (other root).
        public static func otherRoot(root: String, sealed: String, index: Int, size: Int) -> Message {
            Message(
                "seal.other-root",
                zh: "记录编号与路径得出的根为 \(root)，而不是封存批头的根 \(sealed)：本记录不是封存在 \(size) 条中第 \(index) 片叶子的那条",
                en:
                    "the record's id and its path lead to root \(root), not to the sealed head's root \(sealed): this record is not the one sealed at leaf \(index) of \(size)"
            )
        }

        /// The `seal.head-not-signed` text (head not signed).
        public static func headNotSigned(size: Int, root: String, key: String, issuer: String) -> Message {
            Message(
                "seal.head-not-signed",
                zh: "封存批头（\(size) 条记录，根 \(root)）不是由参与方 \(issuer) 的密钥 \(key) 签名的",
                en: "the sealed head (\(size) records, root \(root)) is not signed by key \(key) of party \(issuer)")
        }
    }
}
