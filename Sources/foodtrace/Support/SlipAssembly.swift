import ArgumentParser
import Foundation
import TraceGraph
import TraceModel
import TraceSlips
import TraceStore

/// Gathers what a slip shows from the store: the sale, stall and market names, and the upstream summary.
enum SlipAssembly {
    static func content(slip code: String, store: TraceStore) throws -> SlipContent {
        guard let recordID = try store.recordID(forCode: code), let stored = try store.record(id: recordID),
            stored.kind == .sell
        else { throw CLIError.input("\(code) is not a slip (no sell record with that trace code)") }
        let record = try TraceModel.Record.parse(stored.raw)
        return try store.withGraph { reader in
            let stall = try reader.party(record.issuer)
            let market = try stall?.parent.flatMap { try reader.party($0) }
            var tracer = Tracer(reader: reader)
            let trace = try tracer.up(from: code)
            let product = trace.nodes.first { $0.type == .batch }?.product ?? "—"
            do {
                return try SlipContent(record: record, marketName: market?.name ?? stall?.name ?? record.issuer,
                                       stallName: stall?.name ?? record.issuer, productName: product, upstream: upstream(of: trace))
            } catch {
                throw CLIError.input("slip \(code): \(error)")
            }
        }
    }

    /// Origin farm, slaughterhouse, certificate numbers and the latest test, from an upstream trace.
    static func upstream(of trace: TraceResult) -> SlipContent.Upstream {
        var upstream = SlipContent.Upstream()
        if let origin = trace.nodes.first(where: { $0.kind == .produce }) {
            upstream.originFarm = origin.partyName
            upstream.originPlace = origin.origin?.name
        }
        upstream.slaughterhouse = trace.nodes.first { $0.role == .slaughterhouse }?.partyName
        let documents = trace.nodes.flatMap(\.documents)
        upstream.quarantineCertificate = documents.first { $0.type == .productQuarantine }?.number
            ?? documents.first { $0.type == .animalQuarantine }?.number
        upstream.meatInspectionCertificate = documents.first { $0.type == .meatInspection }?.number
        if let test = trace.nodes.flatMap(\.tests).max(by: { (Timestamp($0.at)?.epochMilliseconds ?? 0) < (Timestamp($1.at)?.epochMilliseconds ?? 0) }),
            let date = Timestamp(test.at)
        {
            upstream.lastTest = SlipContent.LastTest(analyte: test.analyte, result: test.result, date: date)
        }
        return upstream
    }
}

/// Slip output formats shared by `sell --print` and `slip`.
enum SlipFormat: String, ExpressibleByArgument, CaseIterable {
    case text, escpos, svg, html, payload

    func render(_ content: SlipContent, width: Int, language: SlipLanguage) throws -> [UInt8] {
        let paper: SlipPaper = width == 80 ? .mm80 : .mm58
        switch self {
        case .text: return Array((TextSlip(content, paper: paper, language: language).render() + "\n").utf8)
        case .escpos: return try ESCPOSSlip(content, paper: paper, language: language).bytes()
        case .svg: return Array(try SVGSlip(content, paper: paper, language: language).render().utf8)
        case .html: return Array(try HTMLSlip(content, paper: paper, language: language).render().utf8)
        case .payload: return Array((content.payload + "\n").utf8)
        }
    }
}

extension SlipLanguage: ExpressibleByArgument {}

/// `--format`, `--width` and `--lang` for slips.
struct SlipOptions: ParsableArguments {
    @Option(help: "text, escpos, svg, html or payload.") var format: SlipFormat = .text
    @Option(help: "Paper width in mm: 58 (32 columns) or 80 (48 columns).") var width = 58
    @Option(help: "zh, en or zh+en.") var lang: SlipLanguage = .zh

    func validate() throws {
        guard width == 58 || width == 80 else { throw ValidationError("--width must be 58 or 80") }
    }
}
