import ArgumentParser
import TraceInterop
import TraceModel

extension FoodTrace.EPCIS {
    /// `foodtrace epcis hash FILE…`: one event hash ID per event, in document order.
    struct Hash: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("EPCISHash.Hash"),
            discussion: """
                Works on any EPCIS 2.0 JSON/JSON-LD EPCISDocument or EPCISQueryDocument, as the GS1 reference event hash \
                generator does. With several files each line starts with the file name and a tab. --verbose adds each \
                event's pre-hash string on the next line. An invalid document: exit 2 with the JSON path of the problem, \
                and nothing is printed.
                """)

        @Argument(help: "EPCIS JSON/JSON-LD documents (- for standard input).") var files: [String]
        @Flag(help: "Also print each event's canonical pre-hash string.") var verbose = false

        func run() throws {
            try runReporting {
                var lines: [String] = []
                for file in files {
                    let bytes = try InputFile.bytes(file)
                    let preHashes: [String]
                    do {
                        preHashes = try EPCISEventHash.preHashStrings(document: bytes)
                    } catch {
                        throw CLIError.input(.about(file, .of(error)))
                    }
                    let prefix = files.count > 1 ? file + "\t" : ""
                    for preHash in preHashes {
                        lines.append(prefix + EPCISEventHash.hashID(preHash: preHash))
                        if verbose { lines.append(prefix + "  pre-hash: " + preHash) }
                    }
                }
                if !lines.isEmpty { Console.out(lines.joined(separator: "\n")) }
            }
        }
    }
}
