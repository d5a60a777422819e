import ArgumentParser
import Foundation
import TraceModel

/// The `foodtrace` command: signed batch records, traceability, slips and audits.
@main
struct FoodTrace: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "foodtrace",
        abstract: HelpText.abstract("FoodTrace.FoodTrace"),
        discussion: HelpText.discussion(.Help.root),
        version: "0.1.0",
        subcommands: [
            Init.self, Keys.self, RecordCommand.self, Sign.self, Ingest.self, Export.self, Verify.self, Show.self,
            Log.self, Trace.self, Balance.self, Demo.self, Audit.self, Recall.self, Sell.self, Slip.self, Code.self,
            Trust.self,
            EPCIS.self, Import.self, Report.self, Parties.self, Store.self,
            Serve.self, Push.self, Pull.self, Token.self, Settings.self,
        ]
    )

    /// Runs the command, mapping a command-line usage error (missing argument, unknown option, bad value) to exit 2,
    /// the code every other kind of bad input gets, instead of the parser's default 64.
    static func main() {
        let arguments: [String]
        switch OutputLanguage.choose(
            arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
        {
        case .success(let remaining): arguments = ProgressLine.takeQuiet(from: remaining)
        case .failure(let refusal):
            Console.error("foodtrace: " + Language.zhEn.pick(refusal.message.zh, refusal.message.en, separator: "\n"))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            Console.error(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}
