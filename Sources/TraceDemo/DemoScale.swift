/// How big a demo city is. Sizes are tuned so `small` makes about ten thousand records,
/// `city` about a million and `province` about ten million.
public struct DemoScale: Sendable, Hashable {
    public var name: String
    public var days: Int
    public var wholesaleMarkets: Int
    public var retailMarkets: Int
    public var stallsPerMarket: Int
    public var schoolCanteens: Int
    public var enterpriseCanteens: Int
    public var pigFarms: Int
    public var cattleFarms: Int
    public var sheepFarms: Int
    public var poultryFarms: Int
    public var vegetableFarms: Int
    public var slaughterhouses: Int
    /// Slips a meat stall prints per day.
    public var salesPerStallDay: Int
    /// Instances of each injected defect type.
    public var defectsPerType: Int

    public static let small = DemoScale(
        name: "small", days: 7, wholesaleMarkets: 1, retailMarkets: 3, stallsPerMarket: 6, schoolCanteens: 3,
        enterpriseCanteens: 1, pigFarms: 4, cattleFarms: 1, sheepFarms: 1, poultryFarms: 1, vegetableFarms: 3,
        slaughterhouses: 3, salesPerStallDay: 70, defectsPerType: 1)

    public static let city = DemoScale(
        name: "city", days: 30, wholesaleMarkets: 3, retailMarkets: 24, stallsPerMarket: 16, schoolCanteens: 60,
        enterpriseCanteens: 20, pigFarms: 40, cattleFarms: 6, sheepFarms: 6, poultryFarms: 8, vegetableFarms: 40,
        slaughterhouses: 8, salesPerStallDay: 70, defectsPerType: 3)

    public static let province = DemoScale(
        name: "province", days: 60, wholesaleMarkets: 12, retailMarkets: 120, stallsPerMarket: 16, schoolCanteens: 300,
        enterpriseCanteens: 100, pigFarms: 200, cattleFarms: 30, sheepFarms: 30, poultryFarms: 40, vegetableFarms: 200,
        slaughterhouses: 40, salesPerStallDay: 70, defectsPerType: 5)

    public static func named(_ name: String) -> DemoScale? {
        [small, city, province].first { $0.name == name }
    }
}
