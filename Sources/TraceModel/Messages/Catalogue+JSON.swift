// The message catalogue: why a JSON text is refused (the strict reader of `JSONParser`, and canonical JSON).

extension Message {
    /// JSON reading errors.
    public enum JSON {
        public static func documentTooLarge(_ p0: String, _ p1: String) -> Message {
            Message(
                "json.document-too-large", zh: "文档有 \(p0) 字节，超过上限 \(p1)",
                en: "document is \(p0) bytes, over the limit of \(p1)")
        }

        public static let bom = Message(
            "json.bom", zh: "JSON 文本前有字节顺序标记（BOM）；请将文件另存为不带 BOM 的 UTF-8",
            en: "byte-order mark before the JSON text; save the file as UTF-8 without BOM")

        public static let trailingData = Message(
            "json.trailing-data", zh: "JSON 值之后还有多余内容", en: "unexpected data after the JSON value")

        public static let end = Message("json.end", zh: "输入意外结束", en: "unexpected end of input")

        public static func unexpectedCharacter(_ p0: String) -> Message {
            Message("json.unexpected-character", zh: "意外的字符 \(p0)", en: "unexpected character \(p0)")
        }

        public static func invalidLiteral(_ p0: String) -> Message {
            Message("json.invalid-literal", zh: "无效的字面量（应为 \(p0)）", en: "invalid literal (expected \(p0))")
        }

        public static func tooDeep(_ p0: String) -> Message {
            Message("json.too-deep", zh: "嵌套超过 \(p0) 层", en: "nesting deeper than \(p0) levels")
        }

        public static let memberName = Message(
            "json.member-name", zh: "此处应为带引号的成员名", en: "expected a member name in quotes")

        public static func duplicateMember(_ p0: String) -> Message {
            Message("json.duplicate-member", zh: "成员名 \"\(p0)\" 重复", en: "duplicate member name \"\(p0)\"")
        }

        public static let colon = Message("json.colon", zh: "此处应为 ':'", en: "expected ':'")

        public static let endInObject = Message(
            "json.end-in-object", zh: "对象中输入意外结束", en: "unexpected end of input in an object")

        public static let commaOrBrace = Message("json.comma-or-brace", zh: "此处应为 ',' 或 '}'", en: "expected ',' or '}'")

        public static let endInArray = Message(
            "json.end-in-array", zh: "数组中输入意外结束", en: "unexpected end of input in an array")

        public static let commaOrBracket = Message(
            "json.comma-or-bracket", zh: "此处应为 ',' 或 ']'", en: "expected ',' or ']'")

        public static let invalidNumber = Message("json.invalid-number", zh: "无效的数字", en: "invalid number")

        public static let leadingZero = Message(
            "json.leading-zero", zh: "无效的数字：前导零", en: "invalid number: leading zero")

        public static let noFractionDigit = Message(
            "json.no-fraction-digit", zh: "无效的数字：'.' 后没有数字", en: "invalid number: no digit after '.'")

        public static let badExponent = Message(
            "json.bad-exponent", zh: "无效的数字：指数有误", en: "invalid number: bad exponent")

        public static let numberTooLong = Message(
            "json.number-too-long", zh: "数字文本超过 64 个字符", en: "number text longer than 64 characters")

        public static let unterminatedString = Message(
            "json.unterminated-string", zh: "字符串没有结束", en: "unterminated string")

        public static func controlCharacter(_ p0: String) -> Message {
            Message(
                "json.control-character", zh: "字符串中有控制字符 0x\(p0)；请转义",
                en: "control character 0x\(p0) inside a string; escape it")
        }

        public static func stringTooLong(_ p0: String) -> Message {
            Message("json.string-too-long", zh: "字符串超过 \(p0) 字节", en: "string longer than \(p0) bytes")
        }

        public static let unterminatedEscape = Message(
            "json.unterminated-escape", zh: "转义序列没有结束", en: "unterminated escape")

        public static func loneHighSurrogate(_ p0: String) -> Message {
            Message(
                "json.lone-high-surrogate", zh: "孤立的高位代理 \\u\(p0) 不是有效的 Unicode",
                en: "lone high surrogate \\u\(p0) is not valid Unicode")
        }

        public static let highWithoutLow = Message(
            "json.high-without-low", zh: "高位代理之后没有低位代理", en: "high surrogate not followed by a low one")

        public static func loneLowSurrogate(_ p0: String) -> Message {
            Message(
                "json.lone-low-surrogate", zh: "孤立的低位代理 \\u\(p0) 不是有效的 Unicode",
                en: "lone low surrogate \\u\(p0) is not valid Unicode")
        }

        public static let invalidCodePoint = Message("json.invalid-code-point", zh: "无效的码位", en: "invalid code point")

        public static func invalidEscape(_ p0: String) -> Message {
            Message("json.invalid-escape", zh: "无效的转义：反斜杠后跟 \(p0)", en: "invalid escape: backslash followed by \(p0)")
        }

        public static let truncatedUEscape = Message(
            "json.truncated-u-escape", zh: "\\u 转义不完整", en: "truncated \\u escape")

        public static let badHex = Message(
            "json.bad-hex", zh: "\\u 转义中有无效的十六进制数字", en: "invalid hex digit in \\u escape")

        public static func badUtf8Byte(_ p0: String) -> Message {
            Message("json.bad-utf8-byte", zh: "无效的 UTF-8 字节 0x\(p0)", en: "invalid UTF-8 byte 0x\(p0)")
        }

        public static let truncatedUtf8 = Message(
            "json.truncated-utf8", zh: "UTF-8 序列不完整", en: "truncated UTF-8 sequence")

        public static let badContinuation = Message(
            "json.bad-continuation", zh: "无效的 UTF-8 后续字节", en: "invalid UTF-8 continuation byte")

        public static let badUtf8 = Message("json.bad-utf8", zh: "无效的 UTF-8 序列", en: "invalid UTF-8 sequence")

        public static let noCanonicalForm = Message("json.no-canonical-form", zh: "没有规范形式", en: "no canonical form")

        public static func noDouble(_ number: String) -> Message {
            Message(
                "json.no-double", zh: "数字 \(number) 没有 IEEE 754 双精度形式（超出范围）",
                en: "number \(number) has no IEEE 754 double form (out of range)")
        }
    }
}
