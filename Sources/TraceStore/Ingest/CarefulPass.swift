import Foundation
import TraceModel

/// Ingest's record-by-record pass, on any engine: each record checked and applied in a savepoint, every refusal
/// reported, equivocations collected as evidence. The caller's transaction decides what stays (all, the valid ones
/// with `partial`, or nothing).
enum CarefulPass {
    static func apply<SQL: IngestSQL>(
        _ parsed: [ParsedLine], context: IngestContext<SQL>, report: inout IngestReport, evidence: inout [Evidence]
    ) throws {
        let order = SeqIndex(parsed)
        for (index, item) in parsed.enumerated() {
            guard let record = item.record, let id = item.id, let body = item.body else {
                let problem = item.problem ?? RecordProblem(field: "$", Message.Ingest.unreadable)
                report.rejected.append(
                    IngestRejection(
                        line: item.line, recordID: item.id, field: problem.field, reason: problem.reasonText))
                continue
            }
            guard record.sig != nil else {
                report.rejected.append(
                    IngestRejection(line: item.line, recordID: id, field: "$.sig", reason: Message.Ingest.notSigned))
                continue
            }
            let presence = try context.presence(
                of: id, issuer: record.issuer, seq: record.seq, signed: record.canonicalBytes)
            if presence == .same {
                report.alreadyPresent += 1
                continue
            }
            context.beginRecord()
            do {
                let signatureValid = try item.signatureValid ?? context.verifySignature(of: record)
                let applier = RecordApplier(
                    context: context, record: record, id: id, body: body, order: order, index: index)
                if presence == .otherSignature {
                    try applier.checkOtherSignature(signatureValid: signatureValid)
                    report.alreadyPresent += 1
                    continue
                }
                try context.statements.savepoint { try applier.apply(signatureValid: signatureValid) }
                report.accepted += 1
            } catch let refusal as Refusal {
                context.discardRecord()
                report.rejected.append(
                    IngestRejection(line: item.line, recordID: id, field: refusal.field, reason: refusal.text))
            } catch let found as EquivocationFound {
                context.discardRecord()
                report.equivocations.append(found.equivocation)
                evidence.append(
                    Evidence(
                        equivocation: found.equivocation, conflicting: record.canonicalBytes, stored: found.storedRaw))
                report.rejected.append(
                    IngestRejection(line: item.line, recordID: id, field: "$.seq", reason: found.reason))
            }
        }
    }
}
