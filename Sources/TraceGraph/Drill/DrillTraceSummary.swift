import TraceModel

/// The backward trace's summary and the gaps both traces show (signatures, steps back, origins).
enum DrillTraceSummary {
    static func backward(_ up: TraceResult, lot: String) -> DrillBackward {
        func reference(_ node: TraceNode) -> DrillBatchRef {
            DrillBatchRef(
                code: node.code, party: node.party, partyName: node.partyName, role: node.role, product: node.product,
                quantity: node.quantity, unit: node.unit, kind: node.kind, record: node.record, at: node.at,
                attested: node.attested)
        }
        let batches = up.nodes.filter { $0.type == .batch }
        var seen: Set<String> = []
        var certificates: [DrillCertificate] = []
        for node in up.nodes {
            for document in node.documents where seen.insert(document.type.rawValue + "|" + document.number).inserted {
                certificates.append(
                    DrillCertificate(
                        batch: node.code, type: document.type, number: document.number, issuer: document.issuer,
                        validUntil: document.validUntil, certified: document.certified))
            }
        }
        return DrillBackward(
            supplierLots: batches.filter { $0.code != lot }.map(reference),
            receipts: batches.filter { $0.kind == .receive }.map(reference),
            certificates: certificates, trace: up)
    }

    /// Gaps of the backward trace: unverified records, missing steps back, origins that are not farms, missing inputs.
    static func backwardGaps(_ up: TraceResult) -> [DrillGap] {
        var gaps = unverified(up)
        let codes = Set(up.nodes.map(\.code))
        for node in up.nodes {
            for parent in node.next where !codes.contains(parent) {
                gaps.append(
                    DrillGap(
                        kind: .missingNode, batch: node.code, record: node.record, records: [node.record],
                        quantity: nil,
                        text: .Drill.missingInput(code: node.code, parent: parent)))
            }
            guard node.next.isEmpty else { continue }
            if node.kind != .produce {
                gaps.append(
                    DrillGap(
                        kind: .missingStepBack, batch: node.code, record: node.record, records: [node.record],
                        quantity: nil,
                        text: .Drill.noStepBack(code: node.code, kind: node.kind, record: node.record)
                    ))
            } else if node.role != .farm, node.attested == nil {
                gaps.append(
                    DrillGap(
                        kind: .originNotFarm, batch: node.code, record: node.record, records: [node.record],
                        quantity: nil,
                        text: .Drill.originNotFarm(code: node.code, party: node.party)))
            }
        }
        return gaps
    }

    /// Nodes whose creating record does not verify (key revoked at its time, or the issuer equivocated).
    static func unverified(_ trace: TraceResult) -> [DrillGap] {
        trace.nodes.filter { !$0.verified }.map { node in
            DrillGap(
                kind: .unverifiedRecord, batch: node.code, record: node.record, records: [node.record], quantity: nil,
                text: .Drill.unverified(code: node.code, record: node.record, party: node.party)
            )
        }
    }
}
