// The message catalogue: why a record is refused at ingest (reading, signature, chain, time, stock), where, and
// what an ingest did.

extension Message {
    /// Refusals of records and the ingest summary.
    public enum Ingest {
        /// A refused record: its line, id and field, then the reason.
        public static func rejection(line: Int, record: String?, field: String, reason: Message) -> Message {
            Message(
                reason.key,
                zh: "第 \(line) 行" + (record.map { "：记录 \($0)" } ?? "") + (field == "$" ? "" : "：字段 \(field)")
                    + "：\(reason.zh)",
                en: "line \(line)" + (record.map { ": record \($0)" } ?? "") + (field == "$" ? "" : ": field \(field)")
                    + ": \(reason.en)")
        }

        /// A problem of one record outside an input file (a body given to `record`): the field and the reason.
        public static func problem(field: String, reason: Message) -> Message {
            field == "$"
                ? reason
                : Message(reason.key, zh: "字段 \(field)：\(reason.zh)", en: "field \(field): \(reason.en)")
        }

        /// What `ingest` did.
        public static func summary(source: String, accepted: Int, present: Int, rejected: Int, stored: Bool)
            -> Message
        {
            Message(
                "ingest.summary",
                zh: "\(source)：接受 \(accepted) 条，已在库中 \(present) 条，拒绝 \(rejected) 条" + (stored ? "" : "；未存入任何内容"),
                en: "\(source): \(accepted) accepted, \(present) already present, \(rejected) rejected"
                    + (stored ? "" : "; nothing was stored"))
        }

        public static let unreadable = Message("ingest.unreadable", zh: "无法读取", en: "unreadable")
        public static let notSigned = Message("ingest.not-signed", zh: "记录未签名", en: "the record is not signed")

        public static func lineTooLong(limit: Int) -> Message {
            Message(
                "ingest.line-too-long", zh: "该行超过 \(limit) 字节（单条记录的上限）；不再往下读",
                en: "the line is longer than \(limit) bytes, the limit for one record; not read further")
        }

        public static func equivocation(party: String, seq: Int, stored: String) -> Message {
            Message(
                "ingest.equivocation", zh: "一号多签：参与方 \(party) 在 seq \(seq) 已有另一条记录（\(stored)）；两条都作为证据保留",
                en: "equivocation: party \(party) already has a different record at seq \(seq) (\(stored)); both are "
                    + "kept as evidence")
        }

        // Signatures and keys.

        public static func unknownKey(_ key: String) -> Message {
            Message(
                "ingest.unknown-key", zh: "未知密钥 \(key)：既不是信任锚，也未登记给任何参与方",
                en: "unknown key \(key): neither a trust anchor nor registered for any party")
        }

        public static func keyOfAnotherParty(key: String, owner: String, issuer: String) -> Message {
            Message(
                "ingest.key-of-another-party", zh: "密钥 \(key) 属于参与方 \(owner)，不属于签发方 \(issuer)",
                en: "key \(key) belongs to party \(owner), not to the issuer \(issuer)")
        }

        public static func algorithmMismatch(alg: String, key: String, keyAlg: String) -> Message {
            Message(
                "ingest.algorithm-mismatch", zh: "签名算法 \(alg) 与密钥 \(key) 不符（该密钥为 \(keyAlg)）",
                en: "signature algorithm \(alg) does not match key \(key), which is \(keyAlg)")
        }

        public static func badSignature(key: String, party: String) -> Message {
            Message(
                "ingest.bad-signature", zh: "签名无法用参与方 \(party) 的密钥 \(key) 验证",
                en: "signature does not verify for key \(key) of party \(party)")
        }

        public static func keyRevoked(key: String, party: String, from: String, at: String) -> Message {
            Message(
                "ingest.key-revoked", zh: "参与方 \(party) 的密钥 \(key) 自 \(from) 起已吊销；该记录日期为 \(at)",
                en: "key \(key) of party \(party) was revoked from \(from); the record is dated \(at)")
        }

        public static func keyRevokedAfterSeq(key: String, party: String, last: Int, seq: Int, at: String) -> Message {
            Message(
                "ingest.key-revoked-after-seq",
                zh: "参与方 \(party) 的密钥 \(key) 在该方 seq \(last) 的记录之后已吊销：此后签署的记录无论日期一概无效（本记录 seq \(seq)，日期 \(at)）",
                en: "key \(key) of party \(party) was revoked after the party's record seq \(last): nothing it signs "
                    + "later counts, whatever its date (this record is seq \(seq), dated \(at))")
        }

        public static func keyRevokedLogged(key: String, party: String, at: String) -> Message {
            Message(
                "ingest.key-revoked-logged",
                zh: "参与方 \(party) 的密钥 \(key) 已被本中心先前接受（并记入日志）的记录吊销：该密钥签署、在吊销之后记入日志的记录无论日期一概拒绝（本记录日期 \(at)）",
                en:
                    "key \(key) of party \(party) was revoked by a record this hub accepted, and so logged, before this "
                    + "one: a record signed by the key and logged after its revocation is refused whatever its date "
                    + "(this one is dated \(at))")
        }

        // Chains and time.

        public static func outOfOrder(seq: Int, issuer: String, expected: Int) -> Message {
            Message(
                "ingest.out-of-order", zh: "顺序错误：本输入中 \(issuer) 的 seq \(seq) 排在 seq \(expected) 之前",
                en: "out of order: seq \(seq) of \(issuer) comes before seq \(expected) in this input")
        }

        public static func gap(issuer: String, expected: Int, found: Int) -> Message {
            Message(
                "ingest.gap", zh: "\(issuer) 的记录链断开：应为 seq \(expected)，实为 \(found)",
                en: "gap in the chain of \(issuer): expected seq \(expected), found \(found)")
        }

        public static func forked(issuer: String, seq: Int, id: String) -> Message {
            Message(
                "ingest.forked", zh: "prev 未指向 \(issuer) 的 seq \(seq) 记录（\(id)）：记录链分叉",
                en: "prev does not name \(issuer)'s record seq \(seq) (\(id)): the chain is forked")
        }

        public static func timeGoesBack(at: String, issuer: String, seq: Int, previous: String) -> Message {
            Message(
                "ingest.time-back",
                zh: "日期 \(at) 早于 \(issuer) 的 seq \(seq) 记录（\(previous)）：记录链上的时间不可倒退",
                en: "dated \(at), before \(issuer)'s record seq \(seq) dated \(previous): time may not go back along a "
                    + "chain")
        }

        public static func beforeKeyRegistered(at: String, key: String, party: String, registered: String) -> Message {
            Message(
                "ingest.before-key", zh: "日期 \(at) 早于参与方 \(party) 的密钥 \(key) 登记之时（\(registered)）",
                en: "dated \(at), before key \(key) of party \(party) was registered (\(registered))")
        }

        public static func fromTheFuture(at: String, minutes: Int64, now: String) -> Message {
            Message(
                "ingest.future",
                zh: "日期 \(at) 比本库时钟（\(now)）晚 \(minutes) 分钟以上：来自未来的记录被拒绝；请到时再发送",
                en: "dated \(at), more than \(minutes) minutes after this store's clock (\(now)): a record from the "
                    + "future is refused; send it again once its time has come")
        }

        // Batches and stock.

        public static func batchNotInStore(_ batch: String) -> Message {
            Message("ingest.no-batch", zh: "库中没有批次 \(batch)", en: "batch \(batch) is not in the store")
        }

        public static func notABatch(_ code: String, type: String) -> Message {
            Message(
                "ingest.not-a-batch", zh: "\(code) 是\(Message.Trace.nodeType(type).zh)，不是批次",
                en: "\(code) is a \(type), not a batch")
        }

        public static func heldByAnother(batch: String, holder: String, actor: String) -> Message {
            Message(
                "ingest.held-by-another", zh: "批次 \(batch) 由 \(holder) 持有，不是 \(actor)",
                en: "batch \(batch) is held by \(holder), not by \(actor)")
        }

        public static func notExactInUnit(quantity: String, unit: String) -> Message {
            Message(
                "ingest.not-exact-in-unit", zh: "\(quantity) 无法精确换算为批次的单位 \(unit)",
                en: "\(quantity) cannot be expressed exactly in the batch's unit \(unit)")
        }

        public static func beforeBatch(at: String, batch: String, made: String) -> Message {
            Message(
                "ingest.before-batch", zh: "日期 \(at) 早于批次 \(batch) 产生之时（\(made)）",
                en: "dated \(at), before batch \(batch) existed (made \(made))")
        }

        public static func moreThanBatch(quantity: String, batch: String, held: String) -> Message {
            Message(
                "ingest.more-than-batch", zh: "\(quantity) 超过批次 \(batch) 曾有的全部数量（\(held)）",
                en: "\(quantity) is more than batch \(batch) ever held (\(held))")
        }

        public static func codeUsed(_ code: String) -> Message {
            Message(
                "ingest.code-used", zh: "追溯码 \(code) 已被另一个批次、小票或餐次使用",
                en: "trace code \(code) is already used by another batch, slip or meal")
        }

        public static func receiverNotRegistered(_ party: String) -> Message {
            Message(
                "ingest.receiver-not-registered", zh: "收货方 \(party) 未登记",
                en: "receiving party \(party) is not registered")
        }

        public static let shipToSelf = Message(
            "ingest.ship-to-self", zh: "参与方不能向自己发货", en: "a party cannot ship to itself")

        public static func noShipment(_ shipment: String, batch: String, from: String) -> Message {
            Message(
                "ingest.no-shipment", zh: "库中没有 \(from) 发出的批次 \(batch) 的发货单 \(shipment)",
                en: "no shipment \(shipment) of batch \(batch) from \(from) in the store")
        }

        public static func shipmentToAnother(_ shipment: String, receiver: String, actor: String) -> Message {
            Message(
                "ingest.shipment-to-another", zh: "发货单 \(shipment) 发往 \(receiver)，不是 \(actor)",
                en: "shipment \(shipment) was sent to \(receiver), not to \(actor)")
        }

        public static func alreadyReceived(_ shipment: String, by record: String) -> Message {
            Message(
                "ingest.already-received", zh: "发货单 \(shipment) 已由记录 \(record) 收货",
                en: "shipment \(shipment) was already received by record \(record)")
        }

        public static func receivedMore(received: String, shipped: String) -> Message {
            Message(
                "ingest.received-more", zh: "收货 \(received)，多于发货的 \(shipped)",
                en: "\(received) received is more than the \(shipped) shipped")
        }

        public static func amountMismatch(amount: String, quantity: String, price: String, product: String) -> Message {
            Message(
                "ingest.amount-mismatch", zh: "金额 \(amount) 元不等于 \(quantity) × \(price) 元（\(product)，精确到分）",
                en: "\(amount) yuan is not \(quantity) × \(price) yuan (\(product)) to the fen")
        }

        // Reading a record.

        public static let missing = Message("record.missing", zh: "缺少", en: "missing")

        /// "must be …, found array": what was expected, and the JSON type found (named in each language).
        public static func found(_ zh: String, _ en: String, type: String) -> Message {
            let names = ["object": "对象", "array": "数组", "string": "字符串", "number": "数字", "boolean": "布尔值"]
            return Message("record.wrong-type", zh: "\(zh)，实为\(names[type] ?? type)", en: "\(en), found \(type)")
        }

        public static let unknownEnvelopeField = Message(
            "record.unknown-envelope-field", zh: "未知的信封字段", en: "unknown envelope field")
        public static let unknownField = Message("record.unknown-field", zh: "未知字段", en: "unknown field")
        public static let unknownBodyField = Message(
            "record.unknown-body-field", zh: "未知字段（或应省略的字段写成了 null）",
            en: "unknown field (or null where the field should be left out)")

        public static func unsupportedVersion(_ found: String, known: Int) -> Message {
            Message(
                "record.version", zh: "不支持的格式版本 \(found)；本程序只认版本 \(known)",
                en: "unsupported format version \(found); this reader knows version \(known)")
        }

        public static func unknownKind(_ kind: String, known: [String]) -> Message {
            Message(
                "record.unknown-kind", zh: "未知的记录类型 \"\(kind)\"（已有：\(known.joined(separator: "、"))）",
                en: "unknown kind \"\(kind)\" (known: \(known.joined(separator: ", ")))")
        }

        public static let prevMissing = Message(
            "record.prev-missing", zh: "缺少（seq 1 时为 null）", en: "missing (null for seq 1)")
        public static let prevNotAnID = Message(
            "record.prev-not-id", zh: "不是记录编号（sha256: 加 64 位小写十六进制数字）",
            en: "not a record id (sha256: and 64 lowercase hex digits)")
        public static let prevNotNull = Message(
            "record.prev-not-null", zh: "seq 1 时必须为 null", en: "must be null for seq 1")

        public static func prevMustName(_ seq: Int) -> Message {
            Message(
                "record.prev-must-name", zh: "必须指向签发方 seq \(seq) 的记录", en: "must name the issuer's record seq \(seq)")
        }

        public static func notATime(_ text: String) -> Message {
            Message(
                "record.not-a-time", zh: "\"\(text)\" 不是带时区偏移的 RFC 3339 时间（例如 2026-11-28T06:30:00+08:00）",
                en: "\"\(text)\" is not an RFC 3339 time with an offset (e.g. 2026-11-28T06:30:00+08:00)")
        }

        public static let nonEmptyString = Message(
            "record.non-empty-string", zh: "必须是非空字符串", en: "must be a non-empty string")

        public static func unknownAlgorithm(_ alg: String) -> Message {
            Message(
                "record.unknown-algorithm", zh: "未知算法 \"\(alg)\"（已有：ed25519、sm2-sm3）",
                en: "unknown algorithm \"\(alg)\" (known: ed25519, sm2-sm3)")
        }

        public static let notBase64URL = Message(
            "record.not-base64url", zh: "不是无填充的 base64url", en: "not unpadded base64url")
        public static let controlCharacters = Message(
            "record.control-characters", zh: "文本中不允许控制字符", en: "control characters are not allowed in text")
        public static let controlCharactersInNames = Message(
            "record.control-characters-names", zh: "名称中不允许控制字符", en: "control characters are not allowed in names")

        public static func bidiControl(_ scalar: String) -> Message {
            Message(
                "record.bidi", zh: "文本中不允许双向控制字符 U+\(scalar)：它会打乱屏幕和小票上显示的内容",
                en: "bidirectional control character U+\(scalar) is not allowed in text: it reorders what screens and "
                    + "slips show")
        }

        public static func wrongType(expected zh: String, _ en: String) -> Message {
            Message("record.wrong-type", zh: "类型错误，应为\(zh)", en: "wrong type, expected \(en)")
        }

        public static func nullWhere(expected zh: String, _ en: String) -> Message {
            Message("record.null", zh: "此处需要\(zh)，不能为 null", en: "null where \(en) is required")
        }

        /// A JSON reading error at a byte of the line.
        public static func json(_ reason: Message, byte: Int) -> Message {
            Message(reason.key, zh: "\(reason.zh)（第 \(byte) 字节）", en: "\(reason.en) (at byte \(byte))")
        }

        // Roles, parties and keys.

        public static func roleMayNotIssue(party: String, role: Role, kind: RecordKind) -> Message {
            Message(
                "ingest.role-may-not-issue",
                zh: "参与方 \(party) 的角色是\(role.chineseName)，不能签发\(Message.Trace.step(kind).zh)记录",
                en: "party \(party) has role \(role.rawValue), which may not issue \(kind.rawValue) records")
        }

        public static func unitNotConvertible(quantity: String, shipped: String, unit: String, shippedUnit: String)
            -> Message
        {
            Message(
                "ingest.unit-not-convertible",
                zh: "\(quantity) 无法与发货的 \(shipped) 对账：\(unit) 不能精确换算为 \(shippedUnit)",
                en:
                    "\(quantity) cannot be counted against the shipment of \(shipped): \(unit) does not convert exactly "
                    + "to \(shippedUnit)")
        }

        public static func anchorNotRegistrable(_ party: String) -> Message {
            Message(
                "ingest.anchor-not-registrable", zh: "\(party) 是信任锚，不能被登记",
                en: "\(party) is a trust anchor and cannot be registered")
        }

        public static func roleCannotChange(party: String, role: Role) -> Message {
            Message(
                "ingest.role-cannot-change", zh: "参与方 \(party) 已登记为\(role.chineseName)；角色不能更改",
                en: "party \(party) is already registered as \(role.rawValue); a role cannot change")
        }

        public static func parentNotRegistered(_ parent: String) -> Message {
            Message(
                "ingest.parent-not-registered", zh: "上级参与方 \(parent) 未登记",
                en: "parent party \(parent) is not registered")
        }

        public static let badSPKI = Message(
            "ingest.bad-spki", zh: "不是 OpenSSL 能读取的 base64 DER 公钥",
            en: "not a base64 DER public key OpenSSL can read")

        public static func keyIDMismatch(_ id: String, actual: String) -> Message {
            Message(
                "ingest.key-id-mismatch", zh: "密钥编号 \(id) 与密钥不符（其编号为 \(actual)）",
                en: "key id \(id) does not match the key (its id is \(actual))")
        }

        public static func keyAlgorithm(_ actual: String, declared: String) -> Message {
            Message(
                "ingest.key-algorithm", zh: "该密钥是 \(actual)，不是 \(declared)", en: "the key is \(actual), not \(declared)"
            )
        }

        public static func keyTaken(_ key: String, party: String) -> Message {
            Message(
                "ingest.key-taken", zh: "密钥 \(key) 已登记给参与方 \(party)",
                en: "key \(key) is already registered to party \(party)")
        }

        public static func anchorNotRevocable(key: String? = nil, party: String? = nil) -> Message {
            let what = key ?? party ?? ""
            return Message(
                "ingest.anchor-not-revocable",
                zh: (key != nil ? "密钥 " : "") + "\(what) 是信任锚：信任锚属于库的配置，不能用记录吊销",
                en: (key != nil ? "key " : "")
                    + "\(what) is a trust anchor: anchors are the store's configuration, not "
                    + "revocable by a record")
        }

        public static func noSuchKey(_ key: String) -> Message {
            Message("ingest.no-such-key", zh: "未知密钥 \(key)", en: "unknown key \(key)")
        }

        public static func noCertificate(_ type: DocumentType, number: String) -> Message {
            Message(
                "ingest.no-certificate", zh: "没有编号为 \(number) 的\(type.chineseName)",
                en: "no \(type.rawValue) certificate numbered \(number)")
        }
    }
}
