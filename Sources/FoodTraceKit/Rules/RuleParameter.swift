import TraceModel

/// What a rule parameter's value must be. The host checks every `--param` against it before any plugin runs, so a
/// mistyped value is refused (exit 2) instead of silently changing what a rule checks.
public enum ParameterType: String, Sendable, Codable, CaseIterable {
    /// `true` or `false`.
    case boolean
    /// A whole number, optionally signed (`12`, `-3`).
    case integer
    /// An exact decimal (`0.5`, `125`), as ``Amount`` reads it.
    case decimal
    /// Comma-separated items (`stall,market`); spaces around items are ignored, empty items dropped.
    case list
    /// Any text.
    case text
}

/// A parameter of a rule: thresholds are configuration, not constants.
///
/// On the wire (the plugin manifest) `type` and `choices` are left out when the parameter is plain text; a
/// manifest without them (plugins built before parameters were typed) reads as text parameters.
public struct RuleParameter: Sendable, Codable, Hashable {
    public var name: String
    /// The default, as text (numbers as exact decimals, lists comma-separated).
    public var defaultValue: String
    public var description: String
    /// The description in Chinese, for `audit rules` in Chinese; `nil` when the plugin gave only ``description``.
    public var descriptionChinese: String?
    /// What a value must be.
    public var type: ParameterType
    /// For ``ParameterType/text`` and ``ParameterType/list``: the only values (or items) allowed; `nil` allows any.
    public var choices: [String]?

    /// A parameter of this `type`; `choices`, when given, are the only values (or list items) allowed;
    /// `descriptionChinese` says in Chinese what `description` says.
    public init(
        name: String, defaultValue: String, description: String, type: ParameterType = .text, choices: [String]? = nil,
        descriptionChinese: String? = nil
    ) {
        self.name = name
        self.defaultValue = defaultValue
        self.description = description
        self.descriptionChinese = descriptionChinese
        self.type = type
        self.choices = choices
    }

    private enum CodingKeys: String, CodingKey {
        case name, defaultValue, description, descriptionChinese, type, choices
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        defaultValue = try container.decode(String.self, forKey: .defaultValue)
        description = try container.decode(String.self, forKey: .description)
        descriptionChinese = try container.decodeIfPresent(String.self, forKey: .descriptionChinese)
        type = try container.decodeIfPresent(ParameterType.self, forKey: .type) ?? .text
        choices = try container.decodeIfPresent([String].self, forKey: .choices)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(defaultValue, forKey: .defaultValue)
        try container.encode(description, forKey: .description)
        try container.encodeIfPresent(descriptionChinese, forKey: .descriptionChinese)
        if type != .text || choices != nil { try container.encode(type, forKey: .type) }
        try container.encodeIfPresent(choices, forKey: .choices)
    }

    /// Why `value` is not a valid value of this parameter, or `nil` when it is (English).
    public func problem(with value: String) -> String? { problemText(with: value)?.en }

    /// ``problem(with:)`` in Chinese and English.
    public func problemText(with value: String) -> Message? {
        switch type {
        case .boolean:
            return value == "true" || value == "false" ? nil : .Parameters.expected("true 或 false", "true or false")
        case .integer:
            return Int64(value) == nil ? .Parameters.expected("整数", "a whole number") : nil
        case .decimal:
            return Amount(value) == nil
                ? .Parameters.expected("精确小数，例如 0.5", "an exact decimal number such as 0.5") : nil
        case .list:
            guard let choices else { return nil }
            let unknown = Self.items(value).filter { !choices.contains($0) }
            return unknown.isEmpty ? nil : .Parameters.unknownItems(unknown, allowed: choices)
        case .text:
            guard let choices, !choices.contains(value) else { return nil }
            return .Parameters.expected(
                choices.joined(separator: "、") + " 之一", "one of " + choices.joined(separator: ", "))
        }
    }

    /// The items of a list value.
    static func items(_ value: String) -> [String] {
        value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
