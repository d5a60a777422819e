/// Reads ESC/POS bytes back into commands and printed text lines.
///
/// Knows the commands ``ESCPOSWriter`` emits; any other command, a truncated one, a control byte
/// outside a command, a byte from 0x80 outside Chinese mode, or invalid GB18030 is an error naming
/// the byte offset. Used by the tests and to debug `foodtrace slip --format escpos` output.
public struct ESCPOSDecoder {
    /// What a byte stream holds.
    public struct Document: Sendable, Hashable {
        /// Every command in order; printable bytes between two commands become one `.text`.
        public var commands: [ESCPOSCommand]
        /// The printed text, one entry per `LF` (a final unterminated line included).
        public var lines: [String]
        /// The data of every QR store command, as text (UTF-8).
        public var qrPayloads: [String]

        /// One command per line in mnemonic form (`ESC @`, `TEXT 追溯码`, `QR store 250 bytes`, …), for debugging.
        public var listing: String {
            commands.map(\.description).joined(separator: "\n") + "\n"
        }
    }

    private let bytes: [UInt8]
    private var index = 0
    private var chineseMode = false
    private var commands: [ESCPOSCommand] = []
    private var lines: [String] = []
    private var line = ""

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Decodes a whole byte stream.
    public static func decode(_ bytes: [UInt8]) throws(SlipError) -> Document {
        var decoder = ESCPOSDecoder(bytes)
        try decoder.run()
        if !decoder.line.isEmpty { decoder.lines.append(decoder.line) }
        let payloads = decoder.commands.compactMap { command -> String? in
            if case .qrStore(let data) = command { return String(decoding: data, as: UTF8.self) }
            return nil
        }
        return Document(commands: decoder.commands, lines: decoder.lines, qrPayloads: payloads)
    }

    private mutating func run() throws(SlipError) {
        while index < bytes.count {
            let start = index
            let byte = bytes[index]
            switch byte {
            case ESCPOSByte.lf:
                index += 1
                commands.append(.lineFeed)
                lines.append(line)
                line = ""
            case ESCPOSByte.esc: try escape(start)
            case ESCPOSByte.fs: try fileSeparator(start)
            case ESCPOSByte.gs: try groupSeparator(start)
            case 0x20..<0x7F, 0x80...0xFF: try text(start)
            default: throw SlipError.escpos(offset: start, reason: "unexpected control byte 0x\(hex(byte))")
            }
        }
    }

    private mutating func take(_ count: Int, _ what: String, from start: Int) throws(SlipError) -> ArraySlice<UInt8> {
        guard index + count <= bytes.count else { throw .escpos(offset: start, reason: "\(what) is cut short") }
        defer { index += count }
        return bytes[index..<index + count]
    }

    private mutating func escape(_ start: Int) throws(SlipError) {
        let head = try take(2, "ESC command", from: start)
        switch head.last! {
        case 0x40:
            commands.append(.initialize)
            chineseMode = false
        case 0x45: commands.append(.emphasis(try take(1, "ESC E", from: start).first! & 1 == 1))
        case 0x61:
            let n = try take(1, "ESC a", from: start).first!
            guard let alignment = ESCPOSCommand.Alignment(rawValue: n % 48) else {
                throw .escpos(offset: start, reason: "ESC a \(n) is not an alignment")
            }
            commands.append(.alignment(alignment))
        case 0x64: commands.append(.feed(lines: Int(try take(1, "ESC d", from: start).first!)))
        case let other: throw .escpos(offset: start, reason: "unknown command ESC 0x\(hex(other))")
        }
    }

    private mutating func fileSeparator(_ start: Int) throws(SlipError) {
        let head = try take(2, "FS command", from: start)
        switch head.last! {
        case 0x26: chineseMode = true
        case 0x2E: chineseMode = false
        case let other: throw .escpos(offset: start, reason: "unknown command FS 0x\(hex(other))")
        }
        commands.append(.chineseMode(chineseMode))
    }

    private mutating func groupSeparator(_ start: Int) throws(SlipError) {
        let head = try take(2, "GS command", from: start)
        switch head.last! {
        case 0x21:
            let n = try take(1, "GS !", from: start).first!
            commands.append(.characterSize(width: Int(n >> 4) + 1, height: Int(n & 0x0F) + 1))
        case 0x56:
            let m = try take(1, "GS V", from: start).first!
            switch m {
            case 0, 48: commands.append(.cut(partial: false, feed: nil))
            case 1, 49: commands.append(.cut(partial: true, feed: nil))
            case 65, 66: commands.append(.cut(partial: m == 66, feed: Int(try take(1, "GS V", from: start).first!)))
            default: throw .escpos(offset: start, reason: "GS V \(m) is not a cut mode")
            }
        case 0x28: try qrFunction(start)
        case let other: throw .escpos(offset: start, reason: "unknown command GS 0x\(hex(other))")
        }
    }

    private mutating func qrFunction(_ start: Int) throws(SlipError) {
        let head = try take(3, "GS ( command", from: start)
        guard head.first! == 0x6B else {
            throw .escpos(offset: start, reason: "unknown command GS ( 0x\(hex(head.first!))")
        }
        let length = Int(head[head.startIndex + 1]) | Int(head[head.startIndex + 2]) << 8
        guard length >= 2 else { throw .escpos(offset: start, reason: "GS ( k with a parameter length of \(length)") }
        let body = Array(try take(length, "GS ( k", from: start))
        guard body[0] == 49 else {
            throw .escpos(offset: start, reason: "GS ( k for symbol type \(body[0]), not QR (49)")
        }
        let parameters = Array(body.dropFirst(2))
        func expect(_ count: Int) throws(SlipError) {
            guard parameters.count == count else {
                throw .escpos(
                    offset: start,
                    reason: "QR function \(body[1]) has \(parameters.count) parameter bytes, expected \(count)")
            }
        }
        switch body[1] {
        case 65:
            try expect(2)
            commands.append(.qrModel(Int(parameters[0]) - 48))
        case 67:
            try expect(1)
            commands.append(.qrModuleSize(Int(parameters[0])))
        case 69:
            try expect(1)
            guard let level = ESCPOSCommand.QRErrorCorrection(rawValue: parameters[0]) else {
                throw .escpos(offset: start, reason: "QR error-correction level \(parameters[0]) is not 48-51")
            }
            commands.append(.qrErrorCorrection(level))
        case 80:
            guard parameters.first == 0x30 else {
                throw .escpos(offset: start, reason: "QR store without the 0x30 marker")
            }
            commands.append(.qrStore(Array(parameters.dropFirst())))
        case 81:
            try expect(1)
            commands.append(.qrPrint)
        case let other: throw .escpos(offset: start, reason: "unknown QR function \(other)")
        }
    }

    private mutating func text(_ start: Int) throws(SlipError) {
        while index < bytes.count, bytes[index] >= 0x20, bytes[index] != 0x7F { index += 1 }
        let run = Array(bytes[start..<index])
        if !chineseMode, let offset = run.firstIndex(where: { $0 >= 0x80 }) {
            throw .escpos(
                offset: start + offset, reason: "byte 0x\(hex(run[offset])) outside Chinese mode (FS & missing)")
        }
        let decoded: String
        do {
            decoded = try GB18030.decode(run)
        } catch {
            throw .escpos(offset: start, reason: "text is not valid GB18030 (\(error))")
        }
        commands.append(.text(decoded))
        line += decoded
    }

    private func hex(_ byte: UInt8) -> String { (byte < 16 ? "0" : "") + String(byte, radix: 16) }
}
