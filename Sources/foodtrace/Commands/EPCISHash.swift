import ArgumentParser
import Foundation
import TraceInterop
import TraceModel

extension FoodTrace.EPCIS {
    /// `foodtrace epcis hash FILE…`: one event hash ID per event, in document order.
    struct Hash: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("EPCISHash.Hash"),
            discussion: HelpText.discussion(.Help.discussion("EPCISHash.Hash")))

        @Argument(help: "EPCIS JSON/JSON-LD documents (- for standard input).") var files: [String]
        @Flag(help: "Also print each event's canonical pre-hash string.") var verbose = false

        func run() throws {
            try runReporting {
                // Nothing is printed for an invalid document, and documents of any size are hashed as they are read:
                // the lines wait in a temporary file until every document is read.
                let lines = try LineSpool()
                for file in files {
                    let document = try EPCISInputDocument(file)
                    let prefix = Array((files.count > 1 ? file + "\t" : "").utf8)
                    var problem: (any Error)?
                    // A document read twice (its @context after its events) is hashed from its start again.
                    let start = lines.size
                    do {
                        _ = try EPCISStreamReader.preHashes(
                            document.source,
                            begin: {
                                do { try lines.truncate(to: start) } catch { problem = error }
                            },
                            each: { preHash in
                                guard problem == nil else { return }
                                do {
                                    try lines.append(prefix + Array(EPCISEventHash.hashID(preHash: preHash).utf8))
                                    if verbose { try lines.append(prefix + Array("  pre-hash: ".utf8) + preHash) }
                                } catch {
                                    problem = error
                                }
                            })
                    } catch {
                        throw CLIError.input(.about(file, .of(error)))
                    }
                    if let problem { throw problem }
                }
                try lines.flush()
                try lines.copy(to: FileHandle.standardOutput)
            }
        }
    }
}
