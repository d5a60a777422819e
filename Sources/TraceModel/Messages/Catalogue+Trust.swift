// The message catalogue: why a trust bundle is refused (made, read or pinned), and why a slip payload cannot be read
// or written (`SlipError` of `TraceSlips`). A lower library's words (an encoder's, libqrencode's) stay verbatim.

extension Message {
    /// Why a trust bundle is refused.
    public enum Trust {
        /// The frame of every refusal.
        public static func refused(_ reason: Message) -> Message {
            Message(reason.key, zh: "信任包被拒绝：\(reason.zh)", en: "trust bundle refused: \(reason.en)")
        }

        /// The `trust.expiry-out-of-range` text (expiry out of range).
        public static func expiryOutOfRange(_ expiry: String) -> Message {
            Message(
                "trust.expiry-out-of-range", zh: "信任包须在签发之后、366 天之内到期（此包将于 \(expiry) 到期）",
                en: "a bundle expires after it is issued and within 366 days (it would expire at \(expiry))")
        }

        /// The `trust.signer-not-anchor` text (signer not anchor).
        public static func signerNotAnchor(_ key: String) -> Message {
            Message(
                "trust.signer-not-anchor", zh: "签名密钥 \(key) 不是信任包的信任锚之一",
                en: "the signing key \(key) is not one of the bundle's anchors")
        }

        /// The `trust.signing-failed` text (signing failed).
        public static func signingFailed(_ reason: Message) -> Message {
            Message("trust.signing-failed", zh: "签名失败：\(reason.zh)", en: "signing failed: \(reason.en)")
        }

        /// The `trust.cannot-encode` text (cannot encode).
        public static func cannotEncode(_ reason: Message) -> Message {
            Message(
                "trust.cannot-encode", zh: "无法编码信任包：\(reason.zh)", en: "cannot encode the bundle: \(reason.en)")
        }

        /// The `trust.not-json` text (not j s o n).
        public static func notJSON(_ reason: Message) -> Message {
            Message("trust.not-json", zh: "不是 JSON：\(reason.zh)", en: "not JSON: \(reason.en)")
        }

        /// The `trust.format-must-be` text (format must be).
        public static func formatMustBe(_ name: String) -> Message {
            Message(
                "trust.format-must-be", zh: "\"format\" 必须是 \"\(name)\"", en: "\"format\" must be \"\(name)\"")
        }

        /// The `trust.version-one` text (version one).
        public static let versionOne = Message(
            "trust.version-one", zh: "这是第 1 版信任包，没有有效期；请重新导出（`foodtrace trust export`）",
            en: "it is a version 1 bundle, which has no expiry; export a new one (foodtrace trust export)")

        /// The `trust.version-must-be` text (version must be).
        public static func versionMustBe(_ version: Int) -> Message {
            Message(
                "trust.version-must-be", zh: "\"v\" 必须是 \(version)；本程序不认识其他版本",
                en: "\"v\" must be \(version); this reader does not know other versions")
        }

        /// The `trust.malformed` text (malformed).
        public static func malformed(_ reason: Message) -> Message {
            Message("trust.malformed", zh: "格式有误：\(reason.zh)", en: "malformed: \(reason.en)")
        }

        /// The `trust.unsigned` text (unsigned).
        public static let unsigned = Message(
            "trust.unsigned", zh: "未签名（没有 \"sig\"）", en: "it is not signed (no \"sig\")")

        /// The `trust.signed-by-other` text (signed by other).
        public static func signedByOther(_ key: String) -> Message {
            Message(
                "trust.signed-by-other", zh: "由密钥 \(key) 签名，而它不是本包的信任锚之一",
                en: "it is signed by key \(key), which is not one of its anchors")
        }

        /// The `trust.not-pinned` text (not pinned).
        public static func notPinned(key: String, fingerprint: String, pin: String) -> Message {
            Message(
                "trust.not-pinned", zh: "由密钥 \(key)（\(fingerprint)）签名，而不是指定的信任锚 \(pin)",
                en: "it is signed by key \(key) (\(fingerprint)), not by the pinned anchor \(pin)")
        }

        /// The `trust.cannot-canonicalise` text (cannot canonicalise).
        public static func cannotCanonicalise(_ reason: Message) -> Message {
            Message(
                "trust.cannot-canonicalise", zh: "无法转为规范形式：\(reason.zh)",
                en: "cannot canonicalise: \(reason.en)")
        }

        /// The `trust.signature-fails` text (signature fails).
        public static func signatureFails(anchor: String, party: String) -> Message {
            Message(
                "trust.signature-fails", zh: "其签名无法用 \(party) 的信任锚 \(anchor) 验证通过：文件已被改动或损坏",
                en: "its signature does not verify under anchor \(anchor) of \(party): the file was altered or damaged")
        }

        /// The `trust.expired` text (expired).
        public static func expired(at: String, issued: String, age: Message) -> Message {
            Message(
                "trust.expired", zh: "已于 \(at) 过期（签发于 \(issued)，\(age.zh)前）；请获取新的信任包（`foodtrace trust export`）",
                en: "it expired at \(at) (issued \(issued), \(age.en) ago); get a fresh one (foodtrace trust export)")
        }

        /// The `trust.issued-later` text (issued later).
        public static func issuedLater(_ issued: String, now: String) -> Message {
            Message(
                "trust.issued-later", zh: "签发时间 \(issued) 晚于本机时钟（\(now)）：请检查时钟",
                en: "it is issued at \(issued), later than this clock (\(now)): check the clock")
        }

        /// The `trust.pin-not-fingerprint` text (pin not fingerprint).
        public static func pinNotFingerprint(_ pin: String) -> Message {
            Message(
                "trust.pin-not-fingerprint",
                zh:
                    "--anchor \(pin)：请用监管密钥的完整 SHA-256（sha256: 加 64 位十六进制数字，`foodtrace keys show` 会打印）指定它；短密钥编号只能指称密钥，不能锁定密钥",
                en:
                    "--anchor \(pin): pin the regulator key by its full SHA-256, sha256: and 64 hex digits (foodtrace keys show prints it); a short key id names a key, it does not pin one"
            )
        }

        /// The `trust.party-twice` text (party twice).
        public static func partyTwice(_ party: String) -> Message {
            Message("trust.party-twice", zh: "参与方 \(party) 列出了两次", en: "party \(party) is listed twice")
        }

        /// A listed key: an anchor's, or a party's.
        public static let anchor = Message("trust.anchor", zh: "信任锚", en: "anchor")

        /// The `trust.key-of-party` text (key of party).
        public static func keyOfParty(_ party: String) -> Message {
            Message("trust.key-of-party", zh: "参与方 \(party) 的密钥", en: "key of party \(party)")
        }

        /// The `trust.spki-not-base64` text (spki not base64).
        public static func spkiNotBase64(_ what: Message, id: String) -> Message {
            Message(
                "trust.spki-not-base64", zh: "\(what.zh) \(id)：spki 不是 base64",
                en: "\(what.en) \(id): spki is not base64")
        }

        /// The `trust.key-unusable` text (key unusable).
        public static func keyUnusable(_ what: Message, id: String, _ reason: Message) -> Message {
            Message("trust.key-unusable", zh: "\(what.zh) \(id)：\(reason.zh)", en: "\(what.en) \(id): \(reason.en)")
        }

        /// The `trust.key-own-id` text (key own i d).
        public static func keyOwnID(_ what: Message, id: String, own: String) -> Message {
            Message(
                "trust.key-own-id", zh: "\(what.zh) \(id)：该密钥自身的编号是 \(own)",
                en: "\(what.en) \(id): the key's own id is \(own)")
        }

        /// The `trust.algorithm-mismatch` text (algorithm mismatch).
        public static func algorithmMismatch(_ what: Message, id: String, listed: String, actual: String) -> Message {
            Message(
                "trust.algorithm-mismatch", zh: "\(what.zh) \(id)：列为 \(listed)，但该密钥是 \(actual)",
                en: "\(what.en) \(id): listed as \(listed) but the key is \(actual)")
        }
    }
}

extension Message {
    /// Why a slip payload cannot be read or written, a QR code made, or text converted (the frame of `SlipError`;
    /// the detail is the payload reader's).
    public enum SlipPayload {
        /// The `slip-payload.bad-prefix` text (bad prefix).
        public static func badPrefix(expected: String, found: String) -> Message {
            Message(
                "slip-payload.bad-prefix", zh: "不是 FoodTrace 小票内容：应以 \"\(expected)\" 开头，实为 \"\(found)\"",
                en: "not a FoodTrace slip payload: expected it to start with \"\(expected)\", found \"\(found)\"")
        }

        /// The `slip-payload.unsupported-version` text (unsupported version).
        public static func unsupportedVersion(_ version: String, known: Int) -> Message {
            Message(
                "slip-payload.unsupported-version", zh: "不支持第 \(version) 版小票内容；本程序认识第 \(known) 版",
                en: "slip payload version \(version) is not supported; this reader knows version \(known)")
        }

        /// The `slip-payload.bad-base45` text (bad base45).
        public static func badBase45(character: Int, _ reason: Message) -> Message {
            Message(
                "slip-payload.bad-base45", zh: "小票内容在前缀后第 \(character) 个字符处不是有效的 base45：\(reason.zh)",
                en: "slip payload is not valid base45 at character \(character) after the prefix: \(reason.en)")
        }

        /// The `slip-payload.truncated` text (truncated).
        public static func truncated(_ field: String) -> Message {
            Message(
                "slip-payload.truncated", zh: "小票内容不完整：在 `\(field)` 中途结束",
                en: "slip payload is cut short: it ends inside \(field)")
        }

        /// The `slip-payload.bad-compression` text (bad compression).
        public static func badCompression(_ reason: Message) -> Message {
            Message(
                "slip-payload.bad-compression", zh: "小票内容的压缩数据已损坏：\(reason.zh)",
                en: "slip payload compression is damaged: \(reason.en)")
        }

        /// The `slip-payload.bad-field` text (bad field).
        public static func badField(_ field: String, _ reason: Message) -> Message {
            Message(
                "slip-payload.bad-field", zh: "小票内容字段 `\(field)`：\(reason.zh)",
                en: "slip payload field \(field): \(reason.en)")
        }

        /// The `slip-payload.trailing-bytes` text (trailing bytes).
        public static func trailingBytes(_ count: Int) -> Message {
            Message(
                "slip-payload.trailing-bytes", zh: "小票内容最后一个字段之后多出 \(count) 个字节",
                en: "slip payload has \(count) unexpected byte(s) after its last field")
        }

        /// The `slip-payload.id-mismatch` text (id mismatch).
        public static func idMismatch(expected: String, computed: String) -> Message {
            Message(
                "slip-payload.id-mismatch", zh: "小票内容被改动：由其重建的记录编号以 \(computed) 开头，而内容中为 \(expected)",
                en: "slip payload was altered: the rebuilt record's id starts \(computed), the payload says \(expected)"
            )
        }

        /// The `slip-payload.not-sell` text (not sell).
        public static func notSell(_ kind: String) -> Message {
            Message(
                "slip-payload.not-sell", zh: "只有销售记录才有小票；这是一条\(Message.kindName(kind).zh)记录",
                en: "only sell records have slips; this record is a \(kind) record")
        }

        /// The `slip-payload.unsigned` text (unsigned).
        public static let unsigned = Message(
            "slip-payload.unsigned", zh: "记录未签名；请先签名再打印小票",
            en: "the record is not signed; sign it before printing a slip")

        /// The `slip-payload.not-compactable` text (not compactable).
        public static func notCompactable(_ reason: Message) -> Message {
            Message(
                "slip-payload.not-compactable", zh: "记录无法放入小票内容：\(reason.zh)",
                en: "the record cannot be put in a slip payload: \(reason.en)")
        }

        /// The `slip-payload.qr-encoding` text (qr encoding).
        public static func qrEncoding(_ reason: String) -> Message {
            Message("slip-payload.qr-encoding", zh: "无法生成二维码：\(reason)", en: "cannot make a QR code: \(reason)")
        }

        /// The `slip-payload.text-encoding` text (text encoding).
        public static func textEncoding(_ reason: String) -> Message {
            Message("slip-payload.text-encoding", zh: "无法转换文本：\(reason)", en: "cannot convert text: \(reason)")
        }

        /// The `slip-payload.escpos` text (escpos).
        public static func escpos(offset: Int, _ reason: String) -> Message {
            Message(
                "slip-payload.escpos", zh: "ESC/POS 第 \(offset) 字节：\(reason)", en: "ESC/POS byte \(offset): \(reason)")
        }
    }
}
