import ArgumentParser
import Foundation
import TraceGraph
import TraceModel
import TraceService
import TraceStore

extension FoodTrace {
    struct Trace: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Trace.Trace"),
            subcommands: [Up.self, Down.self])

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, dot, mermaid }

        struct Up: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: HelpText.abstract("Trace.Up"), discussion: HelpText.discussion(.Help.trace))
            @OptionGroup var options: StoreOptions
            @Argument(help: "The 20-digit trace code of a slip, meal or batch.") var code: String
            @OptionGroup var trace: TraceOptions
            func run() throws { try runTrace(options: options, code: code, trace: trace, direction: .up) }
        }

        struct Down: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: HelpText.abstract("Trace.Down"),
                discussion: HelpText.discussion(.Help.trace))
            @OptionGroup var options: StoreOptions
            @Argument(help: "The 20-digit trace code of a batch.") var code: String
            @OptionGroup var trace: TraceOptions
            func run() throws { try runTrace(options: options, code: code, trace: trace, direction: .down) }
        }
    }
}

/// The options of `trace up` and `trace down`: format, the exit threshold and the picture's size.
struct TraceOptions: ParsableArguments {
    @Option(help: "text, json, dot or mermaid.") var format: FoodTrace.Trace.Format = .text
    @Option(
        name: .customLong("fail-on"),
        help: ArgumentHelp(
            "Exit 1 when a hop's flag is at least this severe (warning, violation or critical); an incomplete "
                + "trace counts as a violation.", valueName: "severity"))
    var failOn = "violation"
    @Option(
        help: ArgumentHelp(
            "dot and mermaid: slips (one node per batch for its slips and meals) or none; default slips for a "
                + "downstream trace of more than 50 slips.", valueName: "mode"))
    var collapse: String?
    @Option(help: ArgumentHelp("dot and mermaid: only nodes at most this many hops from the start.", valueName: "n"))
    var depth: Int?

    func validated() throws -> (TraceFlag.Level, TraceGraphView.Collapse?) {
        guard let level = TraceFlag.Level(rawValue: failOn) else {
            throw CLIError.input(
                .optionChoice(option: "--fail-on", value: failOn, choices: TraceFlag.Level.allCases.map(\.rawValue)))
        }
        let collapse = try self.collapse.map { text in
            guard let mode = TraceGraphView.Collapse(rawValue: text) else {
                throw CLIError.input(.optionChoice(option: "--collapse", value: text, choices: ["slips", "none"]))
            }
            return mode
        }
        if let depth, depth < 0 {
            throw CLIError.input(.notPositiveDecimal(option: "--depth", value: "\(depth)"))
        }
        return (level, collapse)
    }
}

private func runTrace(
    options: StoreOptions, code: String, trace: TraceOptions, direction: TraceResult.Direction
) throws {
    try runReporting {
        let (threshold, collapse) = try trace.validated()
        let digits = try TraceCodeArgument.parse(code)
        let store = try options.openGraph()
        // Checked here: an error thrown inside the trace reaches us wrapped as a database read failure.
        try StoredCode.require(digits, in: store)
        let traced = try FlaggedTrace(code: digits, direction: direction, store: store)
        let (result, flags) = (traced.result, traced.flags)
        // A hub's store: each hop's logged time beside its `at`.
        let logged = traced.logged
        let view = {
            TraceGraphView(
                result, flags: flags, collapse: collapse, depth: trace.depth, language: OutputLanguage.current)
        }
        switch trace.format {
        case .text:
            Console.out(
                TraceTextRenderer.render(result, flags: flags, language: OutputLanguage.current, logged: logged))
        case .json: Console.out(try FlaggedTraceJSON.string(result, flags: flags, logged: logged))
        case .dot: Console.out(TraceDotRenderer.render(view()))
        case .mermaid: Console.out(TraceMermaidRenderer.render(view()))
        }
        let failing = (!result.complete && threshold <= .violation) || flags.all.contains { $0.flag.level >= threshold }
        if failing { throw ExitCode(1) }
    }
}

/// `trace --format json`: the trace (`schemas/trace.schema.json`) with `compliant` and each node's `flags`.
enum FlaggedTraceJSON {
    static func string(_ result: TraceResult, flags: TraceFlags, logged: [String: String] = [:]) throws -> String {
        let encoder = JSONEncoder()
        guard var object = try JSONSerialization.jsonObject(with: encoder.encode(result)) as? [String: Any] else {
            return try JSONOutput.string(result)
        }
        object["compliant"] = flags.compliant
        let flagEncoder = JSONEncoder()
        if var nodes = object["nodes"] as? [[String: Any]] {
            for index in nodes.indices {
                let code = nodes[index]["code"] as? String ?? ""
                nodes[index]["flags"] = try JSONSerialization.jsonObject(with: flagEncoder.encode(flags.of(code)))
                if let record = nodes[index]["record"] as? String, let time = logged[record] {
                    nodes[index]["logged"] = time
                }
            }
            object["nodes"] = nodes
        }
        let data = try JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
