import ArgumentParser
import Foundation
import TraceCrypto
import TraceModel

extension FoodTrace {
    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Keys.Keys"), subcommands: [New.self, Import.self, Show.self])

        struct New: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: HelpText.abstract("Keys.New"),
                discussion: HelpText.discussion(.Help.discussion("Keys.New"))
            )

            @Option(help: "The party the key signs for.") var party: String
            @Option(help: "ed25519 or sm2-sm3.") var alg: SignatureAlgorithm = .ed25519
            @Option(help: "Where to write the private key.") var out: String
            @Option(help: "Output format.") var format: ReportFormat = .text

            func run() throws {
                try runReporting {
                    guard PartyID.isValid(party) else {
                        throw CLIError.input(.badPartyID(option: "--party", value: party))
                    }
                    let key = try PrivateKey.generate(alg)
                    try FoodTrace.Keys.write(key, party: party, to: out)
                    try printKey(key.publicKey, party: party, format: format)
                }
            }
        }

        /// Writes `key` to a new key file at `out` and its public key to `OUT.pub.pem`; refuses before writing either
        /// when anything (a dangling link included) is at either path.
        static func write(_ key: PrivateKey, party: String, to out: String) throws {
            for path in [out, out + ".pub.pem"] where OutputFileCheck.occupied(path) {
                throw CLIError.input(.keyFileExists(option: "--out", path: path))
            }
            do {
                try KeyFile.write(key, party: party, to: out)
                do { try KeyFile.writePublic(key.publicKey, to: out + ".pub.pem") } catch {
                    unlink(out)
                    throw error
                }
            } catch { throw CLIError.input(.of(error)) }
        }
    }
}

extension FoodTrace.Keys {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Keys.Import"),
            discussion: HelpText.discussion(.Help.discussion("Keys.Import")))

        @Option(help: "The party the key signs for.") var party: String
        @Argument(help: "The PKCS#8 PEM private key file.") var file: String
        @Option(help: "Where to write the FoodTrace key file.") var out: String
        @Option(help: "Output format.") var format: ReportFormat = .text

        func run() throws {
            try runReporting {
                guard PartyID.isValid(party) else { throw CLIError.input(.badPartyID(option: "--party", value: party)) }
                let key: PrivateKey
                do { key = try KeyFile.readPKCS8(file) } catch { throw CLIError.input(.of(error)) }
                try FoodTrace.Keys.write(key, party: party, to: out)
                try printKey(key.publicKey, party: party, format: format)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Keys.Show"))
        @Argument(help: "A private or public key file.") var file: String
        @Option(help: "Output format.") var format: ReportFormat = .text
        @Flag(help: "Print the public key as PEM (for `init --regulator-key`).") var pem = false

        func run() throws {
            try runReporting {
                // Only a small regular file is peeked at (a FIFO would block); anything else is refused below.
                let attributes = try? FileManager.default.attributesOfItem(atPath: file)
                let small =
                    attributes?[.type] as? FileAttributeType == .typeRegular
                    && (attributes?[.size] as? Int ?? .max) <= 65_536
                let head = small ? (try? String(contentsOfFile: file, encoding: .utf8)) ?? "" : ""
                let privateKey: (party: String?, key: PrivateKey)?
                do {
                    if head.hasPrefix("FoodTrace-Party:") {
                        let (party, key) = try KeyFile.read(file)
                        privateKey = (party, key)
                    } else if head.contains("PRIVATE KEY-----") {
                        // A key made by another tool: its public part, with no party.
                        privateKey = (nil, try KeyFile.readPKCS8(file))
                    } else {
                        privateKey = nil
                    }
                } catch { throw CLIError.input(.of(error)) }
                if let (party, key) = privateKey {
                    if pem { return Console.write(Array(key.publicKey.pem.utf8)) }
                    return try printKey(key.publicKey, party: party, format: format)
                }
                do {
                    let key = try KeyFile.readPublic(file)
                    if pem { return Console.write(Array(key.pem.utf8)) }
                    try printKey(key, party: nil, format: format)
                } catch {
                    throw CLIError.input(.about(file, .of(error)))
                }
            }
        }
    }
}

private func printKey(_ key: PublicKey, party: String?, format: ReportFormat) throws {
    let entry = RegisteredKey(id: key.keyID, alg: key.algorithm.rawValue, spki: Data(key.spkiDER).base64EncodedString())
    switch format {
    case .json:
        var json = try TraceModel.Record.json(of: entry)
        if let party { json = json.setting("party", to: .string(party)) }
        Console.out(try CanonicalJSON.string(json))
    case .text:
        Console.out(
            OutputLanguage.text(
                .keyLines(
                    party: party, id: entry.id, alg: entry.alg, spki: entry.spki,
                    sha256: String(key.fingerprint.dropFirst(7)))))
    }
}
