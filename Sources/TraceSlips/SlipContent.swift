import TraceModel

/// Everything a slip shows: the sale, where it happened, the upstream summary and the QR payload.
///
/// A plain value: the renderers (``TextSlip``, ``ESCPOSSlip``, ``SVGSlip``, ``HTMLSlip``) only read it.
/// Build it with the memberwise initialiser, or from a signed `sell` record with
/// ``init(record:marketName:stallName:productName:upstream:)``.
public struct SlipContent: Sendable, Hashable {
    /// The market the stall stands in, printed as the slip's title.
    public var marketName: String
    /// The stall's registered party id (the record's issuer).
    public var stallID: String
    /// The stall's name, e.g. `王记猪肉`.
    public var stallName: String
    /// The product as the shopper knows it, e.g. `白条猪肉`.
    public var productName: String
    /// Weight or count sold.
    public var quantity: Quantity
    /// Price per unit of ``quantity``, in yuan.
    public var unitPrice: Amount
    /// The market unit the stall priced in (斤, 两), when the slip shows the quantity and price in it.
    public var pricedIn: MarketUnit?
    /// Amount charged, in yuan.
    public var amount: Amount
    /// Time of sale, as written in the record (printed in its own offset).
    public var soldAt: Timestamp
    /// The slip's own trace code.
    public var slipCode: TraceCode
    /// The stall's batch the goods came from.
    public var batchCode: TraceCode
    /// Where the goods came from; printed only where known.
    public var upstream: Upstream
    /// The signed payload (see ``SlipPayload``).
    public var payload: String
    /// The hub's base URL, when the store has one (`foodtrace settings hub-url`): the QR code is then the slip
    /// page's address (``SlipLink``) rather than the bare payload.
    public var hubURL: String?

    /// What the QR code carries: the slip page's address with the payload in its fragment, or the bare payload
    /// when no hub URL is set.
    public var qrText: String {
        guard let hubURL, let url = try? SlipLink.url(base: hubURL, payload: payload) else { return payload }
        return url
    }

    /// A slip's content from its parts.
    public init(
        marketName: String, stallID: String, stallName: String, productName: String, quantity: Quantity,
        unitPrice: Amount, amount: Amount, soldAt: Timestamp, slipCode: TraceCode, batchCode: TraceCode,
        upstream: Upstream = Upstream(), payload: String, pricedIn: MarketUnit? = nil
    ) {
        self.pricedIn = pricedIn
        self.marketName = marketName
        self.stallID = stallID
        self.stallName = stallName
        self.productName = productName
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.amount = amount
        self.soldAt = soldAt
        self.slipCode = slipCode
        self.batchCode = batchCode
        self.upstream = upstream
        self.payload = payload
    }

    /// The content of the slip for a signed `sell` record; the payload is ``SlipPayload/encode(record:)``.
    public init(
        record: Record, marketName: String, stallName: String, productName: String, upstream: Upstream = Upstream()
    ) throws(SlipError) {
        let payload = try SlipPayload.encode(record: record)
        guard case .sell(let sale)? = try? record.decodedBody() else { throw .notSell(record.kind) }
        self.init(
            marketName: marketName, stallID: record.issuer, stallName: stallName, productName: productName,
            quantity: sale.quantity, unitPrice: sale.unitPrice, amount: sale.amount, soldAt: record.at,
            slipCode: sale.slip, batchCode: sale.batch, upstream: upstream, payload: payload, pricedIn: sale.pricedIn
        )
    }

    /// Where the goods came from; every part is optional and printed only when present.
    public struct Upstream: Sendable, Hashable {
        /// The farm the animals or produce came from.
        public var originFarm: String?
        /// The farm's place (area name).
        public var originPlace: String?
        /// The designated slaughterhouse (定点屠宰厂).
        public var slaughterhouse: String?
        /// 动物检疫合格证明 number (animal or product form).
        public var quarantineCertificate: String?
        /// 肉品品质检验合格证 number.
        public var meatInspectionCertificate: String?
        /// The most recent test of the batch.
        public var lastTest: LastTest?

        /// An upstream summary; leave out what is not known.
        public init(
            originFarm: String? = nil, originPlace: String? = nil, slaughterhouse: String? = nil,
            quarantineCertificate: String? = nil, meatInspectionCertificate: String? = nil, lastTest: LastTest? = nil
        ) {
            self.originFarm = originFarm
            self.originPlace = originPlace
            self.slaughterhouse = slaughterhouse
            self.quarantineCertificate = quarantineCertificate
            self.meatInspectionCertificate = meatInspectionCertificate
            self.lastTest = lastTest
        }

        /// True when nothing upstream is known.
        public var isEmpty: Bool { self == Upstream() }
    }

    /// The most recent test of the batch.
    public struct LastTest: Sendable, Hashable {
        /// What was tested for, e.g. `clenbuterol`.
        public var analyte: String
        /// `negative` or `positive` (other text is printed as given).
        public var result: String
        /// When the sample was tested.
        public var date: Timestamp

        /// A test result.
        public init(analyte: String, result: String, date: Timestamp) {
            self.analyte = analyte
            self.result = result
            self.date = date
        }
    }
}
