import ArgumentParser
import Foundation
import TraceModel
import TraceReport
import TraceStoreReport

extension FoodTrace {
    /// `foodtrace report --period 2026-11 [--area CODE | --market ID] --out report.html [--format html|pdf]`.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Report.Report"),
            discussion: HelpText.discussion(.Help.report))

        @OptionGroup var options: StoreOptions
        @Option(help: "The month, YYYY-MM (China time).") var period: String
        @Option(help: "Only parties of this area code (GB/T 2260).") var area: String?
        @Option(help: "Only this market and its stalls.") var market: String?
        @Option(help: "The file to write.") var out: String
        @Option(help: "html or pdf (default: from --out's extension, else html).") var format: String?
        @Flag(help: "Replace an existing --out file (never a key file or a store).") var force = false

        func run() throws {
            try runReporting {
                guard let month = ReportPeriod(period) else { throw CLIError.input(.badPeriod(period)) }
                if area != nil && market != nil { throw CLIError.input(.areaOrMarket) }
                let pdf = try wantsPDF()
                let chromium = pdf ? try Self.chromium() : nil
                let output = try OutputFile(out, force: force)
                let report: PeriodReport
                do {
                    report = try PeriodReportGatherer(store: try options.open(readOnly: true), clock: try Clock.now())
                        .gather(period: month, area: area, market: market)
                } catch let error as ReportGatherError {
                    throw CLIError.input(error.message)
                }
                let html = PeriodReportHTML(report, language: OutputLanguage.current).render()
                if let chromium {
                    try output.write(try Self.printPDF(html, chromium: chromium))
                } else {
                    try output.write(html)
                }
                Console.out(OutputLanguage.text(.reportWritten(path: out, findings: report.countedFindings)))
            }
        }

        func wantsPDF() throws -> Bool {
            switch format ?? (out.lowercased().hasSuffix(".pdf") ? "pdf" : "html") {
            case "html": return false
            case "pdf": return true
            case let other:
                throw CLIError.input(.optionChoice(option: "--format", value: other, choices: ["html", "pdf"]))
            }
        }

        /// The Chromium executable on PATH (`chromium`, `chromium-browser`, `google-chrome`).
        static func chromium() throws -> String {
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                for directory in path.split(separator: ":") {
                    let candidate = "\(directory)/\(name)"
                    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                }
            }
            throw CLIError.input(.noChromium)
        }

        /// `html` printed as PDF by headless Chromium, through temporary files removed afterwards.
        static func printPDF(_ html: String, chromium: String) throws -> [UInt8] {
            let folder = NSTemporaryDirectory() + "foodtrace-report-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let page = folder + "/report.html"
            try Data(html.utf8).write(to: URL(fileURLWithPath: page))
            let target = folder + "/report.pdf"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: chromium)
            process.arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=\(folder)/profile",
                "--print-to-pdf=\(target)", URL(fileURLWithPath: page).absoluteString,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            let bytes = FileManager.default.contents(atPath: target).map(Array.init) ?? []
            guard process.terminationStatus == 0, bytes.starts(with: Array("%PDF-".utf8)) else {
                throw CLIError.input(.pdfFailed(status: process.terminationStatus))
            }
            return bytes
        }
    }
}
