/// `sell`: a retail sale at a stall — the slip.
///
/// Deliberately small: a slip's QR code carries the whole record and its signature.
public struct SellBody: RecordBody {
    public static let kind = RecordKind.sell
    /// The slip's own trace code.
    public var slip: TraceCode
    /// The stall's batch the goods came from.
    public var batch: TraceCode
    public var quantity: Quantity
    /// Price per unit of `quantity`, in yuan.
    public var unitPrice: Amount
    /// Amount charged, in yuan.
    public var amount: Amount
    /// The market unit the stall priced in (斤 or 两), when not the unit of `quantity`: the quantity is then in kg
    /// and the slip shows the quantity and price per this unit (e.g. 3 斤 × ¥12.00/斤).
    public var pricedIn: MarketUnit?
    /// The EPCIS event this record was imported from, if any.
    public var epcis: EPCISOrigin?

    public init(
        slip: TraceCode, batch: TraceCode, quantity: Quantity, unitPrice: Amount, amount: Amount,
        pricedIn: MarketUnit? = nil, epcis: EPCISOrigin? = nil
    ) {
        self.slip = slip
        self.batch = batch
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.amount = amount
        self.pricedIn = pricedIn
        self.epcis = epcis
    }
}

extension SellBody {
    /// Whether ``amount`` is ``quantity`` × ``unitPrice`` to the fen: within 0.01 yuan of the exact product, so that
    /// rounding half up, down or to the nearest fen all hold, and a discount or a surcharge does not (a slip shows the
    /// three numbers, and a shopper checks them against one another).
    public var amountMatches: Bool {
        guard let exact = quantity.value.multiplied(by: unitPrice) else { return false }
        return (amount.micros - exact.micros).magnitude < 10_000
    }
}

/// A retained sample of a dish (留样).
public struct Sample: Sendable, Hashable, Codable {
    public var grams: Amount
    public var keptUntil: Timestamp
    public var keptBy: String

    public init(grams: Amount, keptUntil: Timestamp, keptBy: String) {
        self.grams = grams
        self.keptUntil = keptUntil
        self.keptBy = keptBy
    }
}

/// One dish of a meal with its ingredients and retained sample.
public struct Dish: Sendable, Hashable, Codable {
    public var name: String
    public var ingredients: [BatchQuantity]
    public var sample: Sample?

    public init(name: String, ingredients: [BatchQuantity], sample: Sample?) {
        self.name = name
        self.ingredients = ingredients
        self.sample = sample
    }
}

/// `use`: a canteen serves a meal made from its batches.
public struct UseBody: RecordBody {
    public static let kind = RecordKind.use
    /// The meal's trace code.
    public var meal: TraceCode
    /// `breakfast`, `lunch`, `dinner` or `snack`.
    public var service: String
    public var servedAt: Timestamp
    public var diners: Int?
    public var dishes: [Dish]

    public init(meal: TraceCode, service: String, servedAt: Timestamp, diners: Int? = nil, dishes: [Dish]) {
        self.meal = meal
        self.service = service
        self.servedAt = servedAt
        self.diners = diners
        self.dishes = dishes
    }
}

/// `count`: a stock count (盘点) of a batch the issuer holds: the quantity found, at the record's time.
///
/// The difference from the ledger at that point is shrinkage (less found) or surplus (more found); the store
/// books it as a movement of the batch, so what is on hand afterwards is what was counted.
public struct CountBody: RecordBody {
    public static let kind = RecordKind.count
    public var batch: TraceCode
    /// The quantity found (zero when nothing is left), in a unit convertible to the batch's.
    public var counted: Quantity
    public var note: String?

    public init(batch: TraceCode, counted: Quantity, note: String? = nil) {
        self.batch = batch
        self.counted = counted
        self.note = note
    }
}

/// `void`: a stall cancels a sale it rang up wrong, within ``VoidBody/window`` of the sale.
///
/// Signed by the stall that issued the slip; the sale stays in the store, shown as voided, and its quantity
/// goes back on hand.
public struct VoidBody: RecordBody {
    public static let kind = RecordKind.void
    /// How long after a sale its stall may void it: 24 hours (the trading day and the night's reconciliation).
    public static let window: Int64 = 24 * 3_600_000
    /// The voided slip's trace code.
    public var slip: TraceCode
    /// Why, e.g. `wrong weight`, `customer returned`.
    public var reason: String

    public init(slip: TraceCode, reason: String) {
        self.slip = slip
        self.reason = reason
    }
}
