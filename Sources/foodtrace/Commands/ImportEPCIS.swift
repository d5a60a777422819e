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
                let document = try EPCISInputDocument(file)
                let setup: Setup
                do {
                    setup = try prepare(document)
                } catch {
                    // The document is read before anything else: its own problem is the one reported.
                    var ignored = IgnoredEvents()
                    try Self.read(document, source: source, into: &ignored)
                    throw error
                }
                var attempt = 1
                while true {
                    var lines = try ImportLines(
                        importer: setup.party, registered: setup.registered, keyFile: key, key: setup.key,
                        mapper: setup.mapper, store: setup.store, attesting: from != nil)
                    let summary = try ProgressLine.around(task: .importTask, unit: .events) { counter in
                        lines.progress = counter
                        return try Self.read(document, source: source, into: &lines)
                    }
                    let spool = try lines.finish()
                    let ingest: IngestReport
                    do {
                        ingest = try Self.ingest(spool, lines: lines, store: setup.store, source: source)
                    } catch let error as StoreError where error.code == .chainMoved && attempt < 5 {
                        // Another process appended for the party meanwhile: nothing was stored; sign again from its
                        // new head (a few times at most).
                        attempt += 1
                        continue
                    }
                    try report(ingest, lines: lines, summary: summary, document: document, source: source, setup)
                    return
                }
            }
        }

        /// What the import needs besides the document: the key and its party, the store, the mapper.
        struct Setup {
            var party: String
            var key: PrivateKey
            var store: TraceStore
            var registered: Bool
            var mapper: EPCISImportMapper
        }

        private func prepare(_ document: EPCISInputDocument) throws -> Setup {
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
                    throw CLIError.input(Message.Interchange.badPartner(from))
                }
                mapper.remember(aggregationEvents: try store.attestedAggregationEvents())
                // The names come from the document's master data as it is read (``ImportLines/begin(_:)``).
                mapper.attesting = .init(
                    document: try document.sha256(), from: from, at: try Clock.now(), names: EPCISMasterNames())
            }
            return Setup(party: party, key: privateKey, store: store, registered: importer != nil, mapper: mapper)
        }

        /// Reads the document into `consumer`; a refused document is an input error naming it.
        @discardableResult
        static func read(
            _ document: EPCISInputDocument, source: String, into consumer: inout some EPCISStreamConsumer
        ) throws -> EPCISStreamSummary {
            do throws(InteropError) {
                return try EPCISStreamReader.read(document.source, into: &consumer)
            } catch {
                throw CLIError.input(Message.Interchange.documentRefused(source, error.text))
            }
        }

        /// Ingests the spooled lines, all or nothing, the importing party's head checked inside the ingest's
        /// transaction (``StoreError/Code/chainMoved``, nothing stored, when another process appended for it meanwhile).
        static func ingest(_ spool: LineSpool, lines: ImportLines, store: TraceStore, source: String) throws
            -> IngestReport
        {
            let counter = ProgressCounter()
            let input = try IngestInput.file(spool.path).reporting(to: counter)
            return try ProgressLine.around(task: .ingestTask, unit: .bytes, counter: counter) { _ in
                try store.ingest(
                    input, source: source, now: try Clock.nowMilliseconds(),
                    continuing: lines.signedByImporter > 0 ? lines.head : nil)
            }
        }

        private func report(
            _ ingest: IngestReport, lines: ImportLines, summary: EPCISStreamSummary, document: EPCISInputDocument,
            source: String, _ setup: Setup
        ) throws {
            // The partner's words for the events of refused records: read again from the document (refusals only).
            var words = PartnerWords(paths: Set(ingest.rejected.map { lines.path(ofLine: $0.line) }))
            if !words.paths.isEmpty { try Self.read(document, source: source, into: &words) }
            var report = ImportReport(
                source: source, lines: lines, ingest: ingest, attested: setup.mapper.attesting,
                rejectedEvents: words.found)
            report.events = summary.eventCount
            for rejection in report.rejected { Console.error("\(source): " + OutputLanguage.text(rejection.text)) }
            switch format {
            case .text: Console.out(OutputLanguage.text(report.text))
            case .json: Console.out(try JSONOutput.string(report))
            }
            if !ingest.rejected.isEmpty {
                Console.error(OutputLanguage.text(.Interchange.recordsRefused(source, count: ingest.rejected.count)))
                throw ExitCode(2)
            }
        }
    }
}

/// Takes no event: a reading that only checks the document.
private struct IgnoredEvents: EPCISStreamConsumer {
    mutating func begin(_ header: EPCISStreamHeader) {}
    mutating func take(_ event: ImportedEvent) {}
}

/// Collects the partner's words (``ImportedEvent/partnerWords``) for the events at some paths.
private struct PartnerWords: EPCISStreamConsumer {
    let paths: Set<String>
    var found: [String: String] = [:]

    init(paths: Set<String>) {
        self.paths = paths
    }

    mutating func begin(_ header: EPCISStreamHeader) { found = [:] }

    mutating func take(_ event: ImportedEvent) {
        if paths.contains(event.path) { found[event.path] = event.partnerWords }
    }
}
