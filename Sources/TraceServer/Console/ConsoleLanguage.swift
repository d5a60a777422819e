import TraceModel

/// The console's words: the catalogue's `console.*` section (``Message/Console``).
typealias Words = Message.Console

/// The console's language: Chinese unless the query asks `lang=en`.
extension Language {
    /// The language of a console request's `lang` query value.
    init(consoleQuery value: String?) { self = value == "en" ? .en : .zh }

    /// What keeps the language on a link (`?lang=en`), or nothing.
    var query: String { self == .en ? "?lang=en" : "" }
    /// The same, to append after other query items.
    var and: String { self == .en ? "&lang=en" : "" }

    /// A catalogue message in this language, escaped for HTML text and attribute values.
    func word(_ message: Message) -> String { MarkupText.escape(message.text(self)) }
}
