import Testing
import TraceModel

@Suite("Message catalogue: languages and texts")
struct MessageTests {
    @Test(
        arguments: [
            ("zh", Language.zh), ("ZH", .zh), ("zh-CN", .zh), ("en", .en), ("EN", .en), ("zh+en", .zhEn),
            ("en+zh", .zhEn), ("zh-en", .zhEn),
        ] as [(String, Language)])
    func namesALanguage(text: String, language: Language) {
        #expect(Language(name: text) == language)
    }

    @Test(arguments: ["", "fr", "zh+", "+en", "english", "zh en", "zh+en+fr", "cn"])
    func refusesANearMiss(text: String) {
        #expect(Language(name: text) == nil)
    }

    @Test func textInEachLanguage() {
        let message = Message.noRecord("sha256:ab")
        #expect(message.text(.zh) == "库中没有记录 sha256:ab")
        #expect(message.text(.en) == "no record sha256:ab in the store")
        #expect(message.text(.zhEn) == "库中没有记录 sha256:ab / no record sha256:ab in the store")
        #expect(message.description == message.zh)
    }

    @Test func verbatimTextIsNotRepeated() {
        #expect(Message.verbatim("A12").text(.zhEn) == "A12")
    }

    @Test func choicesReadAsAList() {
        let message = Message.optionChoice(option: "--format", value: "pdf", choices: ["text", "json", "html"])
        #expect(message.zh == "--format pdf：请用 text、json、html")
        #expect(message.en == "--format pdf: use text, json or html")
        let two = Message.optionChoice(option: "--method", value: "x", choices: ["returned", "destroyed"])
        #expect(two.en == "--method x: use returned or destroyed")
    }

    @Test func englishTextsHaveNoChinese() {
        let samples: [Message] = [
            .unknownLanguage(option: "--lang", value: "fr"), .cannotRead(path: "a.jsonl"),
            .cannotWrite(path: "b", reason: "full"), .noTraceCode("5101"), .noRecord("x"),
            .windowReversed(since: "a", until: "b"), .badFixedClock("x"), .notATime(option: "--at", value: "x"),
            .notPositiveDecimal(option: "--quantity", value: "-1"),
            .optionEmpty(option: "--party", needs: "参与方编号", "a party id"),
        ]
        for message in samples {
            #expect(!message.en.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) }, "\(message.key)")
            #expect(message.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(message.key)")
        }
    }
}
