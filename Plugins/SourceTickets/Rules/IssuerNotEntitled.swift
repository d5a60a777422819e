import FoodTraceKit
import TraceModel

/// `issuer-not-entitled`: a `certify` record by a party whose role may not issue that document type
/// (``DocumentType/issuers``) — e.g. a farm signing its own animal quarantine certificate.
///
/// Every certify record in scope is checked (time window; party = issuer or subject), not only those
/// quoted by receipts. Such a document still counts as issued for the other rules, so one fault is
/// reported once, here.
enum IssuerNotEntitled: SourceTicketRule {
    static let rule = AuditRule(
        id: "issuer-not-entitled", title: "签发者无权签发该证", titleEnglish: "Document issued by a party not entitled to it",
        severity: .critical, source: "《动物防疫法》(2021); 《动物检疫管理办法》(2022)")

    static func check(_ run: ReceiptRun) throws -> [Finding] {
        let index = run.index
        return index.documents.all.compactMap { document in
            guard index.inScope(document.at, parties: [document.issuer, document.subject]),
                !DocumentIndex.isEntitled(document)
            else { return nil }
            let role = document.issuerRole ?? .regulator
            let entitled = document.type.issuers.map(\.chineseName).sorted().joined(separator: "、")
            let entitledEnglish = document.type.issuers.map(\.rawValue).sorted().joined(separator: ", ")
            let (quoted, issuer) = (Describe.document(document.type, document.number), index.name(of: document.issuer))
            return finding(
                subject: document.number,
                text: Message(
                    "source-tickets.issuer-not-entitled",
                    zh: "\(quoted.zh) 由 \(issuer)（\(role.chineseName)）签发，只有\(entitled)有权签发",
                    en: "\(quoted.en) issued by \(issuer) (\(role.rawValue)); only a \(entitledEnglish) may issue it"),
                evidence: [document.record])
        }
    }
}
