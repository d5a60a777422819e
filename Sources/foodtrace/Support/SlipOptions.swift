import ArgumentParser
import Foundation
import TraceModel
import TraceSlips

/// Slip output formats shared by `sell --print` and `slip`.
enum SlipFormat: String, ExpressibleByArgument, CaseIterable {
    case text, escpos, svg, html, payload, url

    func render(_ content: SlipContent, width: Int, language: SlipLanguage) throws -> [UInt8] {
        let paper: SlipPaper = width == 80 ? .mm80 : .mm58
        switch self {
        case .text: return Array((TextSlip(content, paper: paper, language: language).render() + "\n").utf8)
        case .escpos: return try ESCPOSSlip(content, paper: paper, language: language).bytes()
        case .svg: return Array(try SVGSlip(content, paper: paper, language: language).render().utf8)
        case .html: return Array(try HTMLSlip(content, paper: paper, language: language).render().utf8)
        case .payload: return Array((content.payload + "\n").utf8)
        case .url:
            guard content.hubURL != nil else {
                throw CLIError.input(.noHubURL)
            }
            return Array((content.qrText + "\n").utf8)
        }
    }
}

/// `--format` and `--width` for slips (the language is the global `--lang`).
struct SlipOptions: ParsableArguments {
    @Option(help: "text, escpos, svg, html, payload or url (the slip page address the QR code carries).") var format:
        SlipFormat = .text
    @Option(help: "Paper width in mm: 58 (32 columns) or 80 (48 columns).") var width = 58

    func validate() throws {
        guard width == 58 || width == 80 else { throw ValidationError(OutputLanguage.text(.slipWidth)) }
    }
}
