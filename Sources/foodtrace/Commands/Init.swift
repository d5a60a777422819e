import ArgumentParser
import Foundation
import TraceCrypto
import TraceModel
import TraceStore
import TraceStorePostgres

extension FoodTrace {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Init.Init"),
            discussion: HelpText.discussion(.Help.discussion("Init.Init")))

        @OptionGroup var options: StoreOptions
        @Option(help: "The regulator's public key (PEM) to trust.") var regulatorKey: String?
        @Option(help: "The regulator's party id.") var regulator = "REG-LOCAL"
        @Option(help: "The regulator's name.") var name = "市场监督管理局"
        @Option(help: "The regulator's GB/T 2260 area code.") var area = "510100"
        @Option(help: "Algorithm of a generated regulator key: ed25519 or sm2-sm3.") var alg: SignatureAlgorithm =
            .ed25519

        func run() throws {
            try runReporting {
                guard PartyID.isValid(regulator) else {
                    throw CLIError.input(.badPartyID(option: "--regulator", value: regulator))
                }
                if options.isPostgres {
                    try createPostgres()
                    return
                }
                let path = options.path
                if OutputFileCheck.occupied(path) { throw CLIError.input(.Files.alreadyExists(path)) }
                if regulatorKey == nil {
                    for made in [path + ".regulator.key", path + ".regulator.pub.pem"]
                    where OutputFileCheck.occupied(made) {
                        throw CLIError.input(.keyFileExists(option: nil, path: made))
                    }
                }
                let publicKey: PublicKey
                var made: String?
                if let regulatorKey {
                    do { publicKey = try KeyFile.readPublic(regulatorKey) } catch {
                        throw CLIError.input(.about(regulatorKey, .of(error)))
                    }
                } else {
                    let key = try PrivateKey.generate(alg)
                    let keyPath = path + ".regulator.key"
                    try KeyFile.write(key, party: regulator, to: keyPath)
                    try KeyFile.writePublic(key.publicKey, to: path + ".regulator.pub.pem")
                    publicKey = key.publicKey
                    made = keyPath
                }
                do {
                    _ = try TraceStore.create(
                        path: path, anchors: [TrustAnchor(party: regulator, name: name, area: area, key: publicKey)])
                } catch {
                    throw CLIError(classifying: error)
                }
                Console.out(
                    OutputLanguage.text(.storeCreated(path: path, regulator: regulator, key: publicKey.keyID)))
                Console.out(OutputLanguage.text(.regulatorFingerprint(publicKey.fingerprint)))
                if let made { Console.out(OutputLanguage.text(.regulatorKeyMade(made))) }
            }
        }
    }
}

extension FoodTrace.Init {
    /// A store in a PostgreSQL database: the regulator's public key must be given (no file is written beside a
    /// database), and the database must hold no store yet.
    private func createPostgres() throws {
        guard let regulatorKey else {
            throw CLIError.input(Message.Interchange.postgresNeedsKey)
        }
        let publicKey: PublicKey
        do { publicKey = try KeyFile.readPublic(regulatorKey) } catch {
            throw CLIError.input(.about(regulatorKey, .of(error)))
        }
        let store: PostgresStore
        do {
            store = try PostgresStore.create(
                try PostgresLocation(options.path),
                anchors: [TrustAnchor(party: regulator, name: name, area: area, key: publicKey)],
                logger: StoreOptions.logger)
        } catch {
            throw CLIError(classifying: error)
        }
        Console.out(OutputLanguage.text(.storeCreated(path: store.name, regulator: regulator, key: publicKey.keyID)))
        Console.out(OutputLanguage.text(.regulatorFingerprint(publicKey.fingerprint)))
    }
}

extension SignatureAlgorithm: ExpressibleByArgument {}
