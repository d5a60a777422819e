import ArgumentParser
import Foundation
import TraceCrypto
import TraceModel
import TraceStore

extension FoodTrace {
    struct Sign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sign records made elsewhere: unsigned JSON Lines in, signed JSON Lines out.",
            discussion: """
                Each input line is a record without `sig`. `issuer` defaults to the key's party; when `seq` is
                missing, seq and prev continue the issuer's chain in --store (if it exists) and then line by line.
                Nothing is written to the store: ingest the output.
                """)

        @OptionGroup var options: StoreOptions
        @Option(help: "The signing key file.") var key: String
        @Argument(help: "Input file (default: standard input).") var input = "-"

        func run() throws {
            try runReporting {
                let (party, privateKey): (String, PrivateKey)
                do { (party, privateKey) = try KeyFile.read(key) } catch { throw CLIError.input("\(key): \(error)") }
                var next: (seq: Int, prev: String?) = (1, nil)
                if FileManager.default.fileExists(atPath: options.path) {
                    next = try options.open(readOnly: true).nextSeq(for: party)
                }
                let sink = OutputSink(descriptor: 1)
                for line in try InputFile.lines(input) {
                    let place = "\(input == "-" ? "stdin" : input):\(line.number)"
                    var json: JSONValue
                    do { json = try JSONParser.parse(line.bytes) } catch { throw CLIError.input("\(place): \(error)") }
                    if json["sig"] != nil {
                        throw CLIError.input("\(place): field $.sig: the record is already signed")
                    }
                    if json["v"] == nil { json = json.setting("v", to: .number("1")) }
                    if let issuer = json["issuer"]?.stringValue, issuer != party {
                        throw CLIError.input("\(place): field $.issuer: \(issuer) is not the key's party \(party)")
                    }
                    json = json.setting("issuer", to: .string(party))
                    if json["seq"] == nil {
                        json = json.setting("seq", to: .number(String(next.seq)))
                        json = json.setting("prev", to: next.prev.map { .string($0) } ?? .null)
                    }
                    let record: TraceModel.Record
                    do { record = try TraceModel.Record.parse(json) } catch {
                        throw CLIError.input("\(place): \(error)")
                    }
                    let signed = try record.signed(by: privateKey)
                    next = (record.seq + 1, signed.id)
                    sink.write(signed.canonicalBytes)
                    sink.write([0x0A])
                }
                if let code = sink.finish() {
                    throw CLIError.input("cannot write to standard output: \(OutputFile.describe(code))")
                }
            }
        }
    }
}
