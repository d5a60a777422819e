import ArgumentParser

extension FoodTrace {
    /// `foodtrace epcis`: tools for GS1 EPCIS 2.0 documents that need no store.
    struct EPCIS: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "epcis",
            abstract: HelpText.abstract("EPCIS.EPCIS"),
            discussion: HelpText.discussion(.Help.discussion("EPCIS.EPCIS")),
            subcommands: [Hash.self])
    }
}
