// The message catalogue: `foodtrace slip verify` — what a genuine slip shows, and why a slip or its payload is not
// genuine.

extension Message {
    /// The offline check of a slip.
    public enum SlipCheck {
        public static func genuine(_ code: String) -> Message {
            Message("slip-check.genuine", zh: "真 · 小票 \(code) 核验通过", en: "genuine slip \(code)")
        }

        public static func voided(at: String, reason: String, record: String) -> Message {
            Message(
                "slip-check.voided", zh: "  已作废  \(at)：\(reason)（记录 \(record)）",
                en: "  VOIDED  at \(at): \(reason) (record \(record))")
        }

        public static func stall(name: String, id: String, market: String?) -> Message {
            Message(
                "slip-check.stall", zh: "  摊位    \(name)（\(id)）" + (market.map { "，\($0)" } ?? ""),
                en: "  stall   \(name) (\(id))" + (market.map { ", \($0)" } ?? ""))
        }

        public static func sold(quantity: Message, price: String, amount: String, at: String) -> Message {
            Message(
                "slip-check.sold", zh: "  售出    \(quantity.zh) × ¥\(price) = ¥\(amount)，\(at)",
                en: "  sold    \(quantity.en) × ¥\(price) = ¥\(amount) at \(at)")
        }

        public static func priced(amount: String, unit: String, price: String) -> Message {
            Message(
                "slip-check.priced", zh: "  计价    \(amount) \(unit) × ¥\(price)/\(unit)",
                en: "  priced  \(amount) \(unit) × ¥\(price)/\(unit)")
        }

        /// On a hub's store: when the hub first logged the sale, flagged when far from the sale's time.
        public static func logged(_ time: String, flagged: Bool, hours: String, soldBefore: Bool) -> Message {
            Message(
                "slip-check.logged",
                zh: "  入日志  \(time)（中心第一个包含该销售的树头）"
                    + (flagged ? "；已标记：售出时间比记入日志\(soldBefore ? "早" : "晚") \(hours) 小时" : ""),
                en: "  logged  \(time) (the hub's first tree head that includes the sale)"
                    + (flagged ? "; flagged: sold \(hours) hours \(soldBefore ? "before" : "after") it was logged" : "")
            )
        }

        /// A sale sealed with others by one signature over their Merkle tree.
        public static func sealed(index: Int, size: Int, root: String) -> Message {
            Message(
                "slip-check.sealed", zh: "  封签    一次签名封签的 \(size) 笔销售中的第 \(index) 笔：已核验其到根 \(root) 的路径",
                en: "  sealed  sale \(index) of \(size) sealed by one signature: its path to root \(root) checked")
        }

        public static func batch(_ code: String) -> Message {
            Message("slip-check.batch", zh: "  批次    \(code)", en: "  batch   \(code)")
        }

        public static func record(_ id: String) -> Message {
            Message("slip-check.record", zh: "  记录    \(id)", en: "  record  \(id)")
        }

        public static func bundle(issued: String, age: Message, until: String) -> Message {
            Message(
                "slip-check.bundle", zh: "  信任包  签发于 \(issued)（\(age.zh)前），有效期至 \(until)",
                en: "  bundle  issued \(issued) (\(age.en) ago), valid until \(until)")
        }

        public static func later(_ issued: String) -> Message {
            Message(
                "slip-check.later", zh: "  注意    销售晚于信任包：\(issued) 之后吊销的密钥它并不知道",
                en: "  note    the sale is later than the bundle: a key revoked since \(issued) is not known to it")
        }

        public static func notGenuine(_ reason: Message) -> Message {
            Message(reason.key, zh: "假 · 核验未通过：\(reason.zh)", en: "NOT GENUINE: \(reason.en)")
        }

        // Why a slip is not genuine.

        public static func malformed(_ error: Message) -> Message {
            Message("slip-check.malformed", zh: "小票内容格式有误：\(error.zh)", en: "malformed slip payload: \(error.en)")
        }

        public static func altered(_ error: Message) -> Message {
            Message("slip-check.altered", zh: "小票内容被改动：\(error.zh)", en: "altered slip payload: \(error.en)")
        }

        public static func alteredID(computed: String, expected: String) -> Message {
            Message(
                "slip-check.altered-id", zh: "小票内容被改动：由其重建的记录编号以 \(computed) 开头，而内容中的校验为 \(expected)",
                en:
                    "altered slip payload: the record rebuilt from it has an id starting \(computed), but the payload's "
                    + "check says \(expected)")
        }

        public static func badSignature(issuer: String, key: String) -> Message {
            Message(
                "slip-check.bad-signature", zh: "签名伪造或损坏：小票无法用登记给 \(issuer) 的密钥 \(key) 验证",
                en: "forged or damaged signature: the slip does not verify under key \(key) registered to \(issuer)")
        }

        public static func unknownIssuer(_ issuer: String) -> Message {
            Message(
                "slip-check.unknown-issuer", zh: "未知签发方：\(issuer) 不是信任包中登记的参与方",
                en: "unknown issuer: \(issuer) is not a registered party in the trust bundle")
        }

        public static func unknownKey(issuer: String, key: String) -> Message {
            Message(
                "slip-check.unknown-key", zh: "未知密钥：小票由密钥 \(key) 签名，该密钥未登记给 \(issuer)",
                en: "unknown key: the slip is signed with key \(key), which is not registered to \(issuer)")
        }

        public static func revokedKey(issuer: String, key: String, from: String, reason: String, soldAt: String)
            -> Message
        {
            Message(
                "slip-check.revoked-key", zh: "密钥已吊销：\(issuer) 的密钥 \(key) 自 \(from) 起吊销（\(reason)）；该销售日期为 \(soldAt)",
                en:
                    "revoked key: key \(key) of \(issuer) is revoked from \(from) (\(reason)); the sale is dated \(soldAt)"
            )
        }

        public static func revokedAfter(issuer: String, key: String, lastSeq: Int, reason: String, seq: Int)
            -> Message
        {
            Message(
                "slip-check.revoked-after",
                zh: "密钥已吊销：\(issuer) 的密钥 \(key) 在该方 seq \(lastSeq) 的记录之后吊销（\(reason)）；本小票是其 seq \(seq)，无论日期一概无效",
                en:
                    "revoked key: key \(key) of \(issuer) is revoked after the party's record seq \(lastSeq) (\(reason)); "
                    + "this slip is its seq \(seq), so it does not count whatever its date")
        }

        public static func notStall(issuer: String, role: Role) -> Message {
            Message(
                "slip-check.not-stall", zh: "不是摊位：\(issuer) 登记为\(role.chineseName)，不开小票",
                en: "not a stall: \(issuer) is registered as \(role.rawValue), which does not issue slips")
        }

        public static func amountMismatch(quantity: String, price: String, amount: String) -> Message {
            Message(
                "slip-check.amount", zh: "销售不一致：收取的 \(amount) 元不等于 \(quantity) × \(price) 元（精确到分）；任何库都不会接受这样的销售",
                en: "inconsistent sale: \(amount) yuan charged is not \(quantity) × \(price) yuan to the fen; no store "
                    + "accepts such a sale")
        }
    }
}
