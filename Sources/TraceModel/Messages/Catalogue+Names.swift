// The message catalogue: names that match nothing in the store (parties, areas, markets, plugins, roles, codes,
// recall notices), and the closest names that do.

extension Message {
    /// This message followed by the closest names ("did you mean …?"), or unchanged when there is none.
    public func suggesting(_ names: [String]) -> Message {
        guard !names.isEmpty else { return self }
        return Message(
            key, zh: zh + "（是否要找 " + names.joined(separator: "、") + "？）",
            en: en + " (did you mean " + names.joined(separator: ", ") + "?)")
    }

    /// A `--party` (or like) value that is neither a party id nor an area code of the store.
    public static func noSuchParty(option: String, value: String) -> Message {
        Message(
            "names.no-party", zh: "\(option) \(value)：库中没有该参与方",
            en: "\(option) \(value): no such party in the store")
    }

    /// An area code under which no party is registered.
    public static func noPartyInArea(option: String, code: String) -> Message {
        Message(
            "names.no-party-in-area", zh: "\(option) \(code)：该行政区划内没有登记的参与方",
            en: "\(option) \(code): no party registered in area \(code)")
    }

    /// A value that must be a six-digit GB/T 2260 area code.
    public static func notAreaCode(option: String, value: String) -> Message {
        Message(
            "names.not-area-code", zh: "\(option) \(value)：请用六位 GB/T 2260 行政区划代码，例如 510104",
            en: "\(option) \(value): use a six-digit GB/T 2260 area code, e.g. 510104")
    }

    /// A `--market` value that names no retail or wholesale market.
    public static func noSuchMarket(option: String, value: String) -> Message {
        Message(
            "names.no-market", zh: "\(option) \(value)：库中没有该市场",
            en: "\(option) \(value): no such market in the store")
    }

    /// A `--role` value that is no role.
    public static func noSuchRole(option: String, value: String) -> Message {
        Message("names.no-role", zh: "\(option) \(value)：没有该角色", en: "\(option) \(value): no such role")
    }

    /// A `--plugin` value that names no built-in or loaded plugin.
    public static func noSuchPlugin(_ name: String) -> Message {
        Message("names.no-plugin", zh: "--plugin \(name)：没有该审计插件", en: "--plugin \(name): no such plugin")
    }

    /// This message followed by the names there are (plugins, roles), after any suggestion.
    public func known(_ names: [String]) -> Message {
        Message(
            key, zh: zh + "（已有：" + names.joined(separator: "、") + "）",
            en: en + " (known: " + names.joined(separator: ", ") + ")")
    }

    /// A trace code that names no batch (where only a batch will do).
    public static func noBatchCode(_ code: String) -> Message {
        Message(
            "names.no-batch-code", zh: "库中没有追溯码为 \(code) 的批次", en: "no batch with trace code \(code) in the store")
    }

    /// A recall notice number the store does not hold.
    public static func noRecallNotice(_ notice: String, option: String? = nil) -> Message {
        let prefix = option.map { "\($0) \(notice)：" } ?? ""
        let englishPrefix = option.map { "\($0) \(notice): " } ?? ""
        return Message(
            "names.no-recall-notice", zh: prefix + "库中没有召回通知 \(notice)",
            en: englishPrefix + "no recall notice \(notice) in the store")
    }
}

// `foodtrace parties`.
extension Message {
    /// The column titles of `foodtrace parties`, separated by tabs.
    public static var partiesHeader: Message {
        Message(
            "parties.header", zh: "编号\t名称\t角色\t地区\t所属市场\t证照\t信用等级\t状态",
            en: "id\tname\trole\tarea\tmarket\tlicences\tcredit grade\tstatus")
    }

    /// A party's status: `active`, `licence expired`, `keys revoked` or `anchor` (JSON keeps these words).
    public static func partyStatus(_ status: String) -> Message {
        let chinese = ["active": "正常", "licence expired": "证照过期", "keys revoked": "密钥已全部吊销", "anchor": "信任锚"]
        return Message("parties.status", zh: chinese[status] ?? status, en: status)
    }

    /// The count under the table.
    public static func partiesListed(_ listed: Int, of all: Int) -> Message {
        Message("parties.count", zh: "共 \(all) 个参与方，列出 \(listed) 个", en: "\(listed) of \(all) parties")
    }
}
