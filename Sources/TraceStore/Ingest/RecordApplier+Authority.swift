import TraceModel

/// Who may act on whose goods and documents (食品召回管理办法 2015; the testing and certificate rules of DOMAIN's
/// "Who may act"): checked at ingest, so that one party's key cannot speak for another party's batch or numbers.
extension RecordApplier {
    /// The issuer's role: a trust anchor is a regulator.
    func issuerRole() throws -> Role? {
        context.isAnchorParty(record.issuer) ? .regulator : try context.role(of: record.issuer)
    }

    /// A recall: a regulator recalls (orders a recall of) any batch in its area; a producer or processor recalls
    /// batches it made (`produce`, `transform`) and what was made or received from them; any other party recalls
    /// only its own stock. Nobody recalls another producer's goods on its own authority.
    func checkMayRecall(_ batch: TraceCode, _ node: NodeInfo) throws {
        guard node.type == "batch" else {
            throw Refusal("$.body.batch", Message.Ingest.notABatch("\(batch)", type: node.type))
        }
        if try issuerRole() == .regulator {
            let area = try partyArea(record.issuer) ?? ""
            let scope = Self.areaPrefix(area)
            let holderArea = try partyArea(node.holder) ?? ""
            guard batch.area.hasPrefix(scope) || holderArea.hasPrefix(scope) else {
                throw Refusal(
                    "$.body.batch",
                    Message.Authority.recallOutsideArea(
                        regulator: record.issuer, area: area, batch: "\(batch)", made: String(batch.area),
                        holder: node.holder,
                        holderArea: holderArea))
            }
            return
        }
        if node.holder == record.issuer { return }
        if try madeByIssuer(upstreamOf: batch) { return }
        throw Refusal(
            "$.body.batch", Message.Authority.mayNotRecall(party: record.issuer, batch: "\(batch)", holder: node.holder)
        )
    }

    /// A test result against a batch: the holder tests its own goods; a laboratory, a regulator or the veterinary
    /// authority tests anyone's (official sampling); a market's testing room tests goods in its own market (held by
    /// the market or a stall standing in it). Anyone else is refused.
    func checkMayTest(_ batch: TraceCode, _ node: NodeInfo) throws {
        if node.holder == record.issuer { return }
        let role = try issuerRole()
        switch role {
        case .regulator, .lab, .vetAuthority: return
        case .retailMarket, .wholesaleMarket:
            if try context.value(String.self, "SELECT parent FROM parties WHERE id = ?", [.text(node.holder)])
                == record.issuer
            {
                return
            }
        default: break
        }
        throw Refusal(
            "$.body.batch",
            Message.Authority.mayNotTest(party: record.issuer, role: role, batch: "\(batch)", holder: node.holder))
    }

    /// A document's identity is its issuer, type and number. A party issues a number of a type once; a number issued
    /// by a party entitled to the type (``DocumentType/issuers``) is taken for everyone, so that a quote names one
    /// genuine document; a party not entitled to the type occupies nothing (its document is kept as the evidence the
    /// `source-tickets` audit reports) and cannot block the genuine issuer's number.
    func checkDocumentNumber(_ body: CertifyBody) throws {
        for row in try context.rows(
            "SELECT record, issuer FROM documents WHERE type = ? AND number = ?",
            [.text(body.type.rawValue), .text(body.number)])
        {
            let earlier: String = row[0]
            let issuer: String = row[1]
            let earlierRole = context.isAnchorParty(issuer) ? .regulator : try context.role(of: issuer)
            let earlierEntitled = body.type.issuers.contains(earlierRole ?? .regulator)
            if issuer == record.issuer || earlierEntitled {
                throw Refusal(
                    "$.body.number",
                    Message.Authority.numberTaken(body.type, number: body.number, record: earlier, issuer: issuer))
            }
        }
    }

    private func partyArea(_ party: String) throws -> String? {
        try context.value(String.self, "SELECT area FROM parties WHERE id = ?", [.text(party)])
    }

    /// The GB/T 2260 prefix an area code stands for: `510000` (a province) covers `51…`, `510100` (a city) `5101…`,
    /// `510104` (a district) itself; `000000` covers the country.
    static func areaPrefix(_ area: String) -> String {
        var prefix = Substring(area)
        while prefix.hasSuffix("00") { prefix = prefix.dropLast(2) }
        return String(prefix)
    }

    /// Whether `batch` or a batch it comes from (walking the graph upstream) was made by the issuer with a
    /// `produce` or `transform` record.
    private func madeByIssuer(upstreamOf batch: TraceCode) throws -> Bool {
        var queue = [batch.digits]
        var seen: Set<String> = [batch.digits]
        while let code = queue.popLast() {
            if let node = try context.row("SELECT holder, kind FROM nodes WHERE code = ?", [.text(code)]),
                (node[0] as String) == record.issuer,
                ["produce", "transform"].contains(node[1] as String)
            {
                return true
            }
            for parent in try context.rows("SELECT parent FROM edges WHERE child = ?", [.text(code)]) {
                let code: String = parent[0]
                if seen.insert(code).inserted { queue.append(code) }
            }
        }
        return false
    }
}
