import Testing

@testable import TraceSlips

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3), ("追溯码", 6), ("金额 Amount", 11), ("ＡＢ", 4), ("，。「」", 8), ("ｱｲ", 2),
        ("e\u{301}", 1), ("한국", 4), ("😀", 2), ("", 0), ("a\u{200B}b", 2), ("\u{3000}", 2), ("¥12", 3),
    ])
    func widths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func scalarWidths() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x4E00)!) == 2)  // 一
        #expect(DisplayWidth.of(Unicode.Scalar(0x9FFF)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x20000)!) == 2)  // CJK extension B
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)  // combining acute
        #expect(DisplayWidth.of(Unicode.Scalar(0x3099)!) == 0)  // combining kana voiced mark, inside a wide block
        #expect(DisplayWidth.of(Unicode.Scalar(0x303F)!) == 1)  // half fill space, just past CJK punctuation
        #expect(DisplayWidth.of(Unicode.Scalar(0xFF61)!) == 1)  // halfwidth ideographic full stop
        #expect(DisplayWidth.of(Unicode.Scalar(0x00E9)!) == 1)
    }

    @Test func wrapNeverSplitsAWideCharacterOrOverflows() {
        let lines = LineLayout.wrap("河北省定州市丰收生猪养殖专业合作社", width: 7)
        #expect(lines == ["河北省", "定州市", "丰收生", "猪养殖", "专业合", "作社"])
        #expect(LineLayout.wrap("ab追溯", width: 3) == ["ab", "追", "溯"])
        for line in LineLayout.wrap("混合 mixed 文本 text 与 with 标点，。", width: 9) {
            #expect(DisplayWidth.of(line) <= 9)
        }
    }

    @Test func wrapBreaksLatinAtSpaces() {
        #expect(LineLayout.wrap("Keep this slip for tracing", width: 10) == ["Keep this", "slip for", "tracing"])
        #expect(LineLayout.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(LineLayout.wrap("", width: 5) == [""])
    }

    @Test func rowsAlignByDisplayWidth() {
        #expect(LineLayout.row("金额", "35.00 元", width: 16, rightAligned: true) == ["金额    35.00 元"])
        #expect(DisplayWidth.of(LineLayout.row("金额", "35.00 元", width: 16, rightAligned: true)[0]) == 16)
        #expect(LineLayout.row("产地", "河北省保定市定州市", width: 12, rightAligned: true) == ["产地", "  河北省保定", "  市定州市"])
        #expect(LineLayout.center("追溯码", in: 10) == "  追溯码")
    }
}
