// The message catalogue: the details of why a slip payload or a slip page address cannot be read (the QR code's
// text, its base45, its zlib container, its fields), and why a record cannot be carried in one.

extension Message.SlipPayload {
    // MARK: The address and the text

    /// The `slip-payload.not-base45` text (not base45).
    public static let notBase45 = Message("slip-payload.not-base45", zh: "内容不是 base45", en: "the payload is not base45")

    /// The `slip-payload.fragment-version` text (fragment version).
    public static func fragmentVersion(_ version: Character) -> Message {
        Message(
            "slip-payload.fragment-version", zh: "地址片段必须以小票内容版本 \(version) 开头",
            en: "the address's fragment must start with payload version \(version)")
    }

    /// The `slip-payload.fragment-not-digit` text (fragment not digit).
    public static func fragmentNotDigit(character: Int) -> Message {
        Message(
            "slip-payload.fragment-not-digit", zh: "片段的第 \(character) 个字符不是数字",
            en: "character \(character) of the fragment is not a digit")
    }

    /// The `slip-payload.digits-not-groups` text (digits not groups).
    public static func digitsNotGroups(_ count: Int) -> Message {
        Message(
            "slip-payload.digits-not-groups", zh: "\(count) 位数字不能整分为字节组",
            en: "\(count) digits is not a whole number of byte groups")
    }

    /// The `slip-payload.group-too-large` text (group too large).
    public static func groupTooLarge(at position: Int, bytes: Int) -> Message {
        Message(
            "slip-payload.group-too-large", zh: "第 \(position) 位起的数字组超出 \(bytes) 个字节的范围",
            en: "digit group at \(position) is too large for \(bytes) bytes")
    }

    /// The `slip-payload.outside-alphabet` text (outside alphabet).
    public static let outsideAlphabet = Message(
        "slip-payload.outside-alphabet", zh: "字符不在 base45 字母表中", en: "character outside the base45 alphabet")

    /// The `slip-payload.left-over` text (left over).
    public static let leftOver = Message(
        "slip-payload.left-over", zh: "末尾多出一个字符", en: "a single character is left over at the end")

    /// The `slip-payload.group-out-of-range` text (group out of range).
    public static let groupOutOfRange = Message(
        "slip-payload.group-out-of-range", zh: "字符组超出范围", en: "group is out of range")

    // MARK: The container

    /// The `slip-payload.unknown-container` text (unknown container).
    public static func unknownContainer(_ tag: UInt8) -> Message {
        Message(
            "slip-payload.unknown-container", zh: "未知的容器类型 \(tag)（0 不压缩，1 zlib）",
            en: "unknown container type \(tag) (0 plain, 1 zlib)")
    }

    /// The `slip-payload.not-canonical-fields` text (not canonical fields).
    public static let notCanonicalFields = Message(
        "slip-payload.not-canonical-fields", zh: "字段不是规范形式", en: "fields are not in canonical form")

    /// The `slip-payload.not-the-one-encoding` text (not the one encoding).
    public static let notTheOneEncoding = Message(
        "slip-payload.not-the-one-encoding", zh: "不是这些字段唯一的编码形式（较短时用 9 级 zlib 压缩，否则不压缩）",
        en: "not the one encoding of these fields (zlib at level 9 when that is shorter, else plain)")

    /// The `slip-payload.deflate-damaged` text (deflate damaged).
    public static let deflateDamaged = Message(
        "slip-payload.deflate-damaged", zh: "deflate 数据或其校验和已损坏", en: "the deflate data or its checksum is damaged")

    /// The `slip-payload.no-zlib-header` text (no zlib header).
    public static let noZlibHeader = Message(
        "slip-payload.no-zlib-header", zh: "数据流不以 zlib 头 78 DA 开头",
        en: "the stream does not start with the zlib header 78 DA")

    /// The `slip-payload.inflates-too-far` text (inflates too far).
    public static func inflatesTooFar(_ limit: Int) -> Message {
        Message(
            "slip-payload.inflates-too-far", zh: "数据流不完整，或解压后超过 \(limit) 字节",
            en: "the stream is cut short or inflates to more than \(limit) bytes")
    }

    /// The `slip-payload.zlib-status` text (zlib status).
    public static func zlibStatus(_ status: Int32) -> Message {
        Message("slip-payload.zlib-status", zh: "zlib 状态 \(status)", en: "zlib status \(status)")
    }

    // MARK: The fields

    /// The `slip-payload.unknown-flags` text (unknown flags).
    public static func unknownFlags(_ hex: String) -> Message {
        Message("slip-payload.unknown-flags", zh: "未知的标志位 0x\(hex)", en: "unknown flag bits 0x\(hex)")
    }

    /// The `slip-payload.seq-range` text (seq range).
    public static func seqRange(_ found: UInt64) -> Message {
        Message(
            "slip-payload.seq-range", zh: "必须在 1 到 2^53 之间，实为 \(found)", en: "must be from 1 to 2^53, found \(found)")
    }

    /// The `slip-payload.prev-for-first` text (prev for first).
    public static let prevForFirst = Message(
        "slip-payload.prev-for-first", zh: "seq 1 时不能给出", en: "must be absent for seq 1")

    /// The `slip-payload.prev-missing` text (prev missing).
    public static func prevMissing(seq: Int) -> Message {
        Message("slip-payload.prev-missing", zh: "seq \(seq) 时必须给出", en: "must be present for seq \(seq)")
    }

    /// The `slip-payload.unknown-unit` text (unknown unit).
    public static func unknownUnit(_ code: Int) -> Message {
        Message("slip-payload.unknown-unit", zh: "未知的单位代码 \(code)", en: "unknown unit code \(code)")
    }

    /// The `slip-payload.unknown-market-unit` text (unknown market unit).
    public static func unknownMarketUnit(_ index: Int) -> Message {
        Message("slip-payload.unknown-market-unit", zh: "未知的市场计价单位 \(index)", en: "unknown market unit \(index)")
    }

    /// The `slip-payload.empty-key` text (empty key).
    public static let emptyKey = Message("slip-payload.empty-key", zh: "密钥编号为空", en: "empty key id")

    /// The `slip-payload.seal-size` text (seal size).
    public static func sealSize(_ found: UInt64, maximum: Int) -> Message {
        Message(
            "slip-payload.seal-size", zh: "必须在 1 到 \(maximum) 之间，实为 \(found)",
            en: "must be from 1 to \(maximum), found \(found)")
    }

    /// The `slip-payload.seal-index` text (seal index).
    public static func sealIndex(_ found: UInt64, size: UInt64) -> Message {
        Message(
            "slip-payload.seal-index", zh: "必须小于封签的大小 \(size)，实为 \(found)",
            en: "must be below the seal's size \(size), found \(found)")
    }

    /// The `slip-payload.zero-sm2` text (zero s m2).
    public static let zeroSM2 = Message("slip-payload.zero-sm2", zh: "SM2 签名的 r 或 s 为零", en: "SM2 r or s is zero")

    /// The `slip-payload.path-does-not-fit` text (path does not fit).
    public static let pathDoesNotFit = Message(
        "slip-payload.path-does-not-fit", zh: "与叶子和大小不符", en: "does not fit the leaf and size")

    /// The `slip-payload.offset-too-large` text (offset too large).
    public static func offsetTooLarge(quarters: Int) -> Message {
        Message(
            "slip-payload.offset-too-large", zh: "时区偏移 \(quarters) 刻钟达到一天或以上",
            en: "offset of \(quarters) quarter hours is a day or more")
    }

    /// The `slip-payload.time-out-of-range` text (time out of range).
    public static let timeOutOfRange = Message(
        "slip-payload.time-out-of-range", zh: "时间超出范围", en: "time is out of range")

    /// The `slip-payload.local-year-out-of-range` text (local year out of range).
    public static let localYearOutOfRange = Message(
        "slip-payload.local-year-out-of-range", zh: "时间超出范围（当地年份 1970–9999）",
        en: "time is out of range (local years 1970-9999)")

    /// The `slip-payload.not-rfc3339` text (not r f c3339).
    public static func notRFC3339(_ text: String) -> Message {
        Message(
            "slip-payload.not-rfc3339", zh: "\"\(text)\" 不是带时区偏移的 RFC 3339 时间",
            en: "\"\(text)\" is not an RFC 3339 time with an offset")
    }

    /// The `slip-payload.unknown-time-form` text (unknown time form).
    public static func unknownTimeForm(_ form: UInt8) -> Message {
        Message("slip-payload.unknown-time-form", zh: "未知的时间形式 \(form)", en: "unknown time form \(form)")
    }

    /// The `slip-payload.too-many-digits` text (too many digits).
    public static let tooManyDigits = Message(
        "slip-payload.too-many-digits", zh: "超过 19 位数字", en: "more than 19 digits")

    /// The `slip-payload.exponent-over-6` text (exponent over6).
    public static func exponentOver6(_ exponent: Int) -> Message {
        Message(
            "slip-payload.exponent-over-6", zh: "小数指数 \(exponent) 大于 6", en: "decimal exponent \(exponent) is over 6")
    }

    /// The `slip-payload.value-too-large` text (value too large).
    public static let valueTooLarge = Message("slip-payload.value-too-large", zh: "数值过大", en: "value is too large")

    /// The `slip-payload.value-over-maximum` text (value over maximum).
    public static let valueOverMaximum = Message(
        "slip-payload.value-over-maximum", zh: "数值超过 999999999999.999999", en: "value is over 999999999999.999999")

    /// The `slip-payload.number-too-large` text (number too large).
    public static let numberTooLarge = Message("slip-payload.number-too-large", zh: "数字过大", en: "number is too large")

    /// The `slip-payload.not-utf8` text (not u t f8).
    public static let notUTF8 = Message("slip-payload.not-utf8", zh: "不是 UTF-8 文本", en: "not UTF-8 text")

    /// The `slip-payload.not-signed-sale` text (not signed sale).
    public static let notSignedSale = Message(
        "slip-payload.not-signed-sale", zh: "不是签名的销售记录", en: "not a signed sell record")

    // MARK: What a slip cannot carry

    /// The `slip-payload.not-a-sell-body` text (not a sell body).
    public static let notASellBody = Message(
        "slip-payload.not-a-sell-body", zh: "其正文不是有效的销售正文", en: "its body is not a valid sell body")

    /// The `slip-payload.negative` text (negative).
    public static let negative = Message(
        "slip-payload.negative", zh: "数量、单价和金额不能为负", en: "quantity, unit price and amount must not be negative")

    /// The `slip-payload.signature-not-base64url` text (signature not base64 u r l).
    public static let signatureNotBase64URL = Message(
        "slip-payload.signature-not-base64url", zh: "sig.value 不是 base64url", en: "sig.value is not base64url")

    /// The `slip-payload.not-strict-der` text (not strict d e r).
    public static let notStrictDER = Message(
        "slip-payload.not-strict-der", zh: "SM2 签名不是严格的 DER 编码", en: "the SM2 signature is not strict DER")

    /// The `slip-payload.unknown-algorithm` text (unknown algorithm).
    public static func unknownAlgorithm(_ alg: String) -> Message {
        Message("slip-payload.unknown-algorithm", zh: "未知的签名算法 \(alg)", en: "unknown signature algorithm \(alg)")
    }

    /// The `slip-payload.signature-length` text (signature length).
    public static func signatureLength(_ count: Int) -> Message {
        Message(
            "slip-payload.signature-length", zh: "签名有 \(count) 字节，应为 64",
            en: "the signature has \(count) bytes, expected 64")
    }

    /// The `slip-payload.issuer-not-party-id` text (issuer not party i d).
    public static func issuerNotPartyID(_ issuer: String) -> Message {
        Message(
            "slip-payload.issuer-not-party-id", zh: "签发方 \(issuer) 不是参与方编号", en: "issuer \(issuer) is not a party id")
    }

    /// The `slip-payload.prev-not-record-id` text (prev not record i d).
    public static let prevNotRecordID = Message(
        "slip-payload.prev-not-record-id", zh: "`prev` 不是记录编号", en: "prev is not a record id")

    /// The `slip-payload.key-too-long` text (key too long).
    public static let keyTooLong = Message(
        "slip-payload.key-too-long", zh: "密钥编号超过 255 字节", en: "key id is longer than 255 bytes")

    /// The `slip-payload.path-not-hashes` text (path not hashes).
    public static let pathNotHashes = Message(
        "slip-payload.path-not-hashes", zh: "sig.seal.path 不是完整的哈希", en: "sig.seal.path is not whole hashes")

    /// The `slip-payload.body-not-canonical` text (body not canonical).
    public static let bodyNotCanonical = Message(
        "slip-payload.body-not-canonical",
        zh: "其正文不是规范形式（例如价格写成 \"28.50\" 而不是 \"28.5\"），重建的记录会有另一个编号",
        en:
            "its body is not in canonical form (for example a price written \"28.50\" instead of \"28.5\"), so a rebuilt record would have another id"
    )
}
