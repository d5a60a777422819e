import FoodTraceKit
import SourceTickets
import TraceModel

/// `unapproved-supplier`: a school canteen took a delivery from a supplier not on its approved list — no
/// `approved-supplier` in force at receipt time naming the supplier, issued by the school itself or by a
/// regulator (a city-wide list).
enum UnapprovedSupplier: SchoolRule {
    static let rule = AuditRule(
        id: "unapproved-supplier", title: "供货者不在合格供应商名录", titleEnglish: "Supplier not on the school's approved list",
        severity: .violation, source: "\(SchoolSources.regulation); 《食品安全法》(2021) 第五十三条")

    static func check(_ data: SchoolData) throws -> [Finding] {
        data.receipts.compactMap { receipt in
            let approvals = data.index.documents.standing(.approvedSupplier, subject: receipt.sender, at: receipt.at)
                .filter { $0.issuer == receipt.receiver || data.index.role(of: $0.issuer) == .regulator }
            guard approvals.isEmpty else { return nil }
            return finding(
                subject: receipt.sender,
                text: Message(
                    "school-meals.unapproved-supplier",
                    zh:
                        "\(data.name(of: receipt.receiver)) 于 \(Describe.time(receipt.at)) 从未列入合格供应商名录的 \(data.name(of: receipt.sender)) 进货",
                    en:
                        "\(data.name(of: receipt.receiver)) bought from \(data.name(of: receipt.sender)), not on its approved-supplier list, at \(Describe.time(receipt.at))"
                ),
                evidence: [receipt.record])
        }
    }
}

/// `supplier-blacklisted`: a school canteen took a delivery from a blacklisted supplier. The same check as
/// `source-tickets/supplier-blacklisted` (its code), reported under the school rule.
enum SchoolSupplierBlacklisted: SchoolRule {
    static let rule = AuditRule(
        id: "supplier-blacklisted", title: "从黑名单供货者进货", titleEnglish: "Delivery from a blacklisted supplier",
        severity: .critical, source: "\(SchoolSources.regulation); 《市场监督管理严重违法失信名单管理办法》(2021)")

    static func check(_ data: SchoolData) throws -> [Finding] {
        let plugin = SourceTicketsPlugin()
        return data.receipts.compactMap { receipt in
            let entries = plugin.blacklistEntries(data.index, supplier: receipt.sender, at: receipt.at)
            guard !entries.isEmpty else { return nil }
            return finding(
                subject: receipt.sender,
                text: Message(
                    "school-meals.blacklisted-supplier",
                    zh:
                        "\(data.name(of: receipt.receiver)) 于 \(Describe.time(receipt.at)) 从黑名单供货者 \(data.name(of: receipt.sender)) 进货",
                    en:
                        "\(data.name(of: receipt.receiver)) bought from blacklisted supplier \(data.name(of: receipt.sender)) at \(Describe.time(receipt.at))"
                ),
                evidence: [receipt.record] + entries.map(\.record))
        }
    }
}

/// `supplier-red-card`: a school canteen took a delivery from a supplier holding a red card (expulsion) in
/// force and already recorded at receipt time.
enum SupplierRedCard: SchoolRule {
    static let rule = AuditRule(
        id: "supplier-red-card", title: "从被红牌处理的供应商进货", titleEnglish: "Delivery from a red-carded supplier",
        severity: .violation, source: "\(Citation.practice)")

    static func check(_ data: SchoolData) throws -> [Finding] {
        data.receipts.compactMap { receipt in
            let cards = data.index.documents.standing(
                .redCard, subject: receipt.sender, at: receipt.at, knownBy: receipt.at)
            guard !cards.isEmpty else { return nil }
            return finding(
                subject: receipt.sender,
                text: Message(
                    "school-meals.red-card",
                    zh:
                        "\(data.name(of: receipt.receiver)) 于 \(Describe.time(receipt.at)) 从已被红牌清退的 \(data.name(of: receipt.sender)) 进货（\(cards.map(\.number).joined(separator: ", "))）",
                    en:
                        "\(data.name(of: receipt.receiver)) bought from red-carded supplier \(data.name(of: receipt.sender)) at \(Describe.time(receipt.at)) (\(cards.map(\.number).joined(separator: ", ")))"
                ),
                evidence: [receipt.record] + cards.map(\.record))
        }
    }
}

/// `supplier-credit-grade`: the supplier's latest credit grade in force at receipt time is below the floor.
///
/// Grades are ranked by `grades` (best first); a supplier with no grade in force, or a grade not in that
/// list, is not flagged — having no grade is not a bad grade.
enum SupplierCreditGrade: SchoolRule {
    static let rule = AuditRule(
        id: "supplier-credit-grade", title: "供应商信用等级低于下限", titleEnglish: "Supplier credit grade below the floor",
        severity: .warning, source: "\(Citation.practice)",
        parameters: [
            RuleParameter(
                name: "floor", defaultValue: "B", description: "Lowest acceptable grade.",
                descriptionChinese: "可接受的最低信用等级。"),
            RuleParameter(
                name: "grades", defaultValue: "A,B,C", description: "Grades, best first.", type: .list,
                descriptionChinese: "信用等级，由高到低。"),
        ])

    static func check(_ data: SchoolData) throws -> [Finding] {
        let grades = try list(data.index.context, "grades")
        let floorGrade = try text(data.index.context, "floor")
        guard let floor = grades.firstIndex(of: floorGrade) else {
            throw ParameterError(
                rule: rule.id, parameter: "floor", value: floorGrade,
                reason: "not one of the grades \(grades.joined(separator: ","))")
        }
        return data.receipts.compactMap { receipt in
            let inForce = data.index.documents.standing(
                .creditGrade, subject: receipt.sender, at: receipt.at, knownBy: receipt.at)
            guard let latest = inForce.max(by: { $0.at < $1.at }), let grade = latest.result,
                let rank = grades.firstIndex(of: grade), rank > floor
            else { return nil }
            return finding(
                subject: receipt.sender,
                text: Message(
                    "school-meals.credit-grade",
                    zh:
                        "\(data.name(of: receipt.receiver)) 的供应商 \(data.name(of: receipt.sender)) 信用等级 \(grade)，低于下限 \(grades[floor])",
                    en:
                        "supplier \(data.name(of: receipt.sender)) of \(data.name(of: receipt.receiver)) has credit grade \(grade), below the floor \(grades[floor])"
                ),
                evidence: [receipt.record, latest.record])
        }
    }
}
