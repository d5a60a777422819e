// The message catalogue: why a JSON Schema check refuses a value (`JSONSchemaValidator` of `TraceInterop`). The JSON
// path goes before the reason unchanged; values, patterns and member names are quoted as the document has them.

extension Message {
    /// Why a value breaks its JSON Schema.
    public enum Schema {
        /// A schema type's name with its article: "an object" / 对象.
        public static func kind(_ name: String) -> Message {
            let names: [String: (zh: String, en: String)] = [
                "null": ("null", "null"), "boolean": ("布尔值", "a boolean"), "object": ("对象", "an object"),
                "array": ("数组", "an array"), "number": ("数字", "a number"), "integer": ("整数", "an integer"),
                "string": ("字符串", "a string"),
            ]
            let texts = names[name] ?? (name, name)
            return Message("schema.kind.\(name)", zh: texts.zh, en: texts.en)
        }

        /// Several values or types joined in each language.
        public static func joined(_ items: [Message], zh: String, en: String) -> Message {
            Message(
                "schema.joined", zh: items.map(\.zh).joined(separator: zh), en: items.map(\.en).joined(separator: en))
        }

        /// `… (N values)` after the first values of a long enumeration.
        public static func moreValues(_ count: Int) -> Message {
            Message("schema.more-values", zh: "……（共 \(count) 个值）", en: "… (\(count) values)")
        }

        /// The `schema.not-allowed` text (not allowed).
        public static let notAllowed = Message("schema.not-allowed", zh: "此处不允许出现", en: "is not allowed here")

        /// The `schema.must-be-type` text (must be type).
        public static func mustBeType(_ names: Message, found: String) -> Message {
            Message(
                "schema.must-be-type", zh: "必须是\(names.zh)，实为\(Interop.jsonType(found).zh)",
                en: "must be \(names.en), found \(found)")
        }

        /// The `schema.not-one-of` text (not one of).
        public static func notOneOf(_ value: Message, _ values: Message) -> Message {
            Message(
                "schema.not-one-of", zh: "\(value.zh) 不是 \(values.zh) 之一", en: "\(value.en) is not one of \(values.en)")
        }

        /// The `schema.must-equal` text (must equal).
        public static func mustEqual(_ value: Message) -> Message {
            Message("schema.must-equal", zh: "必须是 \(value.zh)", en: "must be \(value.en)")
        }

        /// The `schema.required` text (required).
        public static let required = Message("schema.required", zh: "缺少（必填）", en: "missing (required)")

        /// The `schema.few-members` text (few members).
        public static func fewMembers(least: Int, found: Int) -> Message {
            Message(
                "schema.few-members", zh: "至少应有 \(least) 个成员，实有 \(found) 个",
                en: "must have at least \(least) members, found \(found)")
        }

        /// The `schema.many-members` text (many members).
        public static func manyMembers(most: Int, found: Int) -> Message {
            Message(
                "schema.many-members", zh: "至多应有 \(most) 个成员，实有 \(found) 个",
                en: "must have at most \(most) members, found \(found)")
        }

        /// The `schema.member-name` text (member name).
        public static func memberName(_ reason: Message) -> Message {
            Message(
                "schema.member-name", zh: "成员名不允许：\(reason.zh)", en: "the member name is not allowed: \(reason.en)")
        }

        /// The `schema.unknown-member` text (unknown member).
        public static let unknownMember = Message(
            "schema.unknown-member", zh: "不是该对象可以有的成员", en: "is not a member this object may have")

        /// The `schema.few-items` text (few items).
        public static func fewItems(least: Int, found: Int) -> Message {
            Message(
                "schema.few-items", zh: "至少应有 \(least) 项，实有 \(found) 项",
                en: "must hold at least \(least) item\(least == 1 ? "" : "s"), found \(found)")
        }

        /// The `schema.many-items` text (many items).
        public static func manyItems(most: Int, found: Int) -> Message {
            Message(
                "schema.many-items", zh: "至多应有 \(most) 项，实有 \(found) 项",
                en: "must hold at most \(most) items, found \(found)")
        }

        /// The `schema.twice` text (twice).
        public static func twice(_ value: Message) -> Message {
            Message(
                "schema.twice", zh: "\(value.zh) 出现了两次（各项必须互不相同）",
                en: "holds \(value.en) twice (items must be unique)")
        }

        /// The `schema.no-item-of-form` text (no item of form).
        public static let noItemOfForm = Message(
            "schema.no-item-of-form", zh: "没有一项符合要求的形式", en: "holds no item of the required form")

        /// The `schema.short-text` text (short text).
        public static func shortText(least: Int) -> Message {
            Message(
                "schema.short-text", zh: "长度至少应为 \(least) 个字符", en: "must be at least \(least) characters long")
        }

        /// The `schema.long-text` text (long text).
        public static func longText(most: Int) -> Message {
            Message("schema.long-text", zh: "长度至多应为 \(most) 个字符", en: "must be at most \(most) characters long")
        }

        /// The `schema.no-match` text (no match).
        public static func noMatch(_ value: Message, pattern: String) -> Message {
            Message(
                "schema.no-match", zh: "\(value.zh) 不符合模式 \(pattern)", en: "\(value.en) does not match \(pattern)")
        }

        /// The `schema.not-date-time` text (not date time).
        public static func notDateTime(_ value: Message) -> Message {
            Message(
                "schema.not-date-time", zh: "\(value.zh) 不是 RFC 3339 日期时间（YYYY-MM-DDThh:mm:ss，带 Z 或时区偏移）",
                en: "\(value.en) is not an RFC 3339 date-time (YYYY-MM-DDThh:mm:ss with Z or an offset)")
        }

        /// The `schema.at-least` text (at least).
        public static func atLeast(_ bound: String) -> Message {
            Message("schema.at-least", zh: "至少应为 \(bound)", en: "must be at least \(bound)")
        }

        /// The `schema.at-most` text (at most).
        public static func atMost(_ bound: String) -> Message {
            Message("schema.at-most", zh: "至多应为 \(bound)", en: "must be at most \(bound)")
        }

        /// The `schema.more-than` text (more than).
        public static func moreThan(_ bound: String) -> Message {
            Message("schema.more-than", zh: "应大于 \(bound)", en: "must be more than \(bound)")
        }

        /// The `schema.less-than` text (less than).
        public static func lessThan(_ bound: String) -> Message {
            Message("schema.less-than", zh: "应小于 \(bound)", en: "must be less than \(bound)")
        }

        /// The `schema.multiple-of` text (multiple of).
        public static func multipleOf(_ step: String) -> Message {
            Message("schema.multiple-of", zh: "应为 \(step) 的倍数", en: "must be a multiple of \(step)")
        }

        /// The `schema.more-than-one-form` text (more than one form).
        public static let moreThanOneForm = Message(
            "schema.more-than-one-form", zh: "同时符合此处允许的多种形式（只能符合一种）",
            en: "matches more than one of the forms allowed here (exactly one must)")

        /// The `schema.form-not-allowed` text (form not allowed).
        public static let formNotAllowed = Message(
            "schema.form-not-allowed", zh: "其形式在此处不允许", en: "has a form that is not allowed here")

        /// The `schema.no-alternative` text (no form).
        public static func noForm(_ first: Message?) -> Message {
            let first = first ?? Message("schema.no-alternative", zh: "没有可选的形式", en: "no alternative")
            return Message(
                "schema.no-form", zh: "不符合此处允许的任何形式（\(first.zh)）",
                en: "matches none of the forms allowed here (\(first.en))")
        }
    }
}
