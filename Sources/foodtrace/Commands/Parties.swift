import ArgumentParser
import Foundation
import TraceModel
import TraceStore

extension FoodTrace {
    /// `foodtrace parties`: who is registered — role, name, market, licences and status.
    struct Parties: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Parties.Parties"),
            discussion: HelpText.discussion(.Help.parties))

        @OptionGroup var options: StoreOptions
        @Option(help: ArgumentHelp("Only parties of this role, e.g. stall or slaughterhouse.", valueName: "role"))
        var role: String?
        @Option(
            help: ArgumentHelp(
                "Only parties in this GB/T 2260 area (a county, or every county of a prefecture or province).",
                valueName: "code"))
        var area: String?
        @Option(help: ArgumentHelp("Only this market and the stalls registered under it.", valueName: "id"))
        var market: String?
        @Option(help: "text or json.") var format: ReportFormat = .text

        func run() throws {
            try runReporting {
                let roles = Role.allCases.map(\.rawValue)
                let roleFilter = try role.map { text -> Role in
                    guard let role = Role(rawValue: text) else {
                        let close = ClosestNames.closest(to: text, among: roles)
                        throw CLIError.input(
                            .noSuchRole(option: "--role", value: text).suggesting(close).known(roles))
                    }
                    return role
                }
                if let area, PartyArgument.areaPrefix(area) == nil {
                    throw CLIError.input(.notAreaCode(option: "--area", value: area))
                }
                let store = try options.open(readOnly: true)
                let now = try Clock.now()
                let all = try store.directory()
                var listed = all
                if let market {
                    let markets = all.filter { $0.role == .retailMarket || $0.role == .wholesaleMarket }
                    guard markets.contains(where: { $0.id == market }) else {
                        throw ClosestNames.refusal(
                            .noSuchMarket(option: "--market", value: market), market, among: markets.map(\.id))
                    }
                    listed = listed.filter { $0.id == market || $0.parent == market }
                }
                if let area {
                    let covered = Set(try PartyArgument.resolve(area, option: "--area", among: all).members)
                    listed = listed.filter { covered.contains($0.id) }
                }
                if let roleFilter { listed = listed.filter { $0.role == roleFilter } }
                let names = Dictionary(all.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
                let grades = try store.creditGrades(at: now)
                let rows = listed.map { entry in
                    PartyRow(
                        entry, marketName: entry.parent.flatMap { names[$0] }, creditGrade: grades[entry.id], now: now)
                }
                switch format {
                case .json: Console.out(try JSONOutput.string(PartyListing(parties: rows)))
                case .text:
                    for line in TextColumns.table([PartyText.header] + rows.map(PartyText.cells)) { Console.out(line) }
                    Console.out(OutputLanguage.text(.partiesListed(rows.count, of: all.count)))
                }
            }
        }
    }
}

/// The text table of `foodtrace parties`, in the chosen language; parties named as everywhere, `名称（ID）`.
enum PartyText {
    static var header: [String] { OutputLanguage.text(.partiesHeader).components(separatedBy: "\t") }

    static func cells(_ row: PartyRow) -> [String] {
        let market = row.market.map { id in row.marketName.map { "\($0)（\(id)）" } ?? id } ?? "-"
        let licences = row.licences.map { licence in
            OutputLanguage.text(
                Message("parties.licence", zh: licence.type.chineseName, en: licence.type.rawValue)) + " "
                + licence.number
        }
        return [
            row.id, row.name, OutputLanguage.text(.Trace.role(row.role)), row.area, market,
            licences.isEmpty ? "-" : licences.joined(separator: OutputLanguage.current == .zh ? "、" : ", "),
            row.creditGrade ?? "-", OutputLanguage.text(.partyStatus(row.status)),
        ]
    }
}

/// `foodtrace parties --format json`: `{"format": "foodtrace-parties", "v": 1, "parties": [...]}`.
struct PartyListing: Codable {
    var format = "foodtrace-parties"
    var v = 1
    var parties: [PartyRow]
}

/// One party as `foodtrace parties` lists it.
struct PartyRow: Codable {
    var id: String
    var name: String
    var role: Role
    var area: String
    /// The market a stall belongs to, and its name.
    var market: String?
    var marketName: String?
    var licences: [Licence]
    var keys: Int
    var revokedKeys: Int
    /// The credit grade (信用等级) a regulator recorded for the party, in force at the clock (``CreditGrades``).
    var creditGrade: String?
    /// `active`, `licence expired`, `keys revoked` or `anchor`.
    var status: String

    init(_ entry: DirectoryEntry, marketName: String?, creditGrade: String?, now: Timestamp) {
        self.creditGrade = creditGrade
        id = entry.id
        name = entry.name
        role = entry.role
        area = entry.area
        market = entry.parent
        self.marketName = marketName
        licences = entry.licences
        keys = entry.keys
        revokedKeys = entry.revokedKeys
        let expired = entry.licences.contains { licence in
            licence.validUntil.map { $0.epochMilliseconds < now.epochMilliseconds } ?? false
        }
        if entry.anchor {
            status = "anchor"
        } else if entry.keys > 0 && entry.revokedKeys == entry.keys {
            status = "keys revoked"
        } else if expired {
            status = "licence expired"
        } else {
            status = "active"
        }
    }
}
