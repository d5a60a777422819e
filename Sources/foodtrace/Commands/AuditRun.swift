import ArgumentParser
import Foundation
import TraceAudit
import TraceModel
import TraceStore
import TraceStoreAudit

extension FoodTrace.Audit {
    /// `foodtrace audit [run]`: runs the chosen plugins over a read-only store and reports the findings.
    struct AuditRun: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: HelpText.abstract("AuditRun.AuditRun"),
            discussion: HelpText.discussion(.Help.audit))

        @OptionGroup var options: StoreOptions
        @OptionGroup var plugins: AuditPluginOptions
        @Option(
            help: ArgumentHelp(
                "Only what this party received, holds or issued; a market's id also covers its stalls, a six-digit "
                    + "area code every party registered there.", valueName: "id"))
        var party: String?

        @OptionGroup var window: TimeWindowOptions

        @Option(
            name: .customLong("param"),
            help: ArgumentHelp(
                "Override a rule parameter: RULE.PARAM=VALUE or PLUGIN/RULE.PARAM=VALUE (repeatable).",
                valueName: "rule.param=value"))
        var parameters: [String] = []

        @Option(help: ArgumentHelp("Output format: text, json, junit or sarif.", valueName: "format"))
        var format = "text"

        @Option(
            name: .customLong("fail-on"),
            help: ArgumentHelp(
                "Exit 1 when a finding is at least this severe: info, warning, violation or critical.",
                valueName: "severity"))
        var failOn = "violation"

        @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
        var out: String?
        @Flag(help: "Replace an existing --out file (never a key file or a store).") var force = false

        func run() throws {
            try runReporting {
                guard let format = AuditReportFormat(rawValue: format) else {
                    throw CLIError.input(
                        .optionChoice(option: "--format", value: format, choices: ["text", "json", "junit", "sarif"]))
                }
                guard let threshold = Severity(rawValue: failOn) else {
                    throw CLIError.input(
                        .optionChoice(
                            option: "--fail-on", value: failOn, choices: ["info", "warning", "violation", "critical"]))
                }
                let overrides = try parameters.map { text in
                    guard let override = ParameterOverride(text) else {
                        throw CLIError.input(.badParamAssignment(text))
                    }
                    return override
                }
                let output = try out.map { try OutputFile($0, force: force) }
                let clock = try Clock.now()
                let (selected, all) = try plugins.selected()
                let store = try options.open(readOnly: true)
                let scope = try self.scope(store)
                let outcome = try ProgressLine.around(
                    task: .auditTask, unit: .plugins, counter: ProgressCounter(total: selected.count)
                ) { counter in
                    try store.withAuditQuery { query in
                        Result {
                            try AuditRegistry.run(
                                selected, catalog: all, query: query, clock: clock, scope: scope,
                                overrides: overrides, failOn: threshold, progress: counter)
                        }
                    }
                }
                let report: AuditReport
                do {
                    report = try outcome.get()
                } catch let error as RegistryError {
                    throw CLIError.input(error.text)
                } catch let error as PluginCallError {
                    throw CLIError.input(error.message)
                }
                let text = try report.rendered(as: format, language: OutputLanguage.current)
                if let output, let out {
                    try output.write(text)
                    Console.out(
                        OutputLanguage.text(
                            .auditWritten(
                                findings: report.counts.total, failed: report.failed, failOn: threshold.rawValue,
                                path: out)))
                } else {
                    Console.write(Array(text.utf8))
                }
                if report.failed { throw ExitCode(1) }
            }
        }

        private func scope(_ store: TraceStore) throws -> AuditScope {
            let (start, end) = try window.milliseconds()
            let selection = try party.map { try PartyArgument.resolve($0, in: store) }
            return AuditScope(party: selection?.named, members: selection?.members, since: start, until: end)
        }
    }
}
