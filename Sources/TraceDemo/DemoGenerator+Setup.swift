import TraceCrypto
import TraceModel

extension DemoGenerator {
    static let urbanAreas = [
        "510104", "510105", "510106", "510107", "510108", "510112", "510113", "510114", "510115", "510116", "510117",
    ]
    static let areaNames = [
        "510104": "锦江区", "510105": "青羊区", "510106": "金牛区", "510107": "武侯区", "510108": "成华区", "510112": "龙泉驿区",
        "510113": "青白江区", "510114": "新都区", "510115": "温江区", "510116": "双流区", "510117": "郫都区", "510121": "金堂县",
        "510129": "大邑县", "510131": "蒲江县", "510181": "都江堰市", "510182": "彭州市", "510183": "邛崃市", "510184": "崇州市",
        "510185": "简阳市", "510118": "新津区", "152500": "锡林郭勒盟", "510100": "成都市",
    ]
    static let pigAreas = ["510185", "510121", "510184", "510183", "510182"]
    static let vegetableAreas = ["510131", "510118", "510181", "510129"]

    func makeActor(
        _ prefix: String, _ name: String, _ role: Role, area: String, parent: String? = nil,
        creditCode: String? = nil
    ) throws -> DemoActor {
        let node = (nodeCounters[area] ?? 0) + 1
        nodeCounters[area] = node
        let nodeText = String(String(1000 + node).dropFirst())
        let id = "\(prefix)-\(area)-\(nodeText)"
        let actor = try DemoActor(
            id: id, name: name, role: role, area: area, node: nodeText, parent: parent, seed: seed,
            creditCode: creditCode ?? makeCreditCode(area: area))
        actors.append(actor)
        return actor
    }

    /// A number derived from text that is the same in every run (FNV-1a).
    func stableNumber(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    func makeCreditCode(area: String) -> String {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        var body = "91" + area
        for _ in 0..<9 { body.append(rng.pick(alphabet)) }
        return body + String(LicenceNumbers.creditCodeCheck(body)!)
    }

    func setUp() throws {
        regulator = try DemoActor(
            id: Self.regulatorID, name: Self.regulatorName, role: .regulator, area: "510100", node: "000", parent: nil,
            seed: seed, creditCode: makeCreditCode(area: "510100"))
        vet = try makeActor("VET", "成都市动物卫生监督所", .vetAuthority, area: "510100")
        lab = try makeActor("LAB", "成都市食品检验研究院", .lab, area: "510100")
        let livestock: [(ProductCategory, Int, String, String)] = [
            (.livePig, scale.pigFarms, "生猪养殖场", ""), (.liveCattle, scale.cattleFarms, "肉牛牧场", "152500"),
            (.liveSheep, scale.sheepFarms, "肉羊牧场", "152500"), (.livePoultry, scale.poultryFarms, "肉鸡养殖场", "510129"),
        ]
        for (category, count, title, fixedArea) in livestock {
            livestockFarms[category] = try (0..<count).map { index in
                let area = fixedArea.isEmpty ? Self.pigAreas[index % Self.pigAreas.count] : fixedArea
                return try makeActor("FARM", "\(Self.areaNames[area]!)第\(index + 1)\(title)", .farm, area: area)
            }
        }
        vegetableFarms = try (0..<scale.vegetableFarms).map { index in
            let area = Self.vegetableAreas[index % Self.vegetableAreas.count]
            return try makeActor("FARM", "\(Self.areaNames[area]!)第\(index + 1)蔬菜基地", .farm, area: area)
        }
        slaughterhouses = try (0..<scale.slaughterhouses).map { index in
            let area = Self.pigAreas[index % Self.pigAreas.count]
            return try makeActor("SH", "\(Self.areaNames[area]!)定点屠宰厂\(index + 1)号", .slaughterhouse, area: area)
        }
        wholesale = try (0..<scale.wholesaleMarkets).map { index in
            try makeActor("WM", "成都农产品批发市场\(index + 1)号", .wholesaleMarket, area: "510106")
        }
        let pattern: [ProductCategory] = [
            .pork, .vegetable, .pork, .vegetable, .beef, .poultryMeat, .mutton, .vegetable,
        ]
        for index in 0..<scale.retailMarkets {
            let area = Self.urbanAreas[index % Self.urbanAreas.count]
            let market = try makeActor("RM", "\(Self.areaNames[area]!)农贸市场\(index + 1)号", .retailMarket, area: area)
            markets.append(market)
            for stallIndex in 0..<scale.stallsPerMarket {
                let stall = try makeActor(
                    "ST", "\(market.name)\(stallIndex + 1)号摊位", .stall, area: area, parent: market.id)
                stalls.append(stall)
                stallKind[stall.id] = pattern[stallIndex % pattern.count]
            }
        }
        schools = try (0..<scale.schoolCanteens).map { index in
            let area = Self.urbanAreas[index % Self.urbanAreas.count]
            return try makeActor("SC", "\(Self.areaNames[area]!)第\(index + 1)中学食堂", .schoolCanteen, area: area)
        }
        canteens = try (0..<scale.enterpriseCanteens).map { index in
            let area = Self.urbanAreas[(index + 3) % Self.urbanAreas.count]
            return try makeActor("CT", "\(Self.areaNames[area]!)企业\(index + 1)职工食堂", .canteen, area: area)
        }
        for actor in actors where actor.role != .stall { try register(actor, day: 0) }
        for actor in actors where actor.role == .stall { try register(actor, day: 0) }
        try issueStandingDocuments()
        try fileVendors()
        try registerSupervisedParties()
    }

    /// The regulator registers a party with its key and, for suppliers, a business licence.
    @discardableResult
    func register(_ actor: DemoActor, day: Int) throws -> String {
        var licences: [Licence]?
        if [.farm, .slaughterhouse, .wholesaleMarket, .retailMarket, .distributor, .processor].contains(actor.role) {
            licences = [
                Licence(
                    type: .businessLicence, number: "BL\(actor.creditCode)", validFrom: time(-400, 9),
                    validUntil: time(3000, 9))
            ]
        }
        let body = RegisterBody(
            party: actor.id, name: actor.name, role: actor.role, area: actor.area, node: actor.node,
            parent: actor.parent,
            address: "\(Self.areaNames[actor.area] ?? "")",
            contact: "028-8\(String(String(1_000_000 + stableNumber(actor.id) % 1_000_000).dropFirst()))",
            creditCode: actor.role == .stall || actor.role == .vetAuthority || actor.role == .lab
                ? nil : actor.creditCode,
            keys: [actor.registeredKey], licences: licences)
        // Day 0's parties are registered the evening before the demo starts, so that their first records follow.
        let id = try writer.emit(regulator, body, at: day == 0 ? time(-1, 20) : time(day, 0, 10))
        // Nothing the party signs may be dated before its registration.
        if let registered = regulator.lastAt { actor.lastAt = actor.lastAt.map { max($0, registered) } ?? registered }
        registrations[actor.id] = id
        return id
    }

    private func issueStandingDocuments() throws {
        let t = time(0, 2)
        for slaughterhouse in slaughterhouses {
            try writer.emit(
                regulator,
                CertifyBody(
                    type: .slaughterDesignation, number: nextDocumentNumber("DZ"), subject: slaughterhouse.id,
                    validFrom: time(-365, 0), validUntil: time(3000, 0)), at: t)
            try writer.emit(
                regulator,
                CertifyBody(
                    type: .creditGrade, number: nextDocumentNumber("CG"), subject: slaughterhouse.id,
                    validFrom: time(-30, 0),
                    validUntil: time(335, 0), result: "A"), at: t)
            for market in wholesale {
                try writer.emit(
                    market,
                    CertifyBody(
                        type: .supplyAgreement, number: nextDocumentNumber("SA"), subject: slaughterhouse.id,
                        validFrom: time(-90, 0), validUntil: time(275, 0)), at: t)
            }
        }
        for market in wholesale {
            try writer.emit(
                regulator,
                CertifyBody(
                    type: .creditGrade, number: nextDocumentNumber("CG"), subject: market.id, validFrom: time(-30, 0),
                    validUntil: time(335, 0), result: "A"), at: t)
        }
        for canteen in schools + canteens {
            try writer.emit(
                canteen,
                CertifyBody(
                    type: .approvedSupplier, number: nextDocumentNumber("AS"), subject: supplier(of: canteen).id,
                    validFrom: time(-60, 0), validUntil: time(305, 0)), at: t)
        }
    }

    /// The wholesale market that supplies a stall or canteen.
    func supplier(of actor: DemoActor) -> DemoActor {
        let index = actors.firstIndex { $0 === actor } ?? 0
        return wholesale[index % wholesale.count]
    }
}
