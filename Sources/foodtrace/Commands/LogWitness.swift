import ArgumentParser
import Foundation
import TraceCrypto
import TraceLog
import TraceModel
import TraceSync

extension FoodTrace {
    /// `foodtrace log witness`: checks a hub's latest head against the last one this witness co-signed, co-signs it
    /// and hands the co-signature to the hub.
    struct LogWitness: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "witness",
            abstract: HelpText.abstract("LogWitness.LogWitness"),
            discussion: HelpText.discussion(.Help.discussion("LogWitness.LogWitness")))

        @Option(help: ArgumentHelp("The hub's URL.", valueName: "url")) var hub: String
        @Option(help: ArgumentHelp("The witness's key file.", valueName: "file")) var key: String
        @Option(help: ArgumentHelp("Where the last co-signed heads are kept.", valueName: "file")) var state: String?
        @Option(help: "Output format.") var format: ReportFormat = .text

        func run() throws {
            try runReporting {
                let signer: PrivateKey
                do { signer = try KeyFile.read(key).key } catch { throw CLIError.input(.about(key, .of(error))) }
                let client = try SyncCommand.client(hub, token: nil, attempts: 3)
                let watch = LogWatch(client: client, statePath: state ?? key + ".witness.json")
                let outcome: LogWatch.Outcome
                do { outcome = try watch.check() } catch let error as SyncError {
                    Console.error("foodtrace: log witness: " + OutputLanguage.text(error.text))
                    throw CLIError(classifying: error).exitCode
                }
                let cosignature = try Cosignature(
                    head: outcome.current, timestamp: try Clock.nowMilliseconds(), key: signer)
                let body = try JSONEncoder().encode(
                    HubWire.CosignedHead(head: outcome.current, cosignatures: [cosignature]))
                let response = try SyncCommand.reporting {
                    try client.send(
                        "POST", "/log/cosignatures", body: Array(body), headers: ["Content-Type": "application/json"])
                }
                guard response.status == 200 else {
                    throw CLIError.check(
                        Message.Sync.refused(request: "POST /log/cosignatures", hub: HubWire.message(of: response)))
                }
                switch format {
                case .text:
                    Console.out(
                        OutputLanguage.text(
                            Message.Log.cosigned(
                                size: outcome.current.size, root: outcome.current.root, key: signer.publicKey.keyID,
                                previousSize: outcome.previous?.size)))
                case .json:
                    Console.out(
                        try JSONOutput.string(HubWire.CosignedHead(head: outcome.current, cosignatures: [cosignature])))
                }
            }
        }
    }
}
