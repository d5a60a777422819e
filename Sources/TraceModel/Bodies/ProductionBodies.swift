/// `produce`: a farm lot comes into being.
public struct ProduceBody: RecordBody {
    public static let kind = RecordKind.produce
    public var batch: TraceCode
    public var product: Product
    public var quantity: Quantity
    public var origin: Place
    public var expires: Timestamp?
    /// The EPCIS event this record was imported from, if any.
    public var epcis: EPCISOrigin?

    public init(
        batch: TraceCode, product: Product, quantity: Quantity, origin: Place, expires: Timestamp? = nil,
        epcis: EPCISOrigin? = nil
    ) {
        self.batch = batch
        self.product = product
        self.quantity = quantity
        self.origin = origin
        self.expires = expires
        self.epcis = epcis
    }
}

/// What a transform did.
public enum Process: String, Sendable, Hashable, Codable, CaseIterable {
    case slaughter, cut, split, merge, pack, process, cook
}

/// One output batch of a transform.
public struct TransformOutput: Sendable, Hashable, Codable {
    public var batch: TraceCode
    public var product: Product
    public var quantity: Quantity
    public var expires: Timestamp?

    public init(batch: TraceCode, product: Product, quantity: Quantity, expires: Timestamp? = nil) {
        self.batch = batch
        self.product = product
        self.quantity = quantity
        self.expires = expires
    }
}

/// `transform`: input batches (quantities taken) become new output batches.
public struct TransformBody: RecordBody {
    public static let kind = RecordKind.transform
    public var process: Process
    public var inputs: [BatchQuantity]
    public var outputs: [TransformOutput]
    /// The EPCIS event this record was imported from, if any.
    public var epcis: EPCISOrigin?

    public init(process: Process, inputs: [BatchQuantity], outputs: [TransformOutput], epcis: EPCISOrigin? = nil) {
        self.process = process
        self.inputs = inputs
        self.outputs = outputs
        self.epcis = epcis
    }
}

/// `test`: a sampling or rapid test of a batch.
public struct TestBody: RecordBody {
    public static let kind = RecordKind.test
    public var batch: TraceCode
    /// What was tested for, e.g. `clenbuterol`, `ractopamine`, `organophosphate`.
    public var analyte: String
    /// `rapid` or `lab`.
    public var method: String
    /// `negative` or `positive`.
    public var result: String
    /// The measured value with its unit, when the method gives one (text, e.g. `0.3 µg/kg`).
    public var value: String?
    /// The report, when a lab issued one.
    public var report: DocumentRef?
    /// The record id of an earlier positive test of the same batch and analyte that this confirmatory lab test
    /// overturns (its result must be `negative`). A positive test stops sale until such a test clears it.
    public var clears: String?

    public init(
        batch: TraceCode, analyte: String, method: String, result: String, value: String? = nil,
        report: DocumentRef? = nil, clears: String? = nil
    ) {
        self.batch = batch
        self.analyte = analyte
        self.method = method
        self.result = result
        self.value = value
        self.report = report
        self.clears = clears
    }
}
