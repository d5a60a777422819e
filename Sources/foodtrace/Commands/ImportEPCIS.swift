import ArgumentParser
import Foundation
import TraceCrypto
import TraceInterop
import TraceModel
import TraceStore
import TraceStoreInterop

extension FoodTrace.Import {
    /// `foodtrace import epcis FILE --key KEY.pem`.
    struct EPCISDocument: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "epcis",
            abstract: HelpText.abstract("ImportEPCIS.EPCISDocument"),
            discussion: """
                Events exported by FoodTrace carry their signed record (ft:record) and are ingested as that record, \
                verified like any ingest; the register/revoke records of the master data go in where they stood in the \
                exporting ledger, so importing an export into an empty store trusting the same regulator reproduces \
                the same records, ids and signatures. With --from, the document is a partner's: each event is kept \
                as attested evidence, an attest record signed by the key's party saying it received this document \
                (its SHA-256) from that partner, holding this event; the event's act is its own party's, an external \
                party known by its GS1 key (PGLN/GLN/SGLN) and named from the master data, and traces mark such hops \
                attested. Without --from, the document is the key's party's own system's: its events are mapped to \
                records issued and signed by that party, each carrying the original event and its hash ID (epcis); \
                events the graph cannot use \
                (no lots with quantities, association and transaction events, error declarations…) are skipped and \
                listed with the reason. All or nothing: an invalid document (the JSON path and reason are shown) or a \
                record the store refuses stores nothing (exit 2). Importing the same document again adds nothing.
                """)

        @OptionGroup var options: StoreOptions
        @Argument(help: "The EPCIS document (- for standard input).") var file: String
        @Option(help: "The importing party's private key file: it signs the records of foreign events.") var key: String
        @Option(
            help: ArgumentHelp(
                "The partner the document came from (its GS1 key, e.g. urn:epc:id:pgln:4012345.00000): attest its events.",
                valueName: "partner"))
        var from: String?
        @Option(help: "Output format.") var format: ReportFormat = .text
        @Option(help: "Product code for lots a foreign commissioning event makes (a GTIN in the identifier wins).")
        var productCode = "00000000"
        @Option(help: "Product name for lots a foreign event makes.") var productName = "EPCIS 导入批次"
        @Option(help: "Product category for lots a foreign event makes.") var category = ProductCategory.processed
            .rawValue
        @Option(
            help:
                "Origin area (6 digits) for foreign commissioning events; default the importing party's area (000000 for a partner's)."
        )
        var originArea: String?
        @Option(help: "Origin name for foreign commissioning events.") var originName = "EPCIS"

        func run() throws {
            try runReporting {
                let source = file == "-" ? "stdin" : file
                let bytes = try InputFile.bytes(file)
                let document: EPCISImport
                do throws(InteropError) {
                    document = try EPCISReader.read(document: bytes)
                } catch {
                    throw CLIError.input(Message.Interchange.documentRefused(source, error.text))
                }
                let (party, privateKey): (String, PrivateKey)
                do { (party, privateKey) = try KeyFile.read(key) } catch {
                    throw CLIError.input(.about(key, .of(error)))
                }
                let store = try options.open()
                // The importer numbers the lots of foreign events; a document of FoodTrace records alone needs
                // no registered importer (its own master data may be what registers the key's party).
                let importer = try store.interopParty(party)
                guard let productCategory = ProductCategory(rawValue: category) else {
                    throw CLIError.input(
                        Message.Interchange.badCategory(category, choices: ProductCategory.allCases.map(\.rawValue))
                    )
                }
                let importing = ImportingParty(
                    id: party, area: importer?.area ?? "000000", node: importer?.node ?? "000")
                var mapper = EPCISImportMapper(
                    importer: importing,
                    defaults: .init(
                        product: Product(code: productCode, name: productName, category: productCategory),
                        origin: Place(
                            area: originArea ?? (from == nil ? importer?.area : nil) ?? "000000", name: originName)))
                if let from {
                    guard !from.isEmpty, !from.contains(where: \.isWhitespace) else {
                        throw CLIError.input(
                            Message.Interchange.badPartner(from))
                    }
                    mapper.remember(aggregationEvents: try store.attestedAggregationEvents())
                    mapper.attesting = .init(
                        document: "sha256:" + Hex.encode(Digest.sha256(bytes)), from: from,
                        at: try Clock.now(), names: document.names)
                }
                let plan = EPCISImportPlan(document: document, outcomes: mapper.map(document))
                if importer == nil,
                    let foreign = plan.steps.first(where: { if case .foreign = $0 { true } else { false } })
                {
                    throw CLIError.input(
                        Message.Interchange.importerNotRegistered(
                            key: key, party: party, path: foreign.path, attesting: from != nil))
                }
                let signed = try ProgressLine.around(task: .importTask, unit: .records) { counter in
                    try Self.signAndIngest(
                        plan, importer: party, key: privateKey, store: store, source: source, attesting: from != nil,
                        progress: counter)
                }
                var lines = signed.lines
                let ingest = signed.report
                lines.forget()
                let report = ImportReport(
                    source: source, document: document, plan: plan, lines: lines, ingest: ingest,
                    attested: mapper.attesting)
                for rejection in report.rejected { Console.error("\(source): " + OutputLanguage.text(rejection.text)) }
                switch format {
                case .text: Console.out(OutputLanguage.text(report.text))
                case .json: Console.out(try JSONOutput.string(report))
                }
                if !ingest.rejected.isEmpty {
                    Console.error(
                        OutputLanguage.text(.Interchange.recordsRefused(source, count: ingest.rejected.count)))
                    throw ExitCode(2)
                }
            }
        }

        /// Signs the records of foreign events from the importing party's chain head and ingests everything, the
        /// head checked inside the ingest's transaction: when another process appended for the party meanwhile,
        /// nothing is stored and the records are signed again from the new head (a few times at most).
        static func signAndIngest(
            _ plan: EPCISImportPlan, importer: String, key: PrivateKey, store: TraceStore, source: String,
            attesting: Bool = false, progress: ProgressCounter? = nil
        ) throws -> (lines: ImportLines, report: IngestReport) {
            var attempt = 1
            while true {
                let lines = try ImportLines(
                    plan: plan, importer: importer, key: key, store: store,
                    alreadyImported: attesting
                        ? try store.attestedEventIDs() : try store.importedEventIDs(issuer: importer))
                let head = lines.signedByImporter > 0 ? lines.head : nil
                let now = try Clock.nowMilliseconds()
                let outcome: Result<IngestReport, StoreError>
                do {
                    outcome = .success(
                        try store.ingest(
                            progress.map { IngestInput.lines(lines.lines).reporting(to: $0) } ?? .lines(lines.lines),
                            source: source, now: now, continuing: head))
                } catch {
                    outcome = .failure(error)
                }
                switch outcome {
                case .success(let report):
                    return (lines, report)
                case .failure(let error):
                    guard error.code == .chainMoved, attempt < 5 else { throw error }
                    attempt += 1
                }
            }
        }
    }
}
