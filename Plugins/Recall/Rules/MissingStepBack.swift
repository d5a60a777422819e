import FoodTraceKit
import TraceModel

/// `missing-step-back`: a batch, slip or meal made by a `receive`, `transform`, `sell` or `use` record that has
/// no input edge in the store: nobody can say where it came from (one step back).
///
/// Ingest links every input it accepts, so in a store fed only through ingest this finds meals whose dishes
/// list no ingredient; in a hub that replicates partial data it also finds records whose inputs never arrived.
enum MissingStepBack: RecallRule {
    static let rule = AuditRule(
        id: "missing-step-back", title: "缺少上一环节（来源不明）", titleEnglish: "No step back: made with no input on record",
        severity: .violation,
        source: "《食品安全法》(2021) 第四十二条; Regulation (EC) No 178/2002 Art. 18(2); 21 CFR §1.1345; 21 CFR §1.1350"
    )

    /// The kinds of record whose new codes must have an input, in the order findings are listed.
    static let creatingKinds: [RecordKind] = [.receive, .transform, .sell, .use]

    /// One query finds them all: a created code and its creating record share the issuer (holder) and the time.
    static func check(_ run: RecallRun) throws -> [Finding] {
        try run.query.nodesWithoutInputs(createdBy: creatingKinds, run.context.scope).map { node in
            finding(
                subject: node.code,
                message:
                    "\(node.holder) 的 \(node.kind.rawValue) 记录于 \(run.time(node.atMilliseconds)) 生成 \(node.type.rawValue) \(node.code)，但库中没有它的任何投入（缺少上一环节）",
                evidence: [node.record])
        }
    }
}
