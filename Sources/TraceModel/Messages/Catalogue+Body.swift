// The message catalogue: why a record's body is refused (the checks every body makes of itself).

extension Message {
    /// Body checks.
    public enum Body {
        public static func badPartyID(_ id: String) -> Message {
            Message(
                "body.party-id", zh: "\"\(id)\"：参与方编号为 2–64 个字符，由 A-Z、0-9 和 '-' 组成，以字母开头",
                en: "\"\(id)\": \(PartyID.rule)")
        }

        /// The rule of party ids, for a field that breaks it.
        public static let partyRule = Message(
            "body.party-rule", zh: "参与方编号为 2–64 个字符，由 A-Z、0-9 和 '-' 组成，以字母开头", en: PartyID.rule)

        public static let documentDigest = Message(
            "body.document-digest", zh: "必须是 sha256: 加 64 位小写十六进制数字",
            en: "must be sha256: and 64 lower-case hex digits")

        public static let positive = Message("body.positive", zh: "必须大于零", en: "must be greater than zero")

        public static func digits(_ count: Int) -> Message {
            Message("body.digits", zh: "必须是 \(count) 位数字", en: "must be \(count) digits")
        }

        public static let nonEmpty = Message("body.non-empty", zh: "不能为空", en: "must not be empty")

        public static func notOneOf(_ text: String, _ allowed: [String]) -> Message {
            Message(
                "body.not-one-of", zh: "\"\(text)\" 不是 \(allowed.joined(separator: "、")) 之一",
                en: "\"\(text)\" is not one of \(allowed.joined(separator: ", "))")
        }

        public static func atLeastOne(_ zh: String, _ en: String) -> Message {
            Message("body.at-least-one", zh: "至少需要一个\(zh)", en: "at least one \(en) is required")
        }

        public static func exactlyOne(_ names: String) -> Message {
            Message(
                "body.exactly-one", zh: "\(names.replacingOccurrences(of: ", ", with: "、")) 中须恰好给出一个",
                en: "name exactly one of \(names)")
        }

        public static let keptWithClaim = Message(
            "body.kept-with-claim", zh: "未含行为而保留的事件不能再给出 claim",
            en: "an event kept without an act names no claim")
        public static let claimOrKept = Message(
            "body.claim-or-kept", zh: "produce、transform、ship、receive、sell、dispose 中须恰好给出一个（或以 kept 保留该事件）",
            en: "name exactly one of produce, transform, ship, receive, sell, dispose (or keep the event: kept)")
        public static let notNegative = Message("body.not-negative", zh: "不能为负数", en: "must not be negative")
        public static let lastSeqOnlyForChains = Message(
            "body.last-seq", zh: "指的是记录链中的一条记录：只用于密钥或参与方",
            en: "names a record of a chain: only for a key or a party")
        public static let beforeValidFrom = Message(
            "body.before-valid-from", zh: "早于 validFrom", en: "is before validFrom")

        public static func notARecordID(_ text: String) -> Message {
            Message("body.not-record-id", zh: "\"\(text)\" 不是记录编号", en: "\"\(text)\" is not a record id")
        }

        public static let onlyNegativeLabClears = Message(
            "body.only-negative-lab-clears", zh: "只有阴性的实验室（确证）检测才能撤销先前的检测",
            en: "only a negative lab (confirmatory) test clears an earlier one")
        public static let pricedInKeepsKilograms = Message(
            "body.priced-in", zh: "按斤或两计价的销售，数量仍以千克记录", en: "a sale priced in 斤 or 两 keeps its quantity in kg")

        public static func diners(_ diners: Int) -> Message {
            Message(
                "body.diners", zh: "必须在 1 到 1000000 之间，实为 \(diners)", en: "must be from 1 to 1000000, found \(diners)")
        }

        public static let level = Message("body.level", zh: "必须是 1、2 或 3", en: "must be 1, 2 or 3")
    }
}
