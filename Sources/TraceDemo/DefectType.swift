/// The kinds of defect the demo injects, each with the audit rule (or, for the till's, the check) that should catch
/// it.
enum DefectType: String, CaseIterable {
    case missingMeatInspection = "missing-meat-inspection"
    case expiredQuarantine = "expired-quarantine"
    case certificateReused = "certificate-reused"
    case issuerNotEntitled = "issuer-not-entitled"
    case blacklistedSupplier = "blacklisted-supplier"
    case malformedLicence = "malformed-licence"
    case noSupplyAgreement = "no-supply-agreement"
    case undesignatedSlaughterhouse = "undesignated-slaughterhouse"
    case oversold = "oversold"
    case clenbuterolPositive = "clenbuterol-positive"
    case unapprovedSupplier = "unapproved-supplier"
    case redCardSupplier = "red-card-supplier"
    case missingSample = "missing-sample"
    case bannedFood = "banned-food"
    case expiredIngredient = "expired-ingredient"
    case saleAfterRecall = "sale-after-recall"
    case missingReceipt = "missing-receipt"
    case yieldExceeded = "yield-exceeded"
    // Market supervision: injected once each at the end of the period (not planned on random days, so the city's
    // other defects and random draws stay as they were).
    case underTestedMarket = "under-tested-market"
    case positiveRateAboveTarget = "positive-rate-above-target"
    case missingVendorFile = "missing-vendor-file"
    case redCardedSupplierSupplying = "red-carded-supplier-supplying"
    // The till: injected once each at the end of the period, after the markets' supervision.
    case stockShortfall = "stock-shortfall"
    case voidedSale = "voided-sale"
    case tillRefusal = "till-refusal"

    /// Whether the generator plans this defect on random days (`defectsPerType` times), or injects it once.
    var isPlanned: Bool {
        ![
            .underTestedMarket, .positiveRateAboveTarget, .missingVendorFile, .redCardedSupplierSupplying,
            .stockShortfall, .voidedSale, .tillRefusal,
        ].contains(self)
    }

    /// `plugin/rule` of the audit rule that must report it.
    var rule: String {
        switch self {
        case .missingMeatInspection: return "source-tickets/missing-document"
        case .expiredQuarantine: return "source-tickets/document-expired"
        case .certificateReused: return "source-tickets/certificate-quantity"
        case .issuerNotEntitled: return "source-tickets/issuer-not-entitled"
        case .blacklistedSupplier: return "source-tickets/supplier-blacklisted"
        case .malformedLicence: return "source-tickets/supplier-licence"
        case .noSupplyAgreement: return "source-tickets/no-supply-agreement"
        case .undesignatedSlaughterhouse: return "source-tickets/undesignated-slaughterhouse"
        case .oversold: return "source-tickets/sales-exceed-receipts"
        case .clenbuterolPositive: return "source-tickets/positive-test-distributed"
        case .unapprovedSupplier: return "school-meals/unapproved-supplier"
        case .redCardSupplier: return "school-meals/supplier-red-card"
        case .missingSample: return "school-meals/sample-retention"
        case .bannedFood: return "school-meals/banned-food"
        case .expiredIngredient: return "school-meals/expired-ingredient"
        case .saleAfterRecall: return "recall/sold-after-recall"
        case .missingReceipt: return "recall/missing-step-forward"
        case .yieldExceeded: return "recall/yield-exceeded"
        case .underTestedMarket: return "market-supervision/rapid-test-coverage"
        case .positiveRateAboveTarget: return "market-supervision/clenbuterol-positive-rate"
        case .missingVendorFile: return "market-supervision/vendor-file"
        case .redCardedSupplierSupplying: return "market-supervision/red-carded-supplier"
        // Not audit rules: what finds them is the drill's gap, the trace's flag and the till's refusal.
        case .stockShortfall: return "drill/count-shortfall"
        case .voidedSale: return "trace/void"
        case .tillRefusal: return "till/stop-sale"
        }
    }

    var description: String {
        switch self {
        case .missingMeatInspection: return "pork received at a stall without its meat inspection certificate"
        case .expiredQuarantine: return "product quarantine certificate expired before the receipts that quote it"
        case .certificateReused:
            return "a slaughterhouse ships a second batch on an earlier batch's certificates (一证多用)"
        case .issuerNotEntitled: return "a farm issues its own animal quarantine certificate"
        case .blacklistedSupplier: return "a blacklisted farm keeps supplying the wholesale market"
        case .malformedLicence: return "a supplier whose unified social credit code fails its check character"
        case .noSupplyAgreement: return "pork from a slaughterhouse the market has no supply agreement with (场厂挂钩)"
        case .undesignatedSlaughterhouse: return "pork from a slaughterhouse that is not designated (定点屠宰)"
        case .oversold: return "a stall sells more than it received (购销台账)"
        case .clenbuterolPositive: return "a clenbuterol-positive lot is slaughtered and shipped anyway"
        case .unapprovedSupplier: return "a school canteen takes a delivery from a supplier not on its approved list"
        case .redCardSupplier: return "a school canteen takes a delivery from a red-carded supplier"
        case .missingSample: return "a school meal dish without its 125 g / 48 h retained sample"
        case .bannedFood: return "a school canteen serves green beans (四季豆)"
        case .expiredIngredient: return "a school canteen uses an ingredient past its expiry"
        case .saleAfterRecall: return "a stall keeps selling a recalled batch after the notice"
        case .missingReceipt: return "a shipment to a stall that is never received (no step forward)"
        case .yieldExceeded: return "a slaughter yields more meat per head than the yield bounds allow"
        case .underTestedMarket: return "a market of 200 stalls receives goods on a day without a rapid test"
        case .positiveRateAboveTarget: return "a market's clenbuterol rapid tests: 1 positive in 40 (2.5% > 0.5%)"
        case .missingVendorFile: return "a stall trades in a market that keeps no vendor file (入市备案) on it"
        case .redCardedSupplierSupplying: return "a market accepts goods from a supplier red-carded the day before"
        case .stockShortfall: return "a stall's stock count (盘点) finds a quarter of a batch missing"
        case .voidedSale: return "a stall voids a sale it rang up wrong, five minutes after"
        case .tillRefusal: return "a stall tries to sell the batch the market's rapid test found clenbuterol-positive"
        }
    }
}
