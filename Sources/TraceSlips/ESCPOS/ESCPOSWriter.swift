/// Builds the byte stream for an ESC/POS receipt printer, one command at a time.
///
/// Text goes out in GB18030. Chinese mode (`FS &`) is switched on before the first text that
/// needs it, so a slip with only ASCII text never leaves the printer's default mode.
public struct ESCPOSWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private var chineseMode = false

    /// An empty stream.
    public init() {}

    /// Appends one command. `.text` is encoded in GB18030 and may throw.
    public mutating func write(_ command: ESCPOSCommand) throws(SlipError) {
        let esc = ESCPOSByte.esc
        let fs = ESCPOSByte.fs
        let gs = ESCPOSByte.gs
        switch command {
        case .initialize:
            bytes += [esc, 0x40]
            chineseMode = false
        case .chineseMode(let on):
            bytes += [fs, on ? 0x26 : 0x2E]
            chineseMode = on
        case .emphasis(let on): bytes += [esc, 0x45, on ? 1 : 0]
        case .alignment(let alignment): bytes += [esc, 0x61, alignment.rawValue]
        case .characterSize(let width, let height):
            guard (1...8).contains(width), (1...8).contains(height) else {
                throw .escpos(offset: bytes.count, reason: "character size \(width)x\(height) is outside 1-8")
            }
            bytes += [gs, 0x21, UInt8((width - 1) << 4 | (height - 1))]
        case .text(let text):
            let encoded = try GB18030.encode(text)
            if let control = encoded.first(where: { $0 < 0x20 || $0 == 0x7F }) {
                throw .escpos(
                    offset: bytes.count, reason: "text contains the control byte 0x\(String(control, radix: 16))")
            }
            if !chineseMode, encoded.contains(where: { $0 >= 0x80 }) { try write(.chineseMode(true)) }
            bytes += encoded
        case .lineFeed: bytes.append(ESCPOSByte.lf)
        case .feed(let lines):
            guard (0...255).contains(lines) else {
                throw .escpos(offset: bytes.count, reason: "feed of \(lines) lines is outside 0-255")
            }
            bytes += [esc, 0x64, UInt8(lines)]
        case .qrModel(let model):
            guard (1...2).contains(model) else {
                throw .escpos(offset: bytes.count, reason: "QR model \(model) is not 1 or 2")
            }
            qr(function: 65, [UInt8(48 + model), 0])
        case .qrModuleSize(let size):
            guard (1...16).contains(size) else {
                throw .escpos(offset: bytes.count, reason: "QR module size \(size) is outside 1-16")
            }
            qr(function: 67, [UInt8(size)])
        case .qrErrorCorrection(let level): qr(function: 69, [level.rawValue])
        case .qrStore(let data):
            guard data.count + 3 <= 0xFFFF else {
                throw .escpos(offset: bytes.count, reason: "QR data of \(data.count) bytes is too long")
            }
            qr(function: 80, [0x30] + data)
        case .qrPrint: qr(function: 81, [0x30])
        case .cut(let partial, let feed):
            if let feed {
                guard (0...255).contains(feed) else {
                    throw .escpos(offset: bytes.count, reason: "cut feed \(feed) is outside 0-255")
                }
                bytes += [gs, 0x56, partial ? 66 : 65, UInt8(feed)]
            } else {
                bytes += [gs, 0x56, partial ? 1 : 0]
            }
        }
    }

    /// Appends several commands in order.
    public mutating func write(_ commands: [ESCPOSCommand]) throws(SlipError) {
        for command in commands { try write(command) }
    }

    /// `GS ( k pL pH cn fn …` with `cn` 49 (QR code).
    private mutating func qr(function: UInt8, _ parameters: [UInt8]) {
        let length = parameters.count + 2
        bytes += [ESCPOSByte.gs, 0x28, 0x6B, UInt8(length & 0xFF), UInt8(length >> 8), 49, function]
        bytes += parameters
    }
}
