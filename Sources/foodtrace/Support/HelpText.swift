import TraceModel

/// The help of the commands in the chosen language: abstracts and discussions from the message catalogue
/// (`Message.Help`). Read when argument-parser first asks a command for its configuration, after `--lang` is known.
enum HelpText {
    /// The abstract of the command `id` (`File.Struct`).
    static func abstract(_ id: String) -> String { OutputLanguage.text(.Help.abstract(id)) }

    /// A discussion; in `zh+en` the Chinese paragraph, then the English one.
    static func discussion(_ message: Message) -> String {
        OutputLanguage.current.pick(message.zh, message.en, separator: "\n\n")
    }
}
