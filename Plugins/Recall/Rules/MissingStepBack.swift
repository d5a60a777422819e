import TraceAudit
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
        source:
            "EU 178/2002 Art. 18(2) (one step back); FSMA 204, 21 CFR 1 Subpart S §1.1345 (receiving) and §1.1350 (transformation) key data elements"
    )

    static func check(_ run: RecallRun) throws -> [Finding] {
        var findings: [Finding] = []
        let scope = run.context.scope
        for kind in [RecordKind.receive, .transform, .sell, .use] {
            for record in try run.query.records(kind: kind, scope) {
                for code in try createdCodes(record) {
                    guard let node = try run.query.node(code), node.record == record.id else { continue }
                    guard try run.query.parents(of: code).isEmpty else { continue }
                    findings.append(
                        finding(
                            subject: code,
                            message:
                                "\(record.issuer) 的 \(kind.rawValue) 记录于 \(run.time(record.at)) 生成 \(node.type.rawValue) \(code)，但库中没有它的任何投入（缺少上一环节）",
                            evidence: [record.id]))
                }
            }
        }
        return findings
    }

    /// The trace codes a record creates: the receiver's batch, transform outputs, the slip, the meal.
    static func createdCodes(_ record: AuditRecord) throws -> [String] {
        switch record.kind {
        case .transform:
            guard case .transform(let body) = try record.body() else { return [] }
            return body.outputs.map(\.batch.digits)
        case .receive:
            let json = try JSONParser.parse(record.bodyJSON)
            guard json["accepted"] != .bool(false), let code = json["as"]?.stringValue else { return [] }
            return [code]
        case .sell:
            return (try JSONParser.parse(record.bodyJSON)["slip"]?.stringValue).map { [$0] } ?? []
        case .use:
            return (try JSONParser.parse(record.bodyJSON)["meal"]?.stringValue).map { [$0] } ?? []
        default:
            return []
        }
    }
}
