import ArgumentParser
import Foundation
import TraceGraph
import TraceModel
import TraceStore

extension FoodTrace {
    struct Trace: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trace a slip, meal or batch upstream to the farms or downstream to every stall and canteen.",
            subcommands: [Up.self, Down.self])

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, dot, mermaid }

        struct Up: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Every ancestor, hop by hop, back to the origins.")
            @OptionGroup var options: StoreOptions
            @Argument(help: "The 20-digit trace code of a slip, meal or batch.") var code: String
            @Option(help: "text, json, dot or mermaid.") var format: Format = .text
            func run() throws { try runTrace(options: options, code: code, format: format, direction: .up) }
        }

        struct Down: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Every descendant: batches, parties, slips and meals (the recall scope).")
            @OptionGroup var options: StoreOptions
            @Argument(help: "The 20-digit trace code of a batch.") var code: String
            @Option(help: "text, json, dot or mermaid.") var format: Format = .text
            func run() throws { try runTrace(options: options, code: code, format: format, direction: .down) }
        }
    }
}

private func runTrace(
    options: StoreOptions, code: String, format: FoodTrace.Trace.Format, direction: TraceResult.Direction
) throws {
    try runReporting {
        let digits = try TraceCodeArgument.parse(code)
        let store = try options.open(readOnly: true)
        // Checked here: an error thrown inside `withGraph` reaches us wrapped as a database read failure.
        try StoredCode.require(digits, in: store)
        let result: TraceResult = try store.withGraph { reader in
            var tracer = Tracer(reader: reader)
            return direction == .up ? try tracer.up(from: digits) : try tracer.down(from: digits)
        }
        switch format {
        case .text: Console.out(TraceTextRenderer.render(result))
        case .json: Console.out(try JSONOutput.string(result))
        case .dot: Console.out(TraceDotRenderer.render(result))
        case .mermaid: Console.out(TraceMermaidRenderer.render(result))
        }
    }
}
