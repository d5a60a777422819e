import TraceModel

/// The help of the commands in the chosen language: abstracts and discussions from the message catalogue
/// (`Message.Help`). Read when argument-parser first asks a command for its configuration, after `--lang` is known.
enum HelpText {
    /// The abstract of the command `id` (`File.Struct`).
    static func abstract(_ id: String) -> String { OutputLanguage.text(storeAbstracts[id] ?? .Help.abstract(id)) }

    /// The abstracts of `store` and `store copy`, not yet in `Message.Help`.
    static let storeAbstracts: [String: Message] = [
        "StoreCommand.Store": Message(
            "help.StoreCommand.Store", zh: "在不同引擎（SQLite 与 PostgreSQL）之间迁移库。",
            en: "Move a store between engines (SQLite and PostgreSQL)."),
        "StoreCommand.Copy": Message(
            "help.StoreCommand.Copy", zh: "把一个库的全部记录复制到任一引擎的新库中，并核验副本。",
            en: "Copy every record of a store into a new store, of either engine, and check the copy."),
    ]

    /// A discussion; in `zh+en` the Chinese paragraph, then the English one.
    static func discussion(_ message: Message) -> String {
        OutputLanguage.current.pick(message.zh, message.en, separator: "\n\n")
    }
}
