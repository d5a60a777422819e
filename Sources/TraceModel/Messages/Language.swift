/// The language a user-facing output is written in: Simplified Chinese, English, or both (`zh+en`).
///
/// The CLI takes it from `--lang` or `FOODTRACE_LANG` (default `zh`); every text it prints comes from the message
/// catalogue (``Message``) in this language. Names taken from records (products, parties) keep the record's text.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case zh
    case en
    case zhEn = "zh+en"

    /// The language named by `text` (`zh`, `en` or `zh+en`; `zh-en` and `en+zh` are read as `zh+en`), else `nil`.
    public init?(name text: String) {
        switch text.lowercased() {
        case "zh", "zh-cn", "zh_cn": self = .zh
        case "en": self = .en
        case "zh+en", "zh-en", "en+zh", "zh,en": self = .zhEn
        default: return nil
        }
    }

    /// The text for this language: the Chinese, the English, or both joined by `separator` when they differ.
    public func pick(_ zh: String, _ en: String, separator: String = " ") -> String {
        switch self {
        case .zh: return zh
        case .en: return en
        case .zhEn: return zh == en ? zh : zh + separator + en
        }
    }

    /// True when the output includes the Chinese text.
    public var showsChinese: Bool { self != .en }

    /// True when the output includes the English text.
    public var showsEnglish: Bool { self != .zh }

    /// The BCP 47 tag for HTML and SVG `lang` attributes: the first language shown.
    public var tag: String { self == .en ? "en" : "zh-CN" }
}
