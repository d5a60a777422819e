import Foundation
import Recall
import TraceCrypto
import TraceGraph
import TraceModel
import TraceService
import TraceStore
import TraceStorePostgres

/// Runs a recall drill on a store (either engine) and, with a key, stores it as a signed `test` record
/// (``store(_:lot:)``, called once the report's files are prepared; SQLite stores only so far).
struct RecallDrillRunner {
    let store: any GraphStore
    let appender: Appender?
    let yields: YieldBounds

    /// The report, its JSON (the exact bytes hashed and written), the hash and the stored record id.
    struct Result {
        var report: DrillReport
        var json: String
        var sha256: String
        var record: String?
    }

    init(options: StoreOptions, keyFile: String?, yieldsFile: String?) throws {
        if options.isPostgres, keyFile != nil {
            throw CLIError.input(
                "\((try? PostgresLocation(options.path).description) ?? options.path) is a PostgreSQL store: a drill is stored (--key) in SQLite stores only so far; run it without --key"
            )
        }
        store = keyFile == nil ? try options.openGraph() : try options.open()
        var bounds = YieldBounds.standard
        if let yieldsFile {
            do {
                bounds = try JSONDecoder().decode(YieldBounds.self, from: Data(try InputFile.bytes(yieldsFile)))
            } catch let error as CLIError {
                throw error
            } catch { throw CLIError.input(.about(yieldsFile, .of(error))) }
        }
        yields = bounds
        guard let keyFile, let sqlite = store as? TraceStore else {
            appender = nil
            return
        }
        let appender = try Appender(store: sqlite, keyFile: keyFile)
        let role = try sqlite.directory().first { $0.id == appender.party }?.role
        if let role, !role.allowedKinds.contains(.test) {
            throw CLIError.input(.drillKeyRole(keyFile, party: appender.party, role: role))
        }
        self.appender = appender
    }

    /// A farm lot (a batch made by a `produce` record) picked deterministically from `seed`.
    func randomFarmLot(seed: UInt64) throws -> String {
        let lots = try store.records(kind: .produce).compactMap { stored -> String? in
            guard case .produce(let body) = try TraceModel.Record.parse(stored.raw).decodedBody() else { return nil }
            return body.batch.digits
        }.sorted()
        guard !lots.isEmpty else { throw CLIError.input(.noFarmLot) }
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        state = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
        state = (state ^ (state >> 27)) &* 0x94D0_49BB_1331_11EB
        state ^= state >> 31
        return lots[Int(state % UInt64(lots.count))]
    }

    func run(lot: String, scenario: String?, prefix: String = "", target: Int64) throws -> Result {
        let notices = try store.recallNotices().map(\.drillNotice)
        let storage =
            appender.map {
                DrillStorage(
                    stored: true, party: $0.party,
                    note: "stored as a signed test record (analyte mock-recall) by \($0.party)")
            } ?? .notStored
        let started = try Clock.now()
        let outcome: Swift.Result<DrillReport, TraceError> = try store.withGraphReader { reader in
            let words = try scenario ?? prefix + Self.defaultScenario(reader.node(lot))
            do {
                return .success(
                    try RecallDrill(reader: reader, yields: yields, notices: notices)
                        .run(lot: lot, scenario: words, startedAt: started, target: target, storage: storage))
            } catch let error as TraceError {
                return .failure(error)
            }
        }
        let report: DrillReport
        switch outcome {
        case .success(let value): report = value
        case .failure(let error): throw CLIError.input(.of(error))
        }
        let json = try JSONOutput.string(report) + "\n"
        let sha256 = Digest.sha256(Array(json.utf8)).map { String(format: "%02x", $0) }.joined()
        return Result(report: report, json: json, sha256: sha256, record: nil)
    }

    /// With a key, signs and stores the drill as a `test` record and returns its id; without one, `nil`. Called
    /// last, once every output of the drill is ready to be published.
    func store(_ result: Result, lot: String) throws -> String? {
        guard let appender else { return nil }
        let report = result.report
        let body = TestBody(
            batch: try TraceCode(validating: lot), analyte: StoredDrill.analyte, method: "lab",
            result: report.passed ? "negative" : "positive",
            value: StoredDrill.value(
                accountedPercent: report.reconciliation.accountedPercent, milliseconds: report.elapsedMilliseconds,
                reportSHA256: result.sha256))
        return try appender.append(body).id
    }

    static func defaultScenario(_ node: GraphNode?) -> String {
        let product = node?.product?.name ?? node?.productName
        let (code, holder) = (node?.code ?? "?", node?.holder ?? "?")
        return OutputLanguage.text(
            Message(
                "drill.scenario",
                zh: "模拟召回 \(holder) 持有的\(product ?? "产品")批次 \(code)：向上追溯至供货方，向下追踪至每个客户，核对数量",
                en:
                    "mock recall of \(product ?? "product") lot \(code) held by \(holder): trace back to the suppliers and forward to every customer, reconcile the quantity"
            ))
    }
}
