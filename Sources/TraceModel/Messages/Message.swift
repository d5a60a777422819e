/// One user-facing text of the message catalogue, in both languages, with its arguments already filled in.
///
/// Messages are made only by the catalogue's typed constructors (`Message.storeMissing(path:)` and its kin, in the
/// `Catalogue+*.swift` files beside this one), so a text exists in Chinese and English from the start and its
/// arguments are checked by the compiler. Arguments taken from records (product and party names, ids, codes) are put
/// in both texts unchanged.
public struct Message: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The catalogue key, e.g. `cli.store-missing`: stable, for tests and logs.
    public let key: String
    public let zh: String
    public let en: String

    /// A message with its two texts. Used by the catalogue; code elsewhere calls the catalogue's constructors.
    public init(_ key: String, zh: String, en: String) {
        self.key = key
        self.zh = zh
        self.en = en
    }

    /// The text in `language`; `zh+en` shows the Chinese, then ` / `, then the English.
    public func text(_ language: Language) -> String { language.pick(zh, en, separator: " / ") }

    /// The Chinese text (the default language).
    public var description: String { zh }

    /// Both texts with `transform` applied, keeping the key (e.g. to prefix a file name or line number).
    public func map(_ transform: (String) -> String) -> Message {
        Message(key, zh: transform(zh), en: transform(en))
    }

    /// This message followed by `other` in each language, joined by `zhSeparator` and `enSeparator`.
    public func appending(_ other: Message, zhSeparator: String = "：", enSeparator: String = ": ") -> Message {
        Message(key, zh: zh + zhSeparator + other.zh, en: en + enSeparator + other.en)
    }

    /// A text that reads the same in both languages (an id, a number, a name from a record).
    public static func verbatim(_ text: String) -> Message { Message("verbatim", zh: text, en: text) }

    /// Items joined as a list in each language (`、` in Chinese, `, ` in English).
    public static func list(_ items: [Message]) -> Message {
        Message(
            "list", zh: items.map(\.zh).joined(separator: "、"), en: items.map(\.en).joined(separator: ", "))
    }
}
