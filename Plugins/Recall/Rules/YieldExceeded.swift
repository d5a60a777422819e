import FoodTraceKit
import Foundation
import TraceGraph
import TraceModel

/// `yield-exceeded`: a transform whose output per unit of input lies outside the configured yield bounds —
/// above the maximum, more came out than the inputs can have given (meat of unknown origin mixed in); below
/// the minimum, part of the input vanished. The check is TraceGraph's own (``MassBalance`` with
/// ``YieldBounds``), the one `foodtrace balance` runs.
enum YieldExceeded: RecallRule {
    static let rule = AuditRule(
        id: "yield-exceeded", title: "加工产出超出得率范围", titleEnglish: "Transform output outside the yield bounds",
        severity: .violation,
        source: "BRCGS Food Safety Issue 9 §3.9; Regulation (EC) No 178/2002 Art. 18",
        parameters: [
            RuleParameter(
                name: "bounds", defaultValue: "",
                description:
                    "Yield bounds as JSON ({\"rules\":[{\"from\":\"live-pig\",\"fromUnit\":\"head\",\"toUnit\":\"kg\",\"min\":\"50\",\"max\":\"120\"}]}); empty: TraceGraph's standard bounds.",
                descriptionChinese: "得率范围，JSON 格式，与 balance --yields 的文件相同；留空：使用内置的标准得率范围。")
        ])

    static func check(_ run: RecallRun) throws -> [Finding] {
        let text = try text(run.context, "bounds")
        var bounds = YieldBounds.standard
        if !text.isEmpty {
            do { bounds = try JSONDecoder().decode(YieldBounds.self, from: Data(text.utf8)) } catch {
                throw ParameterError(
                    rule: qualifiedID, parameter: "bounds", value: text, reason: "not valid yield bounds JSON: \(error)"
                )
            }
        }
        var outputs: [String] = []
        for record in try run.query.records(kind: .transform, run.context.scope) {
            guard case .transform(let body) = try record.body(), let first = body.outputs.first else { continue }
            outputs.append(first.batch.digits)
        }
        let report = try MassBalance(reader: AuditGraphReader(query: run.query), yields: bounds).report(for: outputs)
        return try report.violations.filter { $0.rule == "yield-out-of-bounds" }.map { violation in
            // MassBalance names the inputs by trace code; evidence is records: the transform, then each input's creating record.
            let evidence = try violation.evidence.map { item in
                item.hasPrefix(RecordID.prefix) ? item : try run.query.node(item)?.record ?? item
            }
            return finding(subject: violation.batch, text: .yieldExceeded(violation.text), evidence: evidence)
        }
    }
}
