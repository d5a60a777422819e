/// What a demo city holds and where its defects are: the ground truth the audit tests read.
///
/// The generator decides every defect itself, before and without any audit code, and lists the
/// records involved. Its JSON shape is `schemas/demo-manifest.schema.json`.
public struct DemoManifest: Codable, Sendable {
    public var format = "foodtrace-demo-manifest"
    public var v = 1
    public var scale: String
    public var seed: UInt64
    public var start: String
    public var end: String
    public var records = 0
    public var parties = 0
    public var regulator: String
    public var counts: [String: Int] = [:]
    public var defects: [InjectedDefect] = []
    /// Slips whose upstream trace is clean.
    public var sampleSlips: [String] = []
    /// Farm lots untouched by any defect, with the slips and meals made from them.
    public var farmLots: [FarmLot] = []
    /// Every batch, slip or meal touched by a defect (clean-trace checks skip them).
    public var defectiveCodes: [String] = []
    /// Parties whose keys the demo wrote with `--keys`, by role.
    public var sampleParties: [String: String] = [:]
}

/// One injected defect: what it is, the audit rule that should catch it, and its records.
public struct InjectedDefect: Codable, Sendable, Hashable {
    public var id: String
    public var type: String
    /// `plugin/rule`, e.g. `source-tickets/missing-document`.
    public var rule: String
    public var description: String
    /// The record a finding must name in its evidence.
    public var primary: String
    /// Every record involved; a finding naming any of them belongs to this defect.
    public var records: [String]
    /// Batches, slips and meals the defect touches.
    public var codes: [String]
    /// The party at fault, where the defect names one (the till's defects: the stall).
    public var party: String?
}

/// A clean farm lot and what it reached.
public struct FarmLot: Codable, Sendable, Hashable {
    public var code: String
    public var farm: String
    public var slips: Int
    public var meals: Int
}
