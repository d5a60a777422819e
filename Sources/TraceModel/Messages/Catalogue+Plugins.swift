// The message catalogue: why an audit plugin file is refused before it is loaded (its path, owner and modes) or
// after (not a plugin, another ABI, a bad manifest).

extension Message {
    /// Plugin loading refusals.
    public enum Plugins {
        public static let needsFile = Message(
            "plugins.needs-file", zh: "--plugin-path 需要一个文件名", en: "--plugin-path needs a file name")

        public static func noCurrentFolder(_ path: String) -> Message {
            Message("plugins.no-current-folder", zh: "\(path)：无法读取当前文件夹", en: "\(path): cannot read the current folder")
        }

        public static func noFile(_ path: String, reason: Message) -> Message {
            Message(
                "plugins.no-file", zh: "\(path)：该处没有插件文件（\(reason.zh)）",
                en: "\(path): no plugin file there (\(reason.en))")
        }

        public static func links(_ path: String) -> Message {
            Message(
                "plugins.links", zh: "\(path)：符号链接过多或无法读取", en: "\(path): too many or unreadable symbolic links")
        }

        public static func writable(_ path: String, mode: String) -> Message {
            Message(
                "plugins.writable", zh: "\(path) 可被他人写入（权限 \(mode)）；拒绝加载：请运行 chmod go-w \(path)",
                en: "\(path) is writable by others (mode \(mode)); refusing to load it: chmod go-w \(path)")
        }

        public static func notRegular(_ path: String) -> Message {
            Message("plugins.not-regular", zh: "\(path) 不是普通文件", en: "\(path) is not a regular file")
        }

        public static func unreadableFolder(_ path: String, folder: String) -> Message {
            Message(
                "plugins.unreadable-folder", zh: "\(path)：无法读取文件夹 \(folder)",
                en: "\(path): cannot read the folder \(folder)")
        }

        public static func writableFolder(_ path: String, folder: String, mode: String) -> Message {
            Message(
                "plugins.writable-folder",
                zh: "\(path)：文件夹 \(folder) 可被同组或其他用户写入（权限 \(mode)）：能写入该处的人可以用另一个库顶替插件；拒绝加载",
                en: "\(path): the folder \(folder) is writable by group or others (mode \(mode)): anyone who can write "
                    + "there could put another library in the plugin's place; refusing to load it")
        }

        public static func foreign(_ path: String, what: String, name: String, uid: String) -> Message {
            let whatZh = ["the folder": "文件夹", "the plugin file": "插件文件", "the symbolic link": "符号链接"][what] ?? what
            return Message(
                "plugins.foreign",
                zh: "\(path)：\(whatZh) \(name) 属于其他用户（uid \(uid)）；插件以你的权限运行，所以它及其路径上的每个文件夹和链接都必须属于你或 root",
                en: "\(path): \(what) \(name) belongs to another user (uid \(uid)); a plugin runs with your rights, so "
                    + "it and every folder and link on its path must be yours or root's")
        }

        public static func notAPlugin(_ path: String, symbol: String) -> Message {
            Message(
                "plugins.not-a-plugin", zh: "\(path) 没有导出 \(symbol)：不是 FoodTrace 插件",
                en: "\(path) does not export \(symbol): not a FoodTrace plugin")
        }

        public static func noTable(_ path: String, symbol: String) -> Message {
            Message(
                "plugins.no-table", zh: "\(path)：\(symbol) 没有返回插件表", en: "\(path): \(symbol) returned no plugin table")
        }

        public static func abi(_ path: String, version: String, ours: String) -> Message {
            Message(
                "plugins.abi", zh: "\(path)：插件 ABI 为 \(version)，本 foodtrace 使用 \(ours)；请按 ABI \(ours) 重新构建插件",
                en: "\(path): plugin ABI \(version), this foodtrace speaks \(ours); rebuild the plugin for ABI \(ours)")
        }

        public static func badName(_ path: String, name: String) -> Message {
            Message(
                "plugins.bad-name", zh: "\(path)：插件名 \"\(name)\" 不是由小写字母、数字和 '-' 组成",
                en: "\(path): plugin name \"\(name)\" is not lowercase letters, digits and '-'")
        }

        public static func badRuleID(_ path: String, rule: String, plugin: String) -> Message {
            Message(
                "plugins.bad-rule-id", zh: "\(path)：插件 \(plugin) 的规则编号 \"\(rule)\" 不是由小写字母、数字和 '-' 组成",
                en: "\(path): rule id \"\(rule)\" of plugin \(plugin) is not lowercase letters, digits and '-'")
        }

        public static func ruleTwice(_ path: String, rule: String, plugin: String) -> Message {
            Message(
                "plugins.rule-twice", zh: "\(path)：插件 \(plugin) 两次列出规则 \(rule)",
                en: "\(path): plugin \(plugin) lists rule \(rule) twice")
        }

        /// A plugin's run ended in an error (the error follows).
        public static func failed(_ plugin: String, _ detail: Message) -> Message {
            Message(
                "plugin.failed", zh: "插件 \(plugin) 运行失败：\(detail.zh)", en: "plugin \(plugin) failed: \(detail.en)")
        }

        /// A plugin reported an error in its own words (kept verbatim).
        public static func reported(_ plugin: String, path: String, _ words: String) -> Message {
            Message(
                "plugin.reported", zh: "插件 \(plugin)（\(path)）报告错误：\(words)",
                en: "plugin \(plugin) (\(path)): \(words)")
        }

        /// A plugin's answer with neither findings nor an error.
        public static func answeredNothing(_ plugin: String, path: String) -> Message {
            Message(
                "plugin.answered-nothing", zh: "插件 \(plugin)（\(path)）既未给出发现，也未报告错误",
                en: "plugin \(plugin) (\(path)) answered neither findings nor an error")
        }

        /// A plugin that answered NULL.
        public static func answeredNull(_ path: String) -> Message {
            Message("plugin.answered-null", zh: "插件 \(path) 返回了 NULL", en: "plugin \(path) answered NULL")
        }

        /// A plugin's answer that is not the ABI's JSON (the decoder's words follow).
        public static func malformed(_ detail: String) -> Message {
            Message("plugin.malformed", zh: "回答格式错误：\(detail)", en: "malformed answer: \(detail)")
        }

        /// A plugin's finding of a rule no plugin lists.
        public static func unlistedRule(plugin: String, rule: String) -> Message {
            Message(
                "plugin.unlisted-rule", zh: "插件 \(plugin) 报告了规则 \(rule) 的发现，但没有任何插件列出该规则",
                en: "plugin \(plugin) reported a finding of rule \(rule), which no plugin lists")
        }

        /// A plugin's query without a field its method needs.
        public static func queryNeeds(_ method: String, _ fields: String) -> Message {
            Message(
                "plugin.query-needs", zh: "查询 \(method) 需要 \(fields.replacingOccurrences(of: " and ", with: " 和 "))",
                en: "\(method) needs \(fields)")
        }

        /// A plugin run by a host that lends no query function.
        public static let noQueryFunction = Message(
            "plugin.no-query-function", zh: "宿主未提供查询函数", en: "the host lends no query function")

        /// The host answered a plugin's query with NULL.
        public static func hostAnsweredNull(_ method: String) -> Message {
            Message("plugin.host-null", zh: "\(method)：宿主返回了 NULL", en: "\(method): the host answered NULL")
        }

        /// The host's answer to a query is not the ABI's JSON.
        public static func hostMalformed(_ method: String, detail: String) -> Message {
            Message(
                "plugin.host-malformed", zh: "\(method)：宿主的回答格式错误：\(detail)",
                en: "\(method): malformed answer from the host: \(detail)")
        }

        /// The host's answer to a query without a result.
        public static func hostNoResult(_ method: String) -> Message {
            Message(
                "plugin.host-no-result", zh: "\(method)：宿主的回答没有结果", en: "\(method): the host's answer has no result")
        }

        /// A movement whose delta is not a signed exact decimal.
        public static func badDelta(record: String, delta: String) -> Message {
            Message(
                "plugin.bad-delta", zh: "变动 \(record)：增量 \"\(delta)\" 不是带符号的精确小数",
                en: "movement \(record): delta \"\(delta)\" is not a signed exact decimal")
        }
    }
}
