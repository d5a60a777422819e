import FoodTraceKit
import TraceGraph
import TraceModel

/// `positive-test-distributed`: a batch tested positive (e.g. clenbuterol 瘦肉精), and the batch or anything
/// made from it was still processed, shipped, sold or used in a meal after the test.
///
/// Tests of any party count; the finding is in scope when some of those later records are (time window,
/// party = the holder that processed, shipped, sold or used). Evidence: the test, then the later records
/// in time order, at most `max-evidence` of them. A sale its stall voided is not a later record.
enum PositiveTestDistributed: SourceTicketRule {
    static let rule = AuditRule(
        id: "positive-test-distributed", title: "检测阳性批次仍流通",
        titleEnglish: "Positive-tested batch distributed after the test",
        severity: .critical, source: "《食品安全法》(2021) 第三十四条; 《食品安全法》(2021) 第六十四条",
        parameters: [
            RuleParameter(
                name: "positive-results", defaultValue: "positive", description: "Test results that count as positive.",
                type: .list, descriptionChinese: "视为阳性的检测结果。"),
            RuleParameter(
                name: "max-evidence", defaultValue: "50",
                description: "Most later records to list as evidence per test.", type: .integer,
                descriptionChinese: "每次检测最多列为证据的后续记录数。"),
        ])

    static let distribution: Set<String> = ["transform", "ship", "sell", "use"]

    static func check(_ run: ReceiptRun) throws -> [Finding] {
        let index = run.index
        let positives = Set(try list(index.context, "positive-results"))
        let limit = Int(try integer(index.context, "max-evidence"))
        var findings: [Finding] = []
        for record in try index.context.query.records(kind: .test, AuditScope(until: index.context.now + 1))
        where positives.contains(where: { record.bodyJSON.contains($0) }) {
            let test = try record.body(as: TestBody.self)
            guard positives.contains(test.result) else { continue }
            var later: [(Movement, String)] = []
            for code in try index.context.query.descendants(of: test.batch.digits) {
                guard let holder = try index.graph.node(code)?.holder else { continue }
                let movements = try VoidedSales.excluded(
                    try index.context.query.movements(of: code), of: code, index.context.query)
                for movement in movements
                where distribution.contains(movement.kind) && movement.atMilliseconds > record.at
                    && index.inScope(movement.atMilliseconds, parties: [holder, movement.counterparty])
                {
                    later.append((movement, code))
                }
            }
            guard !later.isEmpty else { continue }
            later.sort { $0.0.atMilliseconds < $1.0.atMilliseconds }
            let codes = Set(later.map(\.1)).count
            findings.append(
                finding(
                    subject: test.batch.digits,
                    text: Message(
                        "source-tickets.positive-test-distributed",
                        zh:
                            "批次 \(test.batch) 于 \(Describe.time(record.at)) \(BannedSubstances.chineseName(test.analyte)) 检测\(Message.Trace.testResult(test.result).zh)，此后该批次及其产品仍有 \(later.count) 次加工/出货/销售/使用（涉及 \(codes) 个批次）",
                        en:
                            "batch \(test.batch) tested \(Message.Trace.testResult(test.result).en) for \(test.analyte) at \(Describe.time(record.at)); afterwards it and its products were processed, shipped, sold or used \(later.count) times (\(codes) batches)"
                    ),
                    evidence: [record.id] + later.prefix(limit).map(\.0.record)))
        }
        return findings
    }
}
