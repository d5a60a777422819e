import Foundation
import TraceCrypto
import TraceModel

extension DemoGenerator {
    func finish() -> DemoManifest {
        var manifest = DemoManifest(
            scale: scale.name, seed: seed, start: start.text, end: time(scale.days, 0).text, regulator: Self.regulatorID
        )
        manifest.records = writer.count
        manifest.parties = actors.count + 1 + supervisionParties
        manifest.counts = writer.kinds
        manifest.defects = defects.filter { !$0.primary.isEmpty }
        manifest.defectiveCodes = defectiveCodes.sorted()
        let slips = Set(slipCodes)
        var cleanSlips: [String] = []
        let stride = max(1, slipCodes.count / 40)
        for index in Swift.stride(from: 0, to: slipCodes.count, by: stride) where cleanSlips.count < 25 {
            let slip = slipCodes[index]
            if ancestors(of: slip).isDisjoint(with: defectiveCodes) { cleanSlips.append(slip) }
        }
        manifest.sampleSlips = cleanSlips
        for lot in farmLots {
            let reached = descendants(of: lot.code)
            guard reached.isDisjoint(with: defectiveCodes) else { continue }
            let slipCount = reached.filter { slips.contains($0) }.count
            let mealCount = reached.filter { isMeal($0) }.count
            manifest.farmLots.append(FarmLot(code: lot.code, farm: lot.farm, slips: slipCount, meals: mealCount))
        }
        manifest.sampleParties = [
            "regulator": Self.regulatorID,
            "stall": stalls.first { stallKind[$0.id] == .pork }?.id ?? "",
            "school-canteen": schools.first?.id ?? "",
            "slaughterhouse": slaughterhouses.first?.id ?? "",
            "wholesale-market": wholesale.first?.id ?? "",
            "farm": livestockFarms[.livePig]?.first?.id ?? "",
        ]
        return manifest
    }

    private func isMeal(_ code: String) -> Bool {
        (schools + canteens).contains { code.hasPrefix($0.area + $0.node) }
    }

    /// Writes every party's private key (mode 0600) into `directory` as `PARTY.key`.
    public func writeKeys(to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for actor in [regulator!] + actors {
            let path = (directory as NSString).appendingPathComponent("\(actor.id).key")
            if FileManager.default.fileExists(atPath: path) { continue }
            try KeyFile.write(actor.key, party: actor.id, to: path)
        }
    }
}
