/// The kinds of document a `certify` record can carry, and who is entitled to issue each.
public enum DocumentType: String, Sendable, Hashable, Codable, CaseIterable {
    /// 动物检疫合格证明 (animal form): live animals leaving the farm.
    case animalQuarantine = "animal-quarantine"
    /// 动物检疫合格证明 (product form): meat leaving the slaughterhouse.
    case productQuarantine = "product-quarantine"
    /// 肉品品质检验合格证: the slaughterhouse's meat inspection certificate.
    case meatInspection = "meat-inspection"
    /// A laboratory test report.
    case testReport = "test-report"
    /// SC food production licence.
    case productionLicence = "production-licence"
    /// Business licence (with unified social credit code).
    case businessLicence = "business-licence"
    /// Product compliance proof (合格证明) from a producer.
    case complianceProof = "compliance-proof"
    /// 场厂挂钩: a market's supply agreement with a designated slaughterhouse.
    case supplyAgreement = "supply-agreement"
    /// A canteen's approved-supplier list entry.
    case approvedSupplier = "approved-supplier"
    /// A food-business credit grade (A/B/C).
    case creditGrade = "credit-grade"
    /// A blacklist entry (serious-violation list).
    case blacklist
    /// A red card (expulsion) for a school-meal supplier.
    case redCard = "red-card"
    /// A yellow card (warning) for a school-meal supplier.
    case yellowCard = "yellow-card"
    /// A slaughterhouse's designation (定点屠宰).
    case slaughterDesignation = "slaughter-designation"
    /// A market's vendor file entry (入市备案) for a vendor selling in it: subject the vendor, with products and origin.
    case vendorFile = "vendor-file"

    /// Roles entitled to issue this document.
    public var issuers: Set<Role> {
        switch self {
        case .animalQuarantine, .productQuarantine: return [.vetAuthority]
        case .meatInspection: return [.slaughterhouse]
        case .testReport: return [.lab, .vetAuthority, .regulator]
        case .productionLicence, .businessLicence, .creditGrade, .blacklist, .redCard, .yellowCard,
            .slaughterDesignation:
            return [.regulator]
        case .complianceProof: return [.farm, .processor, .slaughterhouse, .distributor]
        case .supplyAgreement, .vendorFile: return [.wholesaleMarket, .retailMarket]
        case .approvedSupplier: return [.schoolCanteen, .canteen, .regulator]
        }
    }

    /// Simplified Chinese name shown on slips and reports.
    public var chineseName: String {
        switch self {
        case .animalQuarantine: return "动物检疫合格证明(动物)"
        case .productQuarantine: return "动物检疫合格证明(产品)"
        case .meatInspection: return "肉品品质检验合格证"
        case .testReport: return "检测报告"
        case .productionLicence: return "食品生产许可证"
        case .businessLicence: return "营业执照"
        case .complianceProof: return "产品合格证明"
        case .supplyAgreement: return "场厂挂钩协议"
        case .approvedSupplier: return "合格供应商"
        case .creditGrade: return "信用等级"
        case .blacklist: return "黑名单"
        case .redCard: return "红牌"
        case .yellowCard: return "黄牌"
        case .slaughterDesignation: return "定点屠宰证"
        case .vendorFile: return "入市备案"
        }
    }
}

/// A reference to a document by type and number, as carried on shipments and receipts.
public struct DocumentRef: Sendable, Hashable, Codable {
    public var type: DocumentType
    public var number: String

    public init(type: DocumentType, number: String) {
        self.type = type
        self.number = number
    }
}
