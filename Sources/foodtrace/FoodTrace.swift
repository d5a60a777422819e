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
    /// the code every other kind of bad input gets, instead of the parser's default 64, and any error a command did
    /// not report itself to its ``ExitStatus`` (never the parser's default 1, which means "a check failed").
    static func main() {
        let arguments: [String]
        switch OutputLanguage.choose(
            arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
        {
        case .success(let remaining): arguments = ProgressLine.takeQuiet(from: remaining)
        case .failure(let refusal):
            Console.error("foodtrace: " + Language.zhEn.pick(refusal.message.zh, refusal.message.en, separator: "\n"))
            Foundation.exit(ExitStatus.badInput.rawValue)
        }
        if let refusal = Clock.refusal(ProcessInfo.processInfo.environment) {
            Console.error("foodtrace: \(refusal.description)")
            Foundation.exit(refusal.status.rawValue)
        }
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            // Help, version and completion requests end here too, with the parser's own exit.
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            Console.error(fullMessage(for: error))
            Foundation.exit(ExitStatus.badInput.rawValue)
        }
        do {
            try command.run()
        } catch let error as ExitCode {
            exit(withError: error)
        } catch let error as CleanExit {
            exit(withError: error)
        } catch  where exitCode(for: error) == .validationFailure {
            Console.error(fullMessage(for: error))
            Foundation.exit(ExitStatus.badInput.rawValue)
        } catch  where exitCode(for: error) != .failure {
            // The parser's own ends (a subcommand's --help, --version): printed and exited its way.
            exit(withError: error)
        } catch {
            let reported = CLIError(classifying: error)
            Console.error("foodtrace: \(reported.description)")
            Foundation.exit(reported.status.rawValue)
        }
    }
}
