import TraceModel

/// The products of the demo city, with illustrative commodity codes.
enum DemoProducts {
    static let live: [ProductCategory: Product] = [
        .livePig: Product(code: "0101", name: "生猪", category: .livePig),
        .liveCattle: Product(code: "0102", name: "肉牛", category: .liveCattle),
        .liveSheep: Product(code: "0103", name: "肉羊", category: .liveSheep),
        .livePoultry: Product(code: "0104", name: "肉鸡", category: .livePoultry),
    ]
    static let meat: [ProductCategory: Product] = [
        .livePig: Product(code: "010101", name: "白条猪肉", category: .pork),
        .liveCattle: Product(code: "010201", name: "牛肉", category: .beef),
        .liveSheep: Product(code: "010301", name: "羊肉", category: .mutton),
        .livePoultry: Product(code: "010401", name: "白条鸡", category: .poultryMeat),
    ]
    static let vegetables: [(Product, Int)] = [
        (Product(code: "0201", name: "大白菜", category: .vegetable), 6),
        (Product(code: "0202", name: "土豆", category: .vegetable), 20),
        (Product(code: "0203", name: "西红柿", category: .vegetable), 5),
        (Product(code: "0204", name: "青椒", category: .vegetable), 5),
        (Product(code: "0205", name: "菠菜", category: .vegetable), 3),
    ]
    static let greenBeans = Product(code: "0206", name: "四季豆", category: .vegetable)
    static let freshCut = Product(code: "0207", name: "鲜切配菜", category: .vegetable)

    /// Carcass kilograms per head, and lot sizes in head.
    static func carcassRange(_ live: ProductCategory) -> (ClosedRange<Int>, ClosedRange<Int>) {
        switch live {
        case .livePig: return (72...88, 2...40)
        case .liveCattle: return (230...320, 1...8)
        case .liveSheep: return (16...24, 3...40)
        default: return (1...2, 20...600)
        }
    }

    static func meatCategory(of live: ProductCategory) -> ProductCategory { meat[live]!.category }

    /// Yuan per kilogram at the stall.
    static func price(_ category: ProductCategory, _ rng: inout DemoRandom) -> Amount {
        let yuan: ClosedRange<Int>
        switch category {
        case .pork: yuan = 26...34
        case .beef: yuan = 68...88
        case .mutton: yuan = 70...90
        case .poultryMeat: yuan = 18...24
        default: yuan = 3...9
        }
        return Amount(micros: Int64(rng.int(yuan)) * 1_000_000 + Int64(rng.int(0...9)) * 100_000)
    }
}
