import TraceModel
import TraceStore

/// What a `--party` value stands for: one party, a market with its stalls, or every party of an area.
struct PartySelection {
    /// The value as given.
    var named: String
    /// The party ids it covers, in id order.
    var members: [String]
}

/// Resolves `--party` values against the store's parties, refusing (exit 2) a value that matches nothing.
///
/// A party id covers that party, and for a market (retail or wholesale) also the stalls registered under it.
/// A six-digit GB/T 2260 area code covers every party registered in the area: a county code (`510104`) its
/// own, a prefecture code (`510100`) every county under it, a province code (`510000`) the province.
enum PartyArgument {
    static func resolve(_ text: String, option: String = "--party", in store: any GraphStore) throws -> PartySelection {
        try resolve(text, option: option, among: store.directory())
    }

    static func resolve(_ text: String, option: String = "--party", among parties: [DirectoryEntry]) throws
        -> PartySelection
    {
        guard !text.isEmpty else {
            throw CLIError.input(
                .optionEmpty(option: option, needs: "参与方编号或六位行政区划代码", "a party id or a six-digit area code"))
        }
        if let party = parties.first(where: { $0.id == text }) {
            var members = [party.id]
            if party.role == .retailMarket || party.role == .wholesaleMarket {
                members += parties.filter { $0.parent == party.id }.map(\.id)
            }
            return PartySelection(named: text, members: members.sorted())
        }
        if let prefix = areaPrefix(text) {
            let members = parties.filter { $0.area.hasPrefix(prefix) }.map(\.id)
            guard !members.isEmpty else {
                let areas = Array(Set(parties.map(\.area))).sorted()
                throw ClosestNames.refusal(.noPartyInArea(option: option, code: text), text, among: areas)
            }
            return PartySelection(named: text, members: members)
        }
        throw ClosestNames.refusal(.noSuchParty(option: option, value: text), text, among: parties.map(\.id))
    }

    /// The prefix a GB/T 2260 code covers: 6 digits for a county, 4 for a prefecture (`xxxx00`), 2 for a
    /// province (`xx0000`); `nil` when `text` is not six digits.
    static func areaPrefix(_ text: String) -> String? {
        guard text.count == 6, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if text.hasSuffix("0000") { return String(text.prefix(2)) }
        if text.hasSuffix("00") { return String(text.prefix(4)) }
        return text
    }
}

/// Trace codes that must name something in the store.
enum StoredCode {
    /// Refuses (exit 2) a valid trace code the store does not hold, naming the closest codes it does.
    static func require(_ digits: String, in store: any GraphStore, batchOnly: Bool = false) throws {
        guard try store.recordID(forCode: digits) == nil else { return }
        // Codes of the same node and day first, then of the same node: a slip of a day, a stall's batches.
        var candidates = try store.traceCodes(withPrefix: String(digits.prefix(15)), limit: 2000)
        if candidates.isEmpty { candidates = try store.traceCodes(withPrefix: String(digits.prefix(9)), limit: 2000) }
        throw ClosestNames.refusal(batchOnly ? .noBatchCode(digits) : .noTraceCode(digits), digits, among: candidates)
    }
}
