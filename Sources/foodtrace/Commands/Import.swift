import ArgumentParser

extension FoodTrace {
    /// `foodtrace import`: bring records in from other systems' formats.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: HelpText.abstract("Import.Import"),
            subcommands: [EPCISDocument.self])
    }
}
