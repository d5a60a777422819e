/// What kind of food a batch holds; the source tickets a receipt needs depend on it.
public enum ProductCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case livePig = "live-pig"
    case liveCattle = "live-cattle"
    case liveSheep = "live-sheep"
    case livePoultry = "live-poultry"
    case pork
    case beef
    case mutton
    case poultryMeat = "poultry-meat"
    case aquatic
    case egg
    case vegetable
    case fruit
    case grain
    case oil
    case dairy
    case processed
    case meal

    /// Live animals (moved on an animal quarantine certificate).
    public var isLiveAnimal: Bool { [.livePig, .liveCattle, .liveSheep, .livePoultry].contains(self) }
    /// Livestock and poultry meat (needs a product quarantine certificate at receipt).
    public var isMeat: Bool { [.pork, .beef, .mutton, .poultryMeat].contains(self) }
}

/// A product: commodity code (SB/T 10680 style), display name, category.
public struct Product: Sendable, Hashable, Codable {
    /// Commodity code, e.g. `01010101` for a pork carcass side.
    public var code: String
    /// Display name in Simplified Chinese, e.g. `白条猪肉`.
    public var name: String
    public var category: ProductCategory

    public init(code: String, name: String, category: ProductCategory) {
        self.code = code
        self.name = name
        self.category = category
    }
}

/// A place of origin: GB/T 2260 area code and a name.
public struct Place: Sendable, Hashable, Codable {
    /// Six-digit GB/T 2260 administrative division code.
    public var area: String
    public var name: String

    public init(area: String, name: String) {
        self.area = area
        self.name = name
    }
}

/// A batch and a quantity taken from (or put into) it.
public struct BatchQuantity: Sendable, Hashable, Codable {
    public var batch: TraceCode
    public var quantity: Quantity

    public init(batch: TraceCode, quantity: Quantity) {
        self.batch = batch
        self.quantity = quantity
    }
}
