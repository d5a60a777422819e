import Testing
import TraceModel

@testable import TraceSlips

@Suite struct ESCPOSTests {
    @Test(arguments: [(SlipPaper.mm58, SlipLanguage.zh), (.mm80, .zhEn), (.mm58, .en)])
    func bytesMatchSnapshotAndDecodeBack(paper: SlipPaper, language: SlipLanguage) throws {
        let content = Fixtures.content()
        let bytes = try ESCPOSSlip(content, paper: paper, language: language).bytes()
        Snapshot.check(bytes, named: "escpos-\(paper.rawValue)-\(language.rawValue).bin")

        let document = try ESCPOSDecoder.decode(bytes)
        #expect(document.commands.first == .initialize)
        #expect(document.commands.last == .cut(partial: true, feed: 48))
        #expect(Array(bytes.prefix(2)) == [0x1B, 0x40])
        #expect(Array(bytes.suffix(4)) == [0x1D, 0x56, 66, 48])

        // The printed lines are the text slip's lines (the QR line prints no text).
        let expected = TextSlip(content, paper: paper, language: language).lines.map {
            $0.qrPayload == nil ? $0.text : ""
        }
        #expect(document.lines == expected)

        // The QR code: model 2, a module size, level M, store exactly the payload, print — in that order.
        #expect(document.qrPayloads == [content.payload])
        let qr = document.commands.filter {
            switch $0 {
            case .qrModel, .qrModuleSize, .qrErrorCorrection, .qrStore, .qrPrint: return true
            default: return false
            }
        }
        let moduleSize = try ESCPOSSlip(content, paper: paper, language: language).moduleSize()
        #expect(
            qr == [
                .qrModel(2), .qrModuleSize(moduleSize), .qrErrorCorrection(.m), .qrStore(Array(content.payload.utf8)),
                .qrPrint,
            ])
        #expect(moduleSize * (try QRCode(content.payload).width + 8) <= paper.dots)
        #expect(document.listing.hasPrefix("ESC @\n"))
        #expect(document.listing.contains("QR store \(content.payload.utf8.count) bytes\nQR print\n"))
    }

    @Test func chineseTextIsGB18030AfterChineseMode() throws {
        let bytes = try ESCPOSSlip(Fixtures.content(), paper: .mm58, language: .zh).bytes()
        let document = try ESCPOSDecoder.decode(bytes)
        #expect(document.lines.contains("北京市朝阳区双井农贸市场"))
        #expect(document.lines.contains(LineLayout.row("动物检疫合格证明", "1301234567", width: 32, rightAligned: true)[0]))
        let modeOn = try #require(document.commands.firstIndex(of: .chineseMode(true)))
        let firstChinese = try #require(
            document.commands.firstIndex {
                if case .text(let t) = $0 { return t.contains { !$0.isASCII } } else { return false }
            })
        #expect(modeOn < firstChinese)
        // 追溯码 in GB18030 (GBK range) is D7 B7 CB DD C2 EB.
        let gb = try GB18030.encode("追溯码")
        #expect(gb == [0xD7, 0xB7, 0xCB, 0xDD, 0xC2, 0xEB])
        #expect(bytes.firstRange(of: gb) != nil)
        #expect(bytes.firstRange(of: Array("追溯码".utf8)) == nil)
    }

    @Test func amountIsBoldAtDoubleHeight() throws {
        let document = try ESCPOSDecoder.decode(try ESCPOSSlip(Fixtures.content(), paper: .mm80, language: .en).bytes())
        let amountText = try #require(
            document.commands.firstIndex {
                if case .text(let t) = $0 { return t.hasPrefix("Amount") } else { return false }
            })
        let before = document.commands[..<amountText]
        #expect(
            before.last { if case .characterSize = $0 { return true } else { return false } }
                == .characterSize(width: 1, height: 2))
        #expect(before.last { if case .emphasis = $0 { return true } else { return false } } == .emphasis(true))
        let after = document.commands[amountText...]
        #expect(
            after.first { if case .characterSize = $0 { return true } else { return false } }
                == .characterSize(width: 1, height: 1))
    }

    @Test func asciiOnlySlipNeverEntersChineseMode() throws {
        var content = Fixtures.content(upstream: .init(originPlace: "Dingzhou, Hebei"))
        content.marketName = "Shuangjing Market"
        content.stallName = "Wang's Pork"
        content.productName = "Pork leg"
        let document = try ESCPOSDecoder.decode(try ESCPOSSlip(content, paper: .mm58, language: .en).bytes())
        #expect(!document.commands.contains(.chineseMode(true)))
        #expect(document.lines.contains("Shuangjing Market"))
    }

    @Test func gb18030RoundTripsBeyondGBK() throws {
        let text = "𠀀 € é 追溯码 ¥"  // CJK extension B and other characters in GB18030's four-byte range
        let encoded = try GB18030.encode(text)
        #expect(try GB18030.decode(encoded) == text)
        #expect(encoded.count > text.unicodeScalars.count)
    }

    @Test func decoderRefusesBrokenStreams() {
        func refuses(_ bytes: [UInt8], _ fragment: String) {
            #expect {
                _ = try ESCPOSDecoder.decode(bytes)
            } throws: { error in
                "\(error)".contains(fragment)
            }
        }
        refuses([0x1B, 0x40, 0xD7, 0xB7, 0x0A], "outside Chinese mode")
        refuses([0x1B, 0x40, 0x1C, 0x26, 0xD7, 0x0A], "GB18030")
        refuses([0x1B], "cut short")
        refuses([0x1D, 0x28, 0x6B, 0x09, 0x00, 0x31, 0x50, 0x30], "cut short")
        refuses([0x1B, 0x7A], "unknown command ESC 0x7a")
        refuses([0x07], "control byte 0x07")
    }
}
