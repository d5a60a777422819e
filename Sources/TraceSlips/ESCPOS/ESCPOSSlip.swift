/// A slip as the bytes an ESC/POS thermal receipt printer takes.
///
/// The layout is the ``TextSlip`` of the same paper and language: `ESC @` first; the market name
/// centred and bold; the amount bold at double height; Chinese text in GB18030 after `FS &`; the QR
/// code drawn by the printer itself (`GS ( k`: model 2, module size fitted to the paper, level M,
/// store, print); then a feed and a partial cut (`GS V 66`) last.
public struct ESCPOSSlip: Sendable {
    /// What the slip shows.
    public let content: SlipContent
    /// The paper width it is made for.
    public let paper: SlipPaper
    /// The language of labels.
    public let language: SlipLanguage

    /// A slip of `content` for `paper` in `language`.
    public init(_ content: SlipContent, paper: SlipPaper, language: SlipLanguage) {
        self.content = content
        self.paper = paper
        self.language = language
    }

    /// Dots per QR module: the largest (at most 8) that fits the symbol and its quiet zone on the paper.
    public func moduleSize() throws(SlipError) -> Int {
        let code = try QRCode(content.qrText)
        return max(1, min(8, paper.dots / (code.width + 8)))
    }

    /// The printer bytes.
    public func bytes() throws(SlipError) -> [UInt8] {
        var writer = ESCPOSWriter()
        try writer.write(.initialize)
        var alignment = ESCPOSCommand.Alignment.left
        var emphasised = false
        var doubleHeight = false
        func set(_ wanted: ESCPOSCommand.Alignment, _ bold: Bool, _ tall: Bool) throws(SlipError) {
            if wanted != alignment {
                try writer.write(.alignment(wanted))
                alignment = wanted
            }
            if bold != emphasised {
                try writer.write(.emphasis(bold))
                emphasised = bold
            }
            if tall != doubleHeight {
                try writer.write(.characterSize(width: 1, height: tall ? 2 : 1))
                doubleHeight = tall
            }
        }
        for line in TextSlip(content, paper: paper, language: language).lines {
            if let payload = line.qrPayload {
                try set(.center, false, false)
                try writer.write([
                    .qrModel(2), .qrModuleSize(try moduleSize()), .qrErrorCorrection(.m),
                    .qrStore(Array(payload.utf8)), .qrPrint, .lineFeed,
                ])
                continue
            }
            try set(line.alignment == .center ? .center : .left, line.emphasised, line.doubleHeight)
            if !line.text.isEmpty { try writer.write(.text(line.text)) }
            try writer.write(.lineFeed)
        }
        try set(.left, false, false)
        try writer.write(.cut(partial: true, feed: 48))
        return writer.bytes
    }
}
