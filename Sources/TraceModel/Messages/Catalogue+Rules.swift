// The message catalogue: `foodtrace audit rules`, the rules of the audit plugins with their sources and parameters.

extension Message {
    /// Words of the rule listing.
    public enum Rules {
        /// A plugin's heading: name, version, where it comes from, how many rules.
        public static func plugin(name: String, version: String, loadedFrom path: String?, rules: Int) -> Message {
            Message(
                "rules.plugin",
                zh: "\(name) \(version)（" + (path.map { "加载自 \($0)" } ?? "内置") + "）— \(rules) 条规则",
                en: "\(name) \(version) (" + (path.map { "loaded from \($0)" } ?? "linked") + ") — \(rules) rule"
                    + (rules == 1 ? "" : "s"))
        }

        /// The rule's titles: the Chinese, the English, or both (`zh+en`, joined by ` · `).
        public static func title(_ zh: String, _ en: String) -> Message {
            Message("rules.title", zh: zh, en: en.isEmpty ? zh : en)
        }

        /// The instrument a rule rests on, as `Citation.text(_:in:)` gives it for each language.
        public static func source(zh: String, en: String) -> Message {
            Message("rules.source", zh: "依据：\(zh)", en: "source: \(en)")
        }

        /// A parameter: name, type and allowed values, default, description (the plugin's own words when it gave
        /// none in the reader's language).
        public static func parameter(
            name: String, type: String, choices: [String]?, defaultValue: String, description zh: String,
            _ en: String
        ) -> Message {
            let typeZh =
                ["boolean": "布尔值", "integer": "整数", "decimal": "小数", "list": "列表", "text": "文本"][type] ?? type
            let choicesZh = choices.map { "，可选 " + $0.joined(separator: "|") } ?? ""
            let choicesEn = choices.map { ", one of " + $0.joined(separator: "|") } ?? ""
            return Message(
                "rules.parameter",
                zh: "参数 \(name)（\(typeZh)\(choicesZh)）= \(defaultValue.isEmpty ? "（空）" : defaultValue) — \(zh)",
                en:
                    "parameter \(name) (\(type)\(choicesEn)) = \(defaultValue.isEmpty ? "(empty)" : defaultValue) — \(en)"
            )
        }

        /// No plugin was selected.
        public static let none = Message("rules.none", zh: "没有审计插件", en: "no audit plugins")
    }
}
