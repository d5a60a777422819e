import ArgumentParser
import Foundation
import TraceCrypto
import TraceLog
import TraceModel
import TraceStore

extension FoodTrace {
    struct Sign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Sign.Sign"),
            discussion: HelpText.discussion(.Help.discussion("Sign.Sign")))

        @OptionGroup var options: StoreOptions
        @Option(help: "The signing key file.") var key: String
        @Argument(help: "Input file (default: standard input).") var input = "-"
        @Flag(help: "Seal the records in batches, one signature per batch, instead of signing each.") var seal = false
        @Option(help: "With --seal, the most records in one sealed batch (1 to 65536).") var batchSize = 1000

        func validate() throws {
            guard (1...Seal.maximumSize).contains(batchSize) else {
                throw ValidationError(OutputLanguage.text(.batchSize(batchSize, maximum: Seal.maximumSize)))
            }
        }

        func run() throws {
            try runReporting {
                let (party, privateKey): (String, PrivateKey)
                do { (party, privateKey) = try KeyFile.read(key) } catch {
                    throw CLIError.input(.about(key, .of(error)))
                }
                var next: (seq: Int, prev: String?) = (1, nil)
                if FileManager.default.fileExists(atPath: options.path) {
                    next = try options.open(readOnly: true).nextSeq(for: party)
                }
                let sink = OutputSink(descriptor: 1)
                var batch: [TraceModel.Record] = []
                func write(_ records: [TraceModel.Record]) {
                    for record in records {
                        sink.write(record.canonicalBytes)
                        sink.write([0x0A])
                    }
                }
                func sealBatch() throws {
                    guard !batch.isEmpty else { return }
                    write(try SealedBatch.seal(batch, key: privateKey))
                    batch.removeAll(keepingCapacity: true)
                }
                for line in try InputFile.lines(input) {
                    let place = "\(input == "-" ? "stdin" : input):\(line.number)"
                    var json: JSONValue
                    do { json = try JSONParser.parse(line.bytes) } catch {
                        throw CLIError.input(.about(place, .of(error)))
                    }
                    if json["sig"] != nil {
                        throw CLIError.input(.about(place, .alreadySigned))
                    }
                    if json["v"] == nil { json = json.setting("v", to: .number("1")) }
                    if let issuer = json["issuer"]?.stringValue, issuer != party {
                        throw CLIError.input(.about(place, .notTheKeysParty(issuer: issuer, party: party)))
                    }
                    json = json.setting("issuer", to: .string(party))
                    if json["seq"] == nil {
                        json = json.setting("seq", to: .number(String(next.seq)))
                        json = json.setting("prev", to: next.prev.map { .string($0) } ?? .null)
                    }
                    let record: TraceModel.Record
                    do { record = try TraceModel.Record.parse(json) } catch {
                        throw CLIError.input(.about(place, .of(error)))
                    }
                    next = (record.seq + 1, record.id)
                    if seal {
                        batch.append(record)
                        if batch.count == batchSize { try sealBatch() }
                    } else {
                        write([try record.signed(by: privateKey)])
                    }
                }
                try sealBatch()
                if let code = sink.finish() {
                    throw CLIError.input(.Files.cannotWriteStandardOutput(OutputFile.system(code)))
                }
            }
        }
    }
}
