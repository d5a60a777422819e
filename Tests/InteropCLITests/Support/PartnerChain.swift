import Foundation
import Testing
import TraceModel

/// A small native chain recorded through the CLI, for importing a partner system's EPCIS events:
///
/// the regulator (key made by `init`) registers a farm, a slaughterhouse, a market and a stall in it; the
/// farm produces 1000 kg of live pigs (lot ``farmLot``) and ships them to the slaughterhouse, which receives
/// them as its lot ``liveLot``. What happens next at the slaughterhouse is in its own ERP system, which
/// speaks EPCIS.
struct PartnerChain {
    static let store = "partner.sqlite"
    static let regulatorKey = "partner.sqlite.regulator.key"
    static let farm = "FARM-510112-003"
    static let slaughterhouse = "SH-510113-001"
    static let market = "MKT-510104-001"
    static let stall = "STALL-510104-001-A12"
    static let farmLot = TraceCode(area: "510112", node: "003", date: "261128", serial: 1)!
    static let liveLot = TraceCode(area: "510113", node: "001", date: "261128", serial: 1)!
    static let stallLot = TraceCode(area: "510104", node: "112", date: "261128", serial: 1)!
    static let slip = TraceCode(area: "510104", node: "112", date: "261128", serial: 2)!

    static func at(_ minute: Int) -> String { "2026-11-28T06:\(minute < 10 ? "0" : "")\(minute):00+08:00" }

    /// Makes the chain in `sandbox`; key files are `<party id lower-cased>.key`.
    static func make(in sandbox: Sandbox) throws {
        try sandbox.ok(["init", "--store", store])
        var minute = 0
        func next() -> String {
            minute += 1
            return at(minute)
        }
        func register(_ id: String, name: String, role: String, area: String, node: String, parent: String? = nil)
            throws
        {
            let keyFile = id.lowercased() + ".key"
            let key = try jsonObject(
                try sandbox.ok(["keys", "new", "--party", id, "--out", keyFile, "--format", "json"]).stdout)
            var arguments = [
                "record", "register", "--store", store, "--key", regulatorKey, "--at", next(),
                "--field", "party=\(id)", "--field", "name=\(name)", "--field", "role=\(role)",
                "--field", "area=\(area)", "--field", "node=\(node)",
                "--field", #"keys:=[{"id":"\#(key["id"]!)","alg":"\#(key["alg"]!)","spki":"\#(key["spki"]!)"}]"#,
            ]
            if let parent { arguments += ["--field", "parent=\(parent)"] }
            try sandbox.ok(arguments)
        }
        try register(farm, name: "龙泉驿区生猪养殖场", role: "farm", area: "510112", node: "003")
        try register(slaughterhouse, name: "青白江定点屠宰厂", role: "slaughterhouse", area: "510113", node: "001")
        try register(market, name: "锦江农贸市场", role: "retail-market", area: "510104", node: "001")
        try register(stall, name: "A12 猪肉摊", role: "stall", area: "510104", node: "112", parent: market)
        try record(
            "produce", key: farm, at: next(),
            body: """
                {"batch":"\(farmLot)","product":{"code":"01030101","name":"生猪","category":"live-pig"},
                 "quantity":{"value":"1000","unit":"kg"},"origin":{"area":"510112","name":"龙泉驿区"}}
                """, in: sandbox)
        try record(
            "ship", key: farm, at: next(),
            body: """
                {"shipment":"F-2026-001","batch":"\(farmLot)","quantity":{"value":"1000","unit":"kg"},"to":"\(slaughterhouse)","documents":[]}
                """, in: sandbox)
        try record(
            "receive", key: slaughterhouse, at: next(),
            body: """
                {"shipment":"F-2026-001","from":"\(farm)","batch":"\(farmLot)","as":"\(liveLot)",
                 "quantity":{"value":"1000","unit":"kg"},"documents":[],"accepted":true}
                """, in: sandbox)
    }

    /// `record KIND` for `party` with a JSON body.
    @discardableResult
    static func record(_ kind: String, key party: String, at time: String, body: String, in sandbox: Sandbox) throws
        -> String
    {
        let name = "body-\(UUID().uuidString).json"
        try sandbox.write(name, body)
        return try sandbox.ok([
            "record", kind, "--store", store, "--key", party.lowercased() + ".key", "--at", time, "--body", name,
        ])
        .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
