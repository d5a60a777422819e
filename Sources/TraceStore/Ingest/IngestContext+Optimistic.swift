import TraceModel

extension IngestContext {
    /// Applies one line read by the pipeline straight into the transaction, as the optimistic passes of both engines
    /// do (``TraceStore/ingest(_:source:partial:now:continuing:)``, ``EngineIngest/applyOptimistically``): a record
    /// already present counts as present, any other is applied and counted as accepted.
    /// - Returns: `false` at a line the optimistic pass cannot apply (unreadable, unsigned, refused, or an
    ///   equivocation): the caller rolls back and applies the input record by record, which reports why.
    func applyOptimistically(_ item: ParsedLine, into report: inout IngestReport) throws -> Bool {
        guard let record = item.record, let id = item.id, let body = item.body, record.sig != nil else { return false }
        let presence = try presence(of: id, issuer: record.issuer, seq: record.seq, signed: record.canonicalBytes)
        if presence == .same {
            report.alreadyPresent += 1
            return true
        }
        let signatureValid = try item.signatureValid ?? verifySignature(of: record)
        do {
            let applier = RecordApplier(context: self, record: record, id: id, body: body, order: nil, index: 0)
            if presence == .otherSignature {
                try applier.checkOtherSignature(signatureValid: signatureValid)
                report.alreadyPresent += 1
                return true
            }
            try applier.apply(signatureValid: signatureValid)
        } catch is Refusal {
            return false
        } catch is EquivocationFound {
            return false
        }
        report.accepted += 1
        return true
    }
}
