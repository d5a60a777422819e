import Foundation
import Testing
import TraceModel

/// A party made through the CLI: its key file and the public key `keys new` printed.
struct CLIParty {
    var id: String
    var keyFile: String
    var keyID: String
    var alg: String
    var spki: String
}

/// A small pork chain recorded through `foodtrace record` (13 records), all times fixed:
///
/// the regulator registers a vet authority, a farm, a slaughterhouse, a market and a stall in it; the farm
/// produces 10 live pigs (animal quarantine certificate from the vet) and ships them to the slaughterhouse,
/// which receives and slaughters them into 900 kg of carcass and ships 200 kg to the stall with its product
/// quarantine and meat inspection certificates quoted; the stall receives them and sells 2.5 kg (the slip).
struct CLIChain {
    static let regulatorKey = "foodtrace.sqlite.regulator.key"
    static let regulatorPublicKey = "foodtrace.sqlite.regulator.pub.pem"
    static let quarantine = "5101120260001"
    static let productQuarantine = "5101130260007"
    static let meatInspection = "RP-510113-0042"

    var vet: CLIParty
    var farm: CLIParty
    var slaughterhouse: CLIParty
    var market: CLIParty
    var stall: CLIParty
    var farmLot: TraceCode
    var liveLot: TraceCode
    var carcass: TraceCode
    var stallLot: TraceCode
    var slip: TraceCode
    /// Record ids in the order they were recorded.
    var ids: [String]

    /// The time of the n-th record: 06:00 plus n minutes on 2026-11-28, China time.
    static func at(_ n: Int) -> String {
        let minutes = n < 10 ? "0\(n)" : "\(n)"
        return "2026-11-28T06:\(minutes):00+08:00"
    }

    static func code(area: String, node: String, serial: Int) -> TraceCode {
        TraceCode(area: area, node: node, date: "261128", serial: serial)!
    }
}

extension Workspace {
    /// `keys new` for a party, reading the key id and public key from its JSON output.
    func newKey(_ party: String, alg: String = "ed25519") throws -> CLIParty {
        let keyFile = party.lowercased() + ".key"
        let output = try ok(["keys", "new", "--party", party, "--alg", alg, "--out", keyFile, "--format", "json"])
            .stdout
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return CLIParty(
            id: party, keyFile: keyFile, keyID: try #require(json["id"] as? String),
            alg: try #require(json["alg"] as? String), spki: try #require(json["spki"] as? String))
    }

    /// `record KIND --key KEY --at AT` with `--field` assignments or a body file; returns the record id.
    @discardableResult
    func record(
        _ kind: String, key: String, at: String, fields: [String] = [], body: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        var arguments = ["record", kind, "--key", key, "--at", at]
        if let body {
            let name = "body-\(UUID().uuidString).json"
            try write(name, body)
            arguments += ["--body", name]
        }
        for field in fields { arguments += ["--field", field] }
        let id = try ok(arguments, sourceLocation: sourceLocation).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(id.hasPrefix("sha256:") && id.count == 71, "record printed \(id)", sourceLocation: sourceLocation)
        return id
    }

    /// A key and the regulator's `register` record for it (fields set with `--field`, keys with `:=`).
    func registerParty(
        _ id: String, name: String, role: String, area: String, node: String, parent: String? = nil,
        at: String
    ) throws -> (CLIParty, String) {
        let party = try newKey(id)
        var fields = [
            "party=\(id)", "name=\(name)", "role=\(role)", "area=\(area)", "node=\(node)",
            #"keys:=[{"id":"\#(party.keyID)","alg":"\#(party.alg)","spki":"\#(party.spki)"}]"#,
        ]
        if let parent { fields.append("parent=\(parent)") }
        let recordID = try record("register", key: CLIChain.regulatorKey, at: at, fields: fields)
        return (party, recordID)
    }

    /// A canteen (role `canteen`, area 510104) registered at 06:30 that receives `kilograms` of the chain's carcass
    /// from the slaughterhouse: shipped at 06:31, received at 06:32 as the canteen's batch of serial 1.
    func canteenReceivingCarcass(
        _ chain: CLIChain, id: String, name: String, node: String, kilograms: String, shipment: String
    ) throws -> (canteen: CLIParty, lot: TraceCode) {
        let (canteen, _) = try registerParty(
            id, name: name, role: "canteen", area: "510104", node: node, at: "2026-11-28T06:30:00+08:00")
        let quantity = #"{"value":"\#(kilograms)","unit":"kg"}"#
        try record(
            "ship", key: chain.slaughterhouse.keyFile, at: "2026-11-28T06:31:00+08:00",
            body: """
                {"shipment":"\(shipment)","batch":"\(chain.carcass)","quantity":\(quantity),"to":"\(id)","documents":[]}
                """)
        let lot = CLIChain.code(area: "510104", node: node, serial: 1)
        try record(
            "receive", key: canteen.keyFile, at: "2026-11-28T06:32:00+08:00",
            body: """
                {"shipment":"\(shipment)","from":"\(chain.slaughterhouse.id)","batch":"\(chain.carcass)","as":"\(lot)",
                 "quantity":\(quantity),"documents":[],"accepted":true}
                """)
        return (canteen, lot)
    }

    /// `init` and the whole ``CLIChain``, recorded in this workspace's `foodtrace.sqlite`.
    func makeChain() throws -> CLIChain {
        try ok(["init"])
        var ids: [String] = []
        var n = 0
        func next() -> String {
            n += 1
            return CLIChain.at(n)
        }
        let (vet, r1) = try registerParty(
            "VET-510100", name: "成都市动物卫生监督所", role: "vet-authority", area: "510100", node: "900", at: next())
        let (farm, r2) = try registerParty(
            "FARM-510112-003", name: "龙泉驿区生猪养殖场", role: "farm", area: "510112", node: "003", at: next())
        let (house, r3) = try registerParty(
            "SH-510113-001", name: "青白江定点屠宰厂", role: "slaughterhouse", area: "510113", node: "001", at: next())
        let (market, r4) = try registerParty(
            "MKT-510104-001", name: "锦江农贸市场", role: "retail-market", area: "510104", node: "001", at: next())
        let (stall, r5) = try registerParty(
            "STALL-510104-001-A12", name: "A12 猪肉摊", role: "stall", area: "510104", node: "112",
            parent: market.id, at: next())
        ids += [r1, r2, r3, r4, r5]

        let farmLot = CLIChain.code(area: "510112", node: "003", serial: 1)
        ids.append(
            try record(
                "produce", key: farm.keyFile, at: next(),
                fields: [
                    "batch=\(farmLot)", "product.code=01030101", "product.name=生猪", "product.category=live-pig",
                    "quantity.value=10", "quantity.unit=head", "origin.area=510112", "origin.name=龙泉驿区",
                ]))
        ids.append(
            try record(
                "certify", key: vet.keyFile, at: next(),
                body: """
                    {"type":"animal-quarantine","number":"\(CLIChain.quarantine)","subject":"\(farm.id)","batch":"\(farmLot)",
                     "validFrom":"\(CLIChain.at(n))","result":"pass"}
                    """))
        let papers = #"[{"type":"animal-quarantine","number":"\#(CLIChain.quarantine)"}]"#
        ids.append(
            try record(
                "ship", key: farm.keyFile, at: next(),
                body: """
                    {"shipment":"F-2026-001","batch":"\(farmLot)","quantity":{"value":"10","unit":"head"},"to":"\(house.id)","documents":\(papers)}
                    """))
        let liveLot = CLIChain.code(area: "510113", node: "001", serial: 1)
        ids.append(
            try record(
                "receive", key: house.keyFile, at: next(),
                body: """
                    {"shipment":"F-2026-001","from":"\(farm.id)","batch":"\(farmLot)","as":"\(liveLot)",
                     "quantity":{"value":"10","unit":"head"},"documents":\(papers),"accepted":true}
                    """))
        let carcass = CLIChain.code(area: "510113", node: "001", serial: 2)
        ids.append(
            try record(
                "transform", key: house.keyFile, at: next(),
                body: """
                    {"process":"slaughter","inputs":[{"batch":"\(liveLot)","quantity":{"value":"10","unit":"head"}}],
                     "outputs":[{"batch":"\(carcass)","product":{"code":"01010101","name":"白条猪肉","category":"pork"},
                                 "quantity":{"value":"900","unit":"kg"}}]}
                    """))
        // Pork at a stall needs its product quarantine and meat inspection certificates before sale (the till
        // refuses it otherwise); quoted here, not certified by their issuers in this small chain.
        let meatPapers =
            #"[{"type":"product-quarantine","number":"\#(CLIChain.productQuarantine)"},{"type":"meat-inspection","number":"\#(CLIChain.meatInspection)"}]"#
        ids.append(
            try record(
                "ship", key: house.keyFile, at: next(),
                body: """
                    {"shipment":"S-2026-014","batch":"\(carcass)","quantity":{"value":"200","unit":"kg"},"to":"\(stall.id)","documents":\(meatPapers)}
                    """))
        let stallLot = CLIChain.code(area: "510104", node: "112", serial: 1)
        ids.append(
            try record(
                "receive", key: stall.keyFile, at: next(),
                body: """
                    {"shipment":"S-2026-014","from":"\(house.id)","batch":"\(carcass)","as":"\(stallLot)",
                     "quantity":{"value":"200","unit":"kg"},"documents":\(meatPapers),"accepted":true}
                    """))
        let slip = CLIChain.code(area: "510104", node: "112", serial: 2)
        ids.append(
            try record(
                "sell", key: stall.keyFile, at: next(),
                fields: [
                    "slip=\(slip)", "batch=\(stallLot)", "quantity.value=2.5", "quantity.unit=kg", "unitPrice=28",
                    "amount=70",
                ]))
        return CLIChain(
            vet: vet, farm: farm, slaughterhouse: house, market: market, stall: stall, farmLot: farmLot,
            liveLot: liveLot, carcass: carcass, stallLot: stallLot, slip: slip, ids: ids)
    }
}
