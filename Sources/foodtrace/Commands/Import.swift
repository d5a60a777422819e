import ArgumentParser

extension FoodTrace {
    /// `foodtrace import`: bring records in from other systems' formats.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import data from other systems (GS1 EPCIS 2.0).",
            subcommands: [EPCISDocument.self])
    }
}
