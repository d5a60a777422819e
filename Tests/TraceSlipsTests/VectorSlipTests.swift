import Foundation
import Testing
import TraceCrypto
import TraceModel

@testable import TraceSlips

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the `d` of every `<path>` and reports whether the document parsed.
private final class PathCollector: NSObject, XMLParserDelegate {
    var paths: [String] = []
    var elements = 0
    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements += 1
        if name == "path", let d = attributes["d"] { paths.append(d) }
    }
}

private func parseXML(_ text: String) -> (ok: Bool, collector: PathCollector) {
    let parser = XMLParser(data: Data(text.utf8))
    let collector = PathCollector()
    parser.delegate = collector
    return (parser.parse(), collector)
}

private func tool(_ name: String) -> String? {
    ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + name }.first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
}

@discardableResult
private func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite struct VectorSlipTests {
    @Test(arguments: SlipPaper.allCases)
    func svgIsWellFormedWithOneSquarePerDarkModule(paper: SlipPaper) throws {
        let svg = try SVGSlip(Fixtures.content(), paper: paper, language: .zhEn).render()
        let (ok, collector) = parseXML(svg)
        #expect(ok, "SVG is not well-formed XML")
        #expect(collector.paths.count == 1)
        let d = try #require(collector.paths.first)
        let code = try QRCode(Fixtures.samplePayload)
        #expect(d.components(separatedBy: "M").count - 1 == code.darkCount)
        #expect(d.components(separatedBy: "h1v1h-1z").count - 1 == code.darkCount)
        // The quiet zone: no square starts left of or above module 4, none past the symbol.
        let origins = d.split(separator: "M").map { $0.prefix { $0 != "h" }.split(separator: " ").map { Int($0)! } }
        #expect(origins.allSatisfy { $0[0] >= 4 && $0[1] >= 4 && $0[0] < code.width + 4 && $0[1] < code.width + 4 })
        #expect(svg.contains("font-family=\"sans-serif\""))
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(svg.contains("追溯码 Trace code"))
        #expect(!svg.contains("href"), "no external assets")
    }

    @Test func qrCodeComesFromLibqrencode() throws {
        let small = try QRCode("HELLO WORLD")
        #expect(small.version == 1)  // 11 alphanumeric characters fit version 1 at M (capacity 20)
        #expect(small.width == 21)
        #expect(small.modules.count == 21 * 21)
        // Finder pattern: the top-left 7×7 ring is dark, the ring inside it light, the centre 3×3 dark.
        #expect((0..<7).allSatisfy { small[$0, 0] && small[0, $0] && small[$0, 6] && small[6, $0] })
        #expect((1..<6).allSatisfy { !small[$0, 1] && !small[1, $0] })
        #expect((2..<5).allSatisfy { x in (2..<5).allSatisfy { small[x, $0] } })
        // 21 alphanumeric characters overflow version 1 at M; 21 lowercase need 8-bit mode and more room still.
        #expect(try QRCode(String(repeating: "A", count: 21)).version == 2)
        #expect(try QRCode(String(repeating: "a", count: 21)).version == 2)
        #expect(try QRCode(String(repeating: "a", count: 15)).version == 2)
        #expect(throws: SlipError.self) { try QRCode(String(repeating: "a", count: 3000)) }
    }

    @Test func textIsEscaped() throws {
        var content = Fixtures.content()
        content.marketName = "A&B <Market> \"Q\" 'x'"
        let svg = try SVGSlip(content, paper: .mm58, language: .en).render()
        #expect(parseXML(svg).ok)
        #expect(svg.contains("A&amp;B &lt;Market&gt; &quot;Q&quot; &#39;x&#39;"))
        #expect(!svg.contains("<Market>"))
        let html = try HTMLSlip(content, paper: .mm58, language: .en).render()
        #expect(
            html.contains(
                #"<h1><span class="w">A&amp;B</span> <span class="w">&lt;Market&gt;</span> <span class="w">&quot;Q&quot;</span> <span class="w">&#39;x&#39;</span></h1>"#
            ))
        #expect(!html.contains("<Market>"))
    }

    @Test func htmlIsSelfContained() throws {
        let html = try HTMLSlip(Fixtures.content(), paper: .mm80, language: .zh).render()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<html lang=\"zh-CN\">"))
        #expect(html.contains("sans-serif;"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        #expect(
            html.contains(
                #"<div class="f amount"><span class="l">金额</span><span class="v"><span class="w">35.00</span> 元</span></div>"#
            ))
        #expect(
            html.contains(
                #"<span class="l">动物检疫合格证明</span><span class="v"><span class="w">1301234567</span></span>"#))
        let start = try #require(html.range(of: "<svg"))
        let end = try #require(html.range(of: "</svg>"))
        let (ok, collector) = parseXML(String(html[start.lowerBound..<end.upperBound]))
        #expect(ok)
        #expect(
            collector.paths.first?.components(separatedBy: "M").count == (try QRCode(Fixtures.samplePayload).darkCount)
                + 1)
    }

    static let toolsPresent = tool("rsvg-convert") != nil && tool("zbarimg") != nil

    @Test(
        .enabled(if: toolsPresent, "needs rsvg-convert (librsvg2-bin) and zbarimg (zbar-tools)"),
        arguments: SignatureAlgorithm.allCases)
    func svgQRScansBackToThePayload(algorithm: SignatureAlgorithm) throws {
        let key = Fixtures.key(algorithm)
        let record = Fixtures.signedSale(key)
        let content = try SlipContent(
            record: record, marketName: "双井农贸市场", stallName: "王记猪肉", productName: "白条猪肉", upstream: Fixtures.upstream)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("slip.svg")
        let png = folder.appendingPathComponent("slip.png")
        try Data(try SVGSlip(content, paper: .mm58, language: .zh).render().utf8).write(to: svg)
        let converted = try run(tool("rsvg-convert")!, ["--background-color", "white", "-o", png.path, svg.path])
        #expect(converted.status == 0)
        let scanned = try run(tool("zbarimg")!, ["--raw", "-q", png.path])
        #expect(scanned.status == 0)
        let text = scanned.output.hasSuffix("\n") ? String(scanned.output.dropLast()) : scanned.output
        #expect(text == content.payload)
        #expect(SlipVerifier.verify(payload: text, bundle: Fixtures.bundle(stallKey: key.publicKey)).isGenuine)
    }
}
