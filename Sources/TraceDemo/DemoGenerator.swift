import Foundation
import TraceCrypto
import TraceModel

/// Builds a deterministic demo city: parties, daily supply flows, sales, meals and injected defects.
///
/// Every record is signed by its own party's key (derived from the seed) and handed to `sink` in
/// causal order, in chunks, for the caller to ingest. The returned manifest lists the defects.
public final class DemoGenerator {
    let scale: DemoScale
    let seed: UInt64
    var rng: DemoRandom
    let start: Timestamp
    let writer: DemoWriter
    let progress: (Int, Int) -> Void

    var regulator: DemoActor!
    var vet: DemoActor!
    var lab: DemoActor!
    var livestockFarms: [ProductCategory: [DemoActor]] = [:]
    var vegetableFarms: [DemoActor] = []
    var slaughterhouses: [DemoActor] = []
    var wholesale: [DemoActor] = []
    var markets: [DemoActor] = []
    var stalls: [DemoActor] = []
    var stallKind: [String: ProductCategory] = [:]
    var schools: [DemoActor] = []
    var canteens: [DemoActor] = []
    var actors: [DemoActor] = []
    var nodeCounters: [String: Int] = [:]
    var documentSerial = 0

    var parents: [String: [String]] = [:]
    var children: [String: [String]] = [:]
    var farmLots: [(code: String, farm: String)] = []
    var slipCodes: [String] = []
    var defects: [InjectedDefect] = []
    var defectiveCodes: Set<String> = []
    var plan: [DefectType: [Int]] = [:]
    /// Defect index per certificate number whose every later receipt is part of the defect.
    var taintedDocuments: [String: Int] = [:]
    var pendingRecall: (batch: String, notice: String, record: String, defect: Int)?
    var lastReceipt = ""
    /// Each registered party's `register` record.
    var registrations: [String: String] = [:]
    /// Parties made for the market-supervision defects, outside `actors` (see DemoGenerator+Markets.swift).
    var supervisionParties = 0
    /// The 200-stall market, its supplier and the supplier to be red-carded (registered on day 0).
    var supervised: (market: DemoActor, farm: DemoActor, carded: DemoActor)?
    var pendingPositive: Int?
    var reusedDefect: Int?
    var rogueSlaughterhouse: DemoActor?
    var specialIngredients: [String: [(DefectType, TraceCode)]] = [:]
    var lastCertificates: [String: [DocumentRef]] = [:]

    /// - Parameters:
    ///   - sink: receives signed records in causal order, in chunks.
    ///   - progress: called with (records so far, days done of total).
    public init(
        scale: DemoScale, seed: UInt64, sink: @escaping ([TraceModel.Record]) throws -> Void,
        progress: @escaping (Int, Int) -> Void = { _, _ in }
    ) {
        self.scale = scale
        self.seed = seed
        rng = DemoRandom(seed: seed)
        start = Timestamp("2026-11-01T00:00:00+08:00")!
        writer = DemoWriter(sink: sink)
        self.progress = progress
    }

    /// The regulator's public key, the store's trust anchor (available before `generate`).
    public static func regulatorKey(seed: UInt64) throws -> PublicKey {
        try DemoActor(
            id: regulatorID, name: "", role: .regulator, area: "510100", node: "000", parent: nil, seed: seed,
            creditCode: ""
        ).key.publicKey
    }

    public static let regulatorID = "REG-510100"
    public static let regulatorName = "成都市市场监督管理局"

    /// Generates the whole city; returns the manifest.
    public func generate() throws -> DemoManifest {
        planDefects()
        try setUp()
        for day in 0..<scale.days {
            try runDay(day)
            progress(writer.count, day + 1)
        }
        try superviseMarkets()
        try injectTillDefects()
        try writer.flush()
        return finish()
    }

    private func runDay(_ day: Int) throws {
        try injectOneOffSuppliers(day: day)
        try supplyLivestock(day: day)
        try supplyVegetables(day: day)
        try distribute(day: day)
        try sell(day: day)
        try serveMeals(day: day)
        try recallIfDue(day: day)
    }

    /// Local time on `day` at `hour:minute` (+08:00).
    func time(_ day: Int, _ hour: Int, _ minute: Int = 0, _ second: Int = 0) -> Timestamp {
        start.adding(milliseconds: Int64(((day * 24 + hour) * 60 + minute) * 60 + second) * 1000)
    }

    func nextDocumentNumber(_ prefix: String) -> String {
        documentSerial += 1
        return prefix + String(String(100_000_000 + documentSerial).dropFirst())
    }

    /// Records an edge of the generator's own graph (for the manifest's reach counts).
    func link(_ parent: TraceCode, _ child: TraceCode) {
        parents[child.digits, default: []].append(parent.digits)
        children[parent.digits, default: []].append(child.digits)
    }

    func ancestors(of code: String) -> Set<String> {
        var seen: Set<String> = [code]
        var queue = [code]
        while let next = queue.popLast() {
            for parent in parents[next] ?? [] where seen.insert(parent).inserted { queue.append(parent) }
        }
        return seen
    }

    func descendants(of code: String) -> Set<String> {
        var seen: Set<String> = [code]
        var queue = [code]
        while let next = queue.popLast() {
            for child in children[next] ?? [] where seen.insert(child).inserted { queue.append(child) }
        }
        return seen
    }

    /// Opens a defect entry; returns its index for adding records later.
    @discardableResult
    func addDefect(_ type: DefectType, primary: String, records: [String] = [], codes: [String] = []) -> Int {
        let id = String(format: "D%03d", defects.count + 1)
        defects.append(
            InjectedDefect(
                id: id, type: type.rawValue, rule: type.rule, description: type.description, primary: primary,
                records: [primary] + records, codes: codes))
        defectiveCodes.formUnion(codes)
        return defects.count - 1
    }

    func due(_ type: DefectType, _ day: Int) -> Bool {
        guard let index = plan[type]?.firstIndex(of: day) else { return false }
        plan[type]?.remove(at: index)
        return true
    }

    private func planDefects() {
        let lastDay = max(2, scale.days - 2)
        for type in DefectType.allCases where type.isPlanned {
            plan[type] = (0..<scale.defectsPerType).map { _ in rng.int(1...lastDay) }
        }
    }
}
