import ArgumentParser

extension FoodTrace {
    /// `foodtrace audit`: run audit plugins over the store (the default), or list their rules.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Audit.Audit"),
            discussion: HelpText.discussion(.Help.discussion("Audit.Audit")),
            subcommands: [AuditRun.self, AuditRules.self],
            defaultSubcommand: AuditRun.self)
    }
}
