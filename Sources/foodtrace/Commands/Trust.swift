import ArgumentParser
import Foundation
import TraceCrypto
import TraceModel
import TraceService
import TraceSlips
import TraceStore

extension FoodTrace {
    struct Trust: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trust bundles for offline slip checks.", subcommands: [Export.self])

        struct Export: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Write the regulator anchors and every registered party's keys, signed by the regulator.",
                discussion:
                    "An inspector's phone or `foodtrace slip verify` checks slips against this file with no store and no network."
            )
            @OptionGroup var options: StoreOptions
            @Option(help: "The regulator's key file (one of the store's trust anchors).") var key: String
            @Option(help: "Where to write the bundle.") var out: String
            @Flag(help: "Replace an existing --out file (never a key file or a store).") var force = false

            func run() throws {
                try runReporting {
                    let output = try OutputFile(out, force: force)
                    let store = try options.open(readOnly: true)
                    let (party, privateKey): (String, PrivateKey)
                    do { (party, privateKey) = try KeyFile.read(key) } catch {
                        throw CLIError.input("\(key): \(error)")
                    }
                    let bundle = try refusing {
                        try SlipService(store: store).trustBundle(signedBy: privateKey, issuedAt: try Clock.now())
                    }
                    try output.write(try bundle.jsonBytes())
                    Console.out(
                        "wrote \(out): \(bundle.anchors.count) anchor(s), \(bundle.parties.count) parties, signed by \(party) \(privateKey.publicKey.keyID)"
                    )
                }
            }
        }
    }
}
