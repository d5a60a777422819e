import ArgumentParser
import Foundation
import TraceModel
import TraceService
import TraceSlips
import TraceStore

extension FoodTrace {
    struct Slip: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Slip.Slip"),
            subcommands: [Print.self, Verify.self], defaultSubcommand: Print.self)

        struct Print: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "print",
                abstract: HelpText.abstract("Slip.Print"))
            @OptionGroup var options: StoreOptions
            @Argument(help: "The slip's 20-digit trace code.") var code: String
            @OptionGroup var slip: SlipOptions

            func run() throws {
                try runReporting {
                    let digits = try TraceCodeArgument.parse(code)
                    let store = try options.open(readOnly: true)
                    let service = SlipService(store: store)
                    let content = try refusing { try service.content(slip: digits) }
                    if let void = try store.void(ofSlip: digits), slip.format == .text {
                        Console.out(
                            OutputLanguage.text(.slipVoided(at: "\(void.at)", reason: void.reason, record: void.record))
                        )
                    }
                    Console.write(try slip.format.render(content, width: slip.width, language: OutputLanguage.current))
                }
            }
        }

        struct Verify: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: HelpText.abstract("Slip.Verify"),
                discussion: HelpText.discussion(.Help.discussion("Slip.Verify"))
            )
            @Argument(
                help:
                    "What the QR code carries: the payload (FT1:…) or the slip page address (https://HUB/s#FT1:…); - reads it from standard input."
            ) var payload: String
            @Option(help: "The trust bundle (from `foodtrace trust export`).") var bundle: String
            @Option(
                help:
                    "Trust the bundle only if it is signed by this regulator key: its full SHA-256 (sha256:…, as `keys show` prints it)."
            ) var anchor: String?
            @Option(help: "Output format.") var format: ReportFormat = .text
            @Option(
                help:
                    "A store to ask whether the stall voided the sale (the payload alone cannot say) and, a hub's store, when the sale was logged."
            )
            var store: String?

            func run() throws {
                try runReporting {
                    let text =
                        payload == "-"
                        ? String(decoding: try InputFile.bytes("-"), as: UTF8.self).trimmingCharacters(
                            in: .whitespacesAndNewlines) : payload
                    let trust: TrustBundle
                    let now = try Clock.now()
                    do {
                        trust = try TrustBundle.load(
                            bytes: try InputFile.bytes(bundle), pinnedAnchor: anchor, now: now)
                    } catch let error as CLIError {
                        throw error
                    } catch { throw CLIError.input(.about(bundle, .of(error))) }
                    switch SlipVerifier.verify(payload: text, bundle: trust) {
                    case .genuine(let record, let summary):
                        var void: SlipVoid?
                        var logged: LoggedTime?
                        if let store {
                            do {
                                let opened = try TraceStore.open(path: store, readOnly: true)
                                void = try opened.void(ofSlip: summary.slip.digits)
                                logged = try opened.loggedTimes(of: [record.id])[record.id]
                            } catch { throw CLIError(classifying: error) }
                        }
                        switch format {
                        case .json:
                            var verified = VerifiedSlip(record: record.id, summary: summary, bundle: trust, now: now)
                            verified.voided = void
                            verified.logged = logged
                            verified.sealed = record.sig?.seal.map {
                                SealedSlip(size: $0.size, index: $0.index, root: $0.root)
                            }
                            Console.out(try JSONOutput.string(verified))
                        case .text:
                            func say(_ message: Message) { Console.out(OutputLanguage.text(message)) }
                            say(.SlipCheck.genuine(summary.slip.grouped))
                            if let void {
                                say(.SlipCheck.voided(at: "\(void.at)", reason: void.reason, record: void.record))
                            }
                            say(
                                .SlipCheck.stall(
                                    name: summary.stallName, id: summary.stallID, market: summary.marketName))
                            say(
                                .SlipCheck.sold(
                                    quantity: Message.Trace.unit(summary.quantity.unit.rawValue).map {
                                        "\(summary.quantity.value) \($0)"
                                    },
                                    price: summary.unitPrice.formatted(places: 2),
                                    amount: summary.amount.formatted(places: 2), at: "\(summary.soldAt)"))
                            if let logged {
                                say(
                                    .SlipCheck.logged(
                                        "\(logged.logged)", flagged: logged.flagged,
                                        hours: "\(abs(logged.hoursAfterAt))",
                                        soldBefore: logged.hoursAfterAt > 0))
                            }
                            if let market = summary.pricedIn, summary.quantity.unit == .kilogram {
                                say(
                                    .SlipCheck.priced(
                                        amount: "\(market.amount(ofKilograms: summary.quantity.value))",
                                        unit: market.rawValue,
                                        price: market.price(perKilogram: summary.unitPrice).formatted(places: 2)))
                            }
                            say(.SlipCheck.batch("\(summary.batch)"))
                            say(.SlipCheck.record(record.id))
                            if let seal = record.sig?.seal {
                                say(.SlipCheck.sealed(index: seal.index + 1, size: seal.size, root: "\(seal.root)"))
                            }
                            say(
                                .SlipCheck.bundle(
                                    issued: "\(trust.issuedAt)",
                                    age: TrustBundle.ageText(from: trust.issuedAt, to: now),
                                    until: "\(trust.expiresAt)"))
                            if trust.issuedAt < summary.soldAt { say(.SlipCheck.later("\(trust.issuedAt)")) }
                        }
                    case .rejected(let reason):
                        throw CLIError.check(.SlipCheck.notGenuine(reason.text))
                    }
                }
            }
        }
    }
}

/// Where a sealed sale stands in its batch: `index` of `size` leaves under `root` (the path was checked).
struct SealedSlip: Encodable {
    var size: Int
    var index: Int
    var root: String
}

/// The JSON form of a genuine slip.
struct VerifiedSlip: Encodable {
    var genuine = true
    var record: String
    var stall: String
    var stallName: String
    var market: String?
    var slip: String
    var batch: String
    var quantity: String
    var unit: String
    var unitPrice: String
    var amount: String
    var pricedIn: String?
    /// The stall's void of the sale, when `--store` knows one.
    var voided: SlipVoid?
    /// The sale's place in its sealed batch, when it is one of a batch sealed by one signature.
    var sealed: SealedSlip?
    /// The sale's logged time, when `--store` keeps a transparency log (a hub's store).
    var logged: LoggedTime?
    var soldAt: String
    var bundleIssuedAt: String
    var bundleAgeSeconds: Int64
    var bundleExpiresAt: String

    init(record: String, summary: SlipSummary, bundle: TrustBundle, now: Timestamp) {
        bundleIssuedAt = bundle.issuedAt.text
        bundleAgeSeconds = max(0, (now.epochMilliseconds - bundle.issuedAt.epochMilliseconds) / 1000)
        bundleExpiresAt = bundle.expiresAt.text
        self.record = record
        stall = summary.stallID
        stallName = summary.stallName
        market = summary.marketName
        slip = summary.slip.digits
        batch = summary.batch.digits
        quantity = summary.quantity.value.description
        unit = summary.quantity.unit.rawValue
        unitPrice = summary.unitPrice.description
        amount = summary.amount.description
        pricedIn = summary.pricedIn?.rawValue
        soldAt = summary.soldAt.text
    }
}
