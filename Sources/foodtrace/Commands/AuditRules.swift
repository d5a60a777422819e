import ArgumentParser
import TraceAudit
import TraceModel

extension FoodTrace.Audit {
    /// `foodtrace audit rules`: every rule of every plugin, with its source and parameters.
    struct AuditRules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: HelpText.abstract("AuditRules.AuditRules"))

        @OptionGroup var plugins: AuditPluginOptions
        @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
        var format = "text"

        func run() throws {
            try runReporting {
                guard format == "text" || format == "json" else {
                    throw CLIError.input(.optionChoice(option: "--format", value: format, choices: ["text", "json"]))
                }
                let listing = RulesListing(try plugins.selected().selected)
                Console.write(
                    Array((format == "json" ? try listing.json() : listing.text(OutputLanguage.current)).utf8))
            }
        }
    }
}
