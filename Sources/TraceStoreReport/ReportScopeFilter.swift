import FoodTraceKit
import TraceModel
import TraceReport

/// Who a period report covers, and a test of whether a party is in it: the whole store, the parties of an area code
/// (GB/T 2260: `510104` a district, `510100` its city, `510000` the province), or a market and its stalls. A finding
/// of no party is only in the whole store's report.
enum ReportScopeFilter {
    static func resolve(area: String?, market: String?, parties: [String: AuditParty]) throws(ReportGatherError) -> (
        PeriodReport.Scope, @Sendable (String?) -> Bool
    ) {
        if let market {
            guard let party = parties[market] else {
                throw ReportGatherError(.unknownScope(option: "--market", value: market))
            }
            guard [.retailMarket, .wholesaleMarket].contains(party.role) else {
                throw ReportGatherError(.notAMarket(market, role: party.role.rawValue))
            }
            let members = Set(parties.values.filter { $0.id == market || $0.parent == market }.map(\.id))
            return (.market(id: market, name: party.name), { $0.map(members.contains) ?? false })
        }
        if let area {
            guard area.count == 6, area.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw ReportGatherError(.unknownScope(option: "--area", value: area))
            }
            // 510100 (a city) covers 5101xx; 510000 (a province) 51xxxx.
            var prefix = Substring(area)
            while prefix.count > 2 && prefix.hasSuffix("00") { prefix = prefix.dropLast(2) }
            let members = Set(parties.values.filter { $0.area.hasPrefix(prefix) }.map(\.id))
            guard !members.isEmpty else { throw ReportGatherError(.unknownScope(option: "--area", value: area)) }
            return (.area(code: area, name: nil), { $0.map(members.contains) ?? false })
        }
        return (.all, { _ in true })
    }
}
