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
            let (kind, type, at) = (
                Message.Trace.step(node.kind), Message.Trace.nodeType(node.type.rawValue), run.time(node.atMilliseconds)
            )
            return finding(
                subject: node.code,
                text: Message(
                    "recall.missing-step-back",
                    zh: "\(node.holder) 的\(kind.zh)记录于 \(at) 生成\(type.zh) \(node.code)，但库中没有它的任何投入（缺少上一环节）",
                    en:
                        "the \(kind.en) record of \(node.holder) at \(at) made \(type.en) \(node.code), but the store holds no input of it (no step back)"
                ),
                evidence: [node.record])
        }
    }
}
