import FoodTraceKit

/// What the market rules share, read once per run: the markets in scope with their stalls, the goods they received
/// and the tests they ran, and the documents (vendor files, cards) the store holds.
final class MarketRun {
    let context: AuditContext
    /// Markets (wholesale and retail) in scope, by id.
    let markets: [AuditParty]
    /// Every party by id.
    let parties: [String: AuditParty]
    /// Each market's stalls (parties registered with the market as parent), by market id.
    let stalls: [String: [AuditParty]]
    /// The receipts in the window at each market or one of its stalls, by market id, in record order.
    let receipts: [String: [AuditReceipt]]
    /// The tests in the window issued by each market or one of its stalls, by market id, in record order.
    let tests: [String: [MarketTest]]
    /// Every document the store holds.
    let documents: [AuditDocument]
    /// The bodies of the vendor files (入市备案), by record id: what products and origin each states.
    let vendorFiles: [String: CertifyBody]

    init(_ context: AuditContext) throws {
        self.context = context
        let all = try context.query.parties()
        parties = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        markets = all.filter { [.wholesaleMarket, .retailMarket].contains($0.role) }
            .filter { context.scope.party == nil || context.scope.party == $0.id }
        let ids = Set(markets.map(\.id))
        var stalls: [String: [AuditParty]] = [:]
        var marketOf: [String: String] = [:]
        for party in all where ids.contains(party.id) { marketOf[party.id] = party.id }
        for party in all where party.role == .stall {
            guard let market = party.parent, ids.contains(market) else { continue }
            stalls[market, default: []].append(party)
            marketOf[party.id] = market
        }
        self.stalls = stalls
        // The window applies; the party scope is the market, so receipts and tests are read unscoped by party.
        let window = AuditScope(since: context.scope.since, until: context.scope.until)
        var receipts: [String: [AuditReceipt]] = [:]
        for receipt in try context.query.receipts(window) {
            if let market = marketOf[receipt.receiver] { receipts[market, default: []].append(receipt) }
        }
        self.receipts = receipts
        var tests: [String: [MarketTest]] = [:]
        for record in try context.query.records(kind: .test, window) {
            guard let market = marketOf[record.issuer], case .test(let body) = try record.body() else { continue }
            let product = try context.query.node(body.batch.digits)?.product
            tests[market, default: []].append(MarketTest(record: record, body: body, product: product))
        }
        self.tests = tests
        documents = try context.query.documents()
        var vendorFiles: [String: CertifyBody] = [:]
        if documents.contains(where: { $0.type == .vendorFile }) {
            for record in try context.query.records(kind: .certify, AuditScope()) {
                if case .certify(let body) = try record.body(), body.type == .vendorFile {
                    vendorFiles[record.id] = body
                }
            }
        }
        self.vendorFiles = vendorFiles
    }

    /// The party's name, or its id when unknown.
    func name(of id: String) -> String { parties[id]?.name ?? id }

    /// The documents of `type` about `subject` in force at `time` and recorded by then.
    func standing(_ type: DocumentType, subject: String, at time: Int64) -> [AuditDocument] {
        documents.filter { document in
            document.type == type && document.subject == subject && document.at <= time && document.validFrom <= time
                && (document.validUntil.map { time < $0 } ?? true) && (document.revokedFrom.map { time < $0 } ?? true)
        }
    }

    /// The local calendar day (China Standard Time, UTC+08:00) of a time, as days since 1970-01-01.
    static func day(_ milliseconds: Int64) -> Int64 {
        let shifted = milliseconds + 8 * 3_600_000
        return shifted >= 0 ? shifted / 86_400_000 : (shifted - 86_399_999) / 86_400_000
    }

    /// `YYYY-MM-DD` of a local day.
    static func dayText(_ day: Int64) -> String {
        String(Timestamp(epochMilliseconds: day * 86_400_000, offsetMinutes: 480).text.prefix(10))
    }

    /// A percentage with up to two decimals, e.g. `0.5%`, `98.04%`.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "—" }
        let hundredths = (part * 10_000 + whole / 2) / whole
        let fraction = hundredths % 100
        if fraction == 0 { return "\(hundredths / 100)%" }
        let digits = fraction < 10 ? "0\(fraction)" : fraction % 10 == 0 ? "\(fraction / 10)" : "\(fraction)"
        return "\(hundredths / 100).\(digits)%"
    }
}

/// A test record issued by a market or one of its stalls, with the product of the batch it tested.
struct MarketTest {
    let record: AuditRecord
    let body: TestBody
    let product: Product?
}
