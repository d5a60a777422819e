// The message catalogue: the audit registry's refusals — `--plugin` and `--param` values that match nothing or that
// a rule's parameter does not accept.

extension Message {
    /// `--param` and plugin refusals.
    public enum Parameters {
        /// What a parameter's value must be.
        public static func expected(_ zh: String, _ en: String) -> Message {
            Message("param.expected", zh: "应为\(zh)", en: "expected \(en)")
        }

        public static func unknownItems(_ items: [String], allowed: [String]) -> Message {
            Message(
                "param.unknown-items",
                zh: "未知的项 \(items.joined(separator: "、"))（可用：\(allowed.joined(separator: "、"))）",
                en: "unknown item \(items.joined(separator: ", ")) (allowed: \(allowed.joined(separator: ", ")))")
        }

        public static func noSuchParameter(rule: String, parameter: String) -> Message {
            Message(
                "param.no-such",
                zh: "--param \(rule).\(parameter)：没有插件的规则 \(rule) 带有参数 \(parameter)（见 `foodtrace audit rules`）",
                en: "--param \(rule).\(parameter): no plugin has rule \(rule) with parameter \(parameter) (see "
                    + "`foodtrace audit rules`)")
        }

        public static func badValue(
            _ assignment: String, _ problem: Message, type: String, description zh: String, _ en: String
        ) -> Message {
            let typeZh = ["boolean": "布尔值", "integer": "整数", "decimal": "小数", "list": "列表", "text": "文本"][type] ?? type
            return Message(
                "param.bad-value", zh: "--param \(assignment)：\(problem.zh)（\(typeZh)参数：\(zh)）",
                en: "--param \(assignment): \(problem.en) (\(type) parameter: \(en))")
        }

        public static func pluginClash(_ path: String, _ other: String, name: String) -> Message {
            Message(
                "param.plugin-clash", zh: "\(path) 和 \(other) 都含有插件 \(name)：只能加载其中之一",
                en: "\(path) and \(other) both hold plugin \(name): load one of them")
        }

        /// A parameter a rule does not declare (asked for by the plugin itself).
        public static let notOfRule = Message(
            "param.not-of-rule", zh: "该规则没有这个参数", en: "the rule has no such parameter")

        /// A parameter's value refused while a plugin ran.
        public static func refused(rule: String, parameter: String, value: String?, _ reason: Message) -> Message {
            let assignment = "\(rule).\(parameter)" + (value.map { "=\($0)" } ?? "")
            return Message(
                "param.refused", zh: "参数 \(assignment)：\(reason.zh)", en: "parameter \(assignment): \(reason.en)")
        }
    }
}
