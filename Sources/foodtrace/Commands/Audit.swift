import ArgumentParser

extension FoodTrace {
    /// `foodtrace audit`: run audit plugins over the store (the default), or list their rules.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Audit.Audit"),
            discussion: """
                The built-in plugins (source-tickets, school-meals, recall) are linked in; --plugin-path loads more \
                from shared libraries through the versioned C ABI (schemas/plugin-abi.md). The store is opened \
                read-only for every audit, so no plugin can write to it.
                """,
            subcommands: [AuditRun.self, AuditRules.self],
            defaultSubcommand: AuditRun.self)
    }
}
