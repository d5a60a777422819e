import ArgumentParser
import Foundation
import TraceCrypto
import TraceLog
import TraceModel

extension FoodTrace {
    /// `foodtrace log verify`: rebuilds a hub store's tree from its records and checks the log against it.
    struct LogVerify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: HelpText.abstract("LogVerify.LogVerify"),
            discussion: HelpText.discussion(.Help.discussion("LogVerify.LogVerify")))

        @OptionGroup var options: StoreOptions
        @Option(help: "Output format.") var format: ReportFormat = .text

        func run() throws {
            try runReporting {
                let result = try options.open(readOnly: true).verifyLog()
                switch format {
                case .text:
                    Console.out(
                        OutputLanguage.text(
                            Message.Log.verified(
                                leaves: result.leaves, heads: result.heads, records: result.records,
                                root: MerkleHash.text(result.rebuiltRoot))))
                    for problem in result.findings { Console.out(OutputLanguage.text(Message.Log.problem(problem))) }
                    Console.out(OutputLanguage.text(Message.Log.verifyVerdict(matches: result.findings.isEmpty)))
                case .json:
                    struct Output: Encodable {
                        var leaves: UInt64
                        var records: UInt64
                        var heads: Int
                        var rebuiltRoot: String
                        var problems: [String]
                    }
                    Console.out(
                        try JSONOutput.string(
                            Output(
                                leaves: result.leaves, records: result.records, heads: result.heads,
                                rebuiltRoot: MerkleHash.text(result.rebuiltRoot), problems: result.problems)))
                }
                if !result.problems.isEmpty { throw ExitCode(1) }
            }
        }
    }
}
