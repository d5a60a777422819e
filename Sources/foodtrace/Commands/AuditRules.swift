import ArgumentParser
import TraceAudit

extension FoodTrace.Audit {
    /// `foodtrace audit rules`: every rule of every plugin, with its source and parameters.
    struct AuditRules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "List every rule of every audit plugin: id, severity, titles (zh, en), source, parameters with defaults.")

        @OptionGroup var plugins: AuditPluginOptions
        @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format")) var format = "text"

        func run() throws {
            try runReporting {
                guard let format = ReportFormat(rawValue: format) else {
                    throw CLIError.input("--format \(format): use text or json")
                }
                let listing = RulesListing(try plugins.selected())
                switch format {
                case .text: Console.write(Array(listing.text().utf8))
                case .json: Console.write(Array(try listing.json().utf8))
                }
            }
        }
    }
}
