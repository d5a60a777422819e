import TraceModel

/// A slip in one language as an ordered list of blocks, before any layout.
///
/// Every renderer starts from these blocks, so text, printer, SVG and HTML slips say the same
/// thing in the same order; each decides only how to lay them out.
struct SlipSheet: Sendable {
    enum Block: Sendable, Hashable {
        /// The market's name: centred, emphasised.
        case title(String)
        /// The stall line under the title: the stall's public name (its registered name, no party id), centred.
        case subtitle(String)
        /// A horizontal rule between sections.
        case rule
        /// A label and its value; `emphasised` for the amount charged.
        case field(label: String, value: String, emphasised: Bool)
        /// A section heading.
        case heading(String)
        /// A trace code, grouped for reading, centred.
        case code(String)
        /// The QR code carrying the payload, with a caption.
        case qr(payload: String, caption: String)
        /// A closing line, centred.
        case note(String)
    }

    let language: SlipLanguage
    let blocks: [Block]

    init(_ content: SlipContent, language l: SlipLanguage) {
        self.language = l
        var blocks: [Block] = [
            .title(content.marketName),
            .subtitle(SlipWords.stall(l) + " " + content.stallName),
            .rule,
            .field(label: SlipWords.product(l), value: content.productName, emphasised: false),
            .field(
                label: SlipWords.quantity(l, unit: content.quantity.unit),
                value: SlipWords.quantity(content.quantity, pricedIn: content.pricedIn, l), emphasised: false),
            .field(
                label: SlipWords.unitPrice(l),
                value: SlipWords.price(content.unitPrice, per: content.quantity.unit, pricedIn: content.pricedIn, l),
                emphasised: false),
            .field(label: SlipWords.amount(l), value: SlipWords.money(content.amount, l), emphasised: true),
            .field(label: SlipWords.time(l), value: SlipWords.time(content.soldAt), emphasised: false),
            .rule,
            .heading(SlipWords.traceCode(l)),
            .code(content.slipCode.grouped),
            .field(label: SlipWords.batch(l), value: content.batchCode.grouped, emphasised: false),
        ]
        let up = content.upstream
        if !up.isEmpty {
            blocks += [.rule, .heading(SlipWords.source(l))]
            let optional: [(String, String?)] = [
                (SlipWords.farm(l), up.originFarm),
                (SlipWords.origin(l), up.originPlace),
                (SlipWords.slaughterhouse(l), up.slaughterhouse),
                (SlipWords.quarantine(l), up.quarantineCertificate),
                (SlipWords.meatInspection(l), up.meatInspectionCertificate),
                (
                    SlipWords.lastTest(l),
                    up.lastTest.map { test in
                        [
                            SlipWords.analyte(test.analyte, l), SlipWords.result(test.result, l),
                            SlipWords.date(test.date),
                        ].joined(separator: " ")
                    }
                ),
            ]
            for case (let label, let value?) in optional {
                blocks.append(.field(label: label, value: value, emphasised: false))
            }
        }
        blocks += [.rule, .qr(payload: content.qrText, caption: SlipWords.scan(l)), .note(SlipWords.keep(l))]
        self.blocks = blocks
    }
}
