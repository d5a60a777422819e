import TraceModel

/// A recall drill (mock recall) report, as auditors define one (BRCGS Food Safety Issue 9 §3.9, SQF, IFS):
/// scenario, lot, start and end time, the backward and forward traces, the reconciliation, the gaps and the verdict.
///
/// Its JSON form is this type's `Codable` encoding; amounts are exact decimal strings. Quantities named
/// "in lot units" are expressed in the drilled lot's own unit, converted through transforms by their actual yield.
public struct DrillReport: Sendable, Codable {
    public var format = "foodtrace-recall-drill"
    public var v = 1
    /// What the drill simulates, in the words of whoever ran it.
    public var scenario: String
    public var lot: DrillLot
    /// When the trace started and ended (RFC 3339); the end is the start plus the measured wall time.
    public var startedAt: String
    public var endedAt: String
    /// Measured wall time of the trace, in milliseconds and microseconds.
    public var elapsedMilliseconds: Int64
    public var elapsedMicroseconds: Int64
    /// The time allowed (BRCGS: 4 hours).
    public var targetMilliseconds: Int64
    public var backward: DrillBackward
    public var forward: DrillForward
    public var reconciliation: DrillReconciliation
    /// The same per product form, each in its own unit (live pigs in head, pork in kg), summed over hops.
    public var forms: [DrillFormQuantities]
    /// How each transform turned one form into another, with its actual yield.
    public var conversions: [DrillConversion]
    /// The quantity ledger of every batch of the forward trace, in each batch's own unit.
    public var batches: [DrillBatch]
    /// Every break found, each naming its records.
    public var gaps: [DrillGap]
    /// Accounted-for is exactly 100%, there is no gap, and the trace took no longer than the target.
    public var passed: Bool
    /// Why the drill failed, one line each (empty when it passed).
    public var failures: [String]
    /// Whether the drill is stored as a signed record, and by whom.
    public var storage: DrillStorage

    public init(
        scenario: String, lot: DrillLot, startedAt: String, endedAt: String, elapsedMilliseconds: Int64,
        elapsedMicroseconds: Int64,
        targetMilliseconds: Int64, backward: DrillBackward, forward: DrillForward, reconciliation: DrillReconciliation,
        batches: [DrillBatch], gaps: [DrillGap], passed: Bool, failures: [String], storage: DrillStorage,
        forms: [DrillFormQuantities] = [], conversions: [DrillConversion] = []
    ) {
        self.forms = forms
        self.conversions = conversions
        self.scenario = scenario
        self.lot = lot
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.elapsedMilliseconds = elapsedMilliseconds
        self.elapsedMicroseconds = elapsedMicroseconds
        self.targetMilliseconds = targetMilliseconds
        self.backward = backward
        self.forward = forward
        self.reconciliation = reconciliation
        self.batches = batches
        self.gaps = gaps
        self.passed = passed
        self.failures = failures
        self.storage = storage
    }

    /// The trace took no longer than the target.
    public var withinTarget: Bool { elapsedMilliseconds <= targetMilliseconds }

    /// Why a drill fails, in each language: the lot not all accounted for, gaps, over the time target.
    public static func failures(
        _ reconciliation: DrillReconciliation, gaps: Int, milliseconds: Int64, target: Int64
    ) -> [Message] {
        var failures: [Message] = []
        if !reconciliation.exact {
            failures.append(
                .Drill.notAccounted(
                    percent: reconciliation.accountedPercent, produced: reconciliation.produced,
                    unit: reconciliation.unit))
        }
        if gaps > 0 { failures.append(.Drill.gapsFound(gaps)) }
        if milliseconds > target { failures.append(.Drill.tooSlow(milliseconds: milliseconds, target: target)) }
        return failures
    }

    /// ``failures`` of this report in each language.
    public var failureTexts: [Message] {
        Self.failures(reconciliation, gaps: gaps.count, milliseconds: elapsedMilliseconds, target: targetMilliseconds)
    }

    /// Whether and by whom the drill was stored, in each language.
    public var storageText: Message {
        storage.stored ? .Drill.stored(by: storage.party ?? "?") : .Drill.notStored
    }
}

/// The drilled lot.
public struct DrillLot: Sendable, Codable, Hashable {
    public var code: String
    public var product: String?
    public var category: ProductCategory?
    /// The party holding the lot.
    public var holder: String
    public var holderName: String
    public var role: Role?
    public var contact: String?
    /// The quantity the lot was created with, in its own unit (the unit of the reconciliation).
    public var quantity: String
    public var unit: String
    /// The record that created the lot, and when.
    public var record: String
    public var createdAt: String
}

/// Whether the drill was stored as a signed `test` record (`analyte: mock-recall`).
public struct DrillStorage: Sendable, Codable, Hashable {
    public var stored: Bool
    /// The party that signs the record.
    public var party: String?
    public var note: String

    public init(stored: Bool, party: String?, note: String) {
        self.stored = stored
        self.party = party
        self.note = note
    }

    /// Not stored: the drill ran without a key.
    public static let notStored = DrillStorage(
        stored: false, party: nil, note: "not stored: run with --key KEY.pem to store the drill as a signed record")
}
