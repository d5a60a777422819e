import ArgumentParser
import Foundation
import TraceModel
import TraceStore

extension FoodTrace {
    /// `foodtrace code`: trace codes for scripts.
    struct Code: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Code.Code"), subcommands: [CodeNew.self])
    }
}

/// `foodtrace code new`: the next free trace code of a party's node for a day, check digit included.
struct CodeNew: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: HelpText.abstract("Code.CodeNew"),
        discussion: HelpText.discussion(.Help.discussion("Code.CodeNew")))

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case batch, meal, slip

        /// The record kinds that make a code of this kind.
        var makers: [RecordKind] {
            switch self {
            case .batch: return [.produce, .receive, .transform]
            case .meal: return [.use]
            case .slip: return [.sell]
            }
        }
    }

    struct Output: Encodable {
        var code: String
        var grouped: String
        var party: String
        var kind: String
        var date: String
    }

    @OptionGroup var options: StoreOptions
    @Option(help: "The party the code is for (its area and node make the first 9 digits).") var party: String
    @Option(help: "batch, meal or slip.") var kind: Kind
    @Option(help: "The day of the code (RFC 3339 time or YYYY-MM-DD, local date); default now.") var at: String?
    @Option(help: "text or json.") var format: ReportFormat = .text

    func run() throws {
        try runReporting {
            let time = try at.map { try Clock.parse($0, option: "--at") } ?? Clock.now()
            let store = try options.open(readOnly: true)
            let parties = try store.directory()
            guard let entry = parties.first(where: { $0.id == party }) else {
                throw ClosestNames.refusal(
                    .noSuchParty(option: "--party", value: party), party, among: parties.map(\.id))
            }
            guard kind.makers.contains(where: entry.role.mayIssue) else {
                throw CLIError.input(
                    .makesNoCode(
                        kind: kind.rawValue, party: party, role: entry.role, makers: kind.makers.map(\.rawValue)))
            }
            let code: TraceCode
            do { code = try store.nextTraceCode(for: party, at: time) } catch { throw CLIError.input(.of(error)) }
            switch format {
            case .text: Console.out(code.digits)
            case .json:
                Console.out(
                    try JSONOutput.string(
                        Output(
                            code: code.digits, grouped: code.grouped, party: party, kind: kind.rawValue,
                            date: String(time.text.prefix(10)))))
            }
        }
    }
}
