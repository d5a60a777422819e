/// What a record asserts. Each kind has a body type (see ``RecordBody``) and a JSON Schema in `schemas/`.
public enum RecordKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A regulator binds a party id to its role, licences and public keys.
    case register
    /// A regulator retires a key, a certificate or a party from a time on.
    case revoke
    /// A certificate, licence, test report, supply agreement, list entry or grade.
    case certify
    /// A farm lot comes into being.
    case produce
    /// Inputs become outputs: slaughter, cutting, splitting, merging, cooking.
    case transform
    /// Custody leaves the issuer towards another party.
    case ship
    /// Custody arrives, with the source tickets checked and the acceptance decision.
    case receive
    /// A sampling or rapid test and its result.
    case test
    /// A retail sale: the slip.
    case sell
    /// A canteen uses batches in a meal, with sample retention.
    case use
    /// A recall notice for a batch and everything made from it.
    case recall
    /// Returned or destroyed quantities.
    case dispose
    /// A stock count (盘点): the quantity of a batch found, against the ledger.
    case count
    /// A sale cancelled by its stall.
    case void
    /// A partner's EPCIS event kept as evidence: the issuer received the document it is in (``AttestBody``).
    case attest

    /// The kind named `text`, as ``init(rawValue:)`` finds it but quicker (every record read names one): by the
    /// name's length first, then comparing with the few names of that length.
    public static func named(_ text: String) -> RecordKind? {
        switch text.utf8.count {
        case 3: return text == "use" ? .use : nil
        case 4:
            switch text {
            case "sell": return .sell
            case "ship": return .ship
            case "test": return .test
            case "void": return .void
            default: return nil
            }
        case 5: return text == "count" ? .count : nil
        case 6:
            if text == "revoke" { return .revoke }
            return text == "recall" ? .recall : text == "attest" ? .attest : nil
        case 7:
            if text == "receive" { return .receive }
            if text == "produce" { return .produce }
            if text == "certify" { return .certify }
            return text == "dispose" ? .dispose : nil
        case 8: return text == "register" ? .register : nil
        case 9: return text == "transform" ? .transform : nil
        default: return nil
        }
    }
}

/// The part a registered party plays in the chain; it bounds which kinds it may issue.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    case regulator
    case vetAuthority = "vet-authority"
    case lab
    case farm
    case slaughterhouse
    case processor
    case distributor
    case wholesaleMarket = "wholesale-market"
    case retailMarket = "retail-market"
    case stall
    case schoolCanteen = "school-canteen"
    case canteen

    /// The record kinds a party of this role may issue: those of its acts, and `attest`.
    public var allowedKinds: Set<RecordKind> { acts.union([.attest]) }

    /// The kinds of record that say what a party of this role did.
    private var acts: Set<RecordKind> {
        switch self {
        case .regulator: return [.register, .revoke, .certify, .recall, .test]
        case .vetAuthority: return [.certify, .test]
        case .lab: return [.certify, .test]
        case .farm: return [.produce, .ship, .dispose, .certify, .recall, .count]
        case .slaughterhouse, .processor, .distributor:
            return [.receive, .transform, .ship, .certify, .test, .dispose, .recall, .count]
        case .wholesaleMarket, .retailMarket: return [.receive, .ship, .certify, .test, .dispose, .count]
        case .stall: return [.receive, .sell, .dispose, .test, .count, .void]
        case .schoolCanteen, .canteen: return [.receive, .use, .certify, .dispose, .test, .count]
        }
    }

    /// Whether a party of this role may issue records of `kind` (``allowedKinds``, without building the set). Every
    /// role may `attest`: an attestation says what the issuer received from a partner, not what it did.
    public func mayIssue(_ kind: RecordKind) -> Bool {
        Role.allowedByRole[self]!.contains(kind)
    }

    private static let allowedByRole = Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.allowedKinds) })

    /// True for the roles that run canteens (school rules apply to ``schoolCanteen``).
    public var isCanteen: Bool { self == .schoolCanteen || self == .canteen }

    /// Simplified Chinese name shown on slips and reports.
    public var chineseName: String {
        switch self {
        case .regulator: return "市场监管部门"
        case .vetAuthority: return "动物卫生监督机构"
        case .lab: return "检测机构"
        case .farm: return "养殖/种植场"
        case .slaughterhouse: return "定点屠宰厂"
        case .processor: return "加工企业"
        case .distributor: return "配送企业"
        case .wholesaleMarket: return "批发市场"
        case .retailMarket: return "农贸市场"
        case .stall: return "摊位"
        case .schoolCanteen: return "学校食堂"
        case .canteen: return "单位食堂"
        }
    }
}
