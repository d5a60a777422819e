/// The ESC/POS commands FoodTrace writes to receipt printers, as ``ESCPOSWriter`` emits them and
/// ``ESCPOSDecoder`` reads them back.
public enum ESCPOSCommand: Sendable, Hashable, CustomStringConvertible {
    /// `ESC @`: reset the printer to its power-on settings.
    case initialize
    /// `FS &` (on) / `FS .` (off): Chinese (Kanji) character mode, in which bytes from 0x80 are GB18030.
    case chineseMode(Bool)
    /// `ESC E n`: emphasised (bold) printing.
    case emphasis(Bool)
    /// `ESC a n`: justification of the following lines.
    case alignment(Alignment)
    /// `GS ! n`: character magnification, 1–8 in each direction.
    case characterSize(width: Int, height: Int)
    /// Printable bytes, decoded (GB18030 in Chinese mode, ASCII otherwise).
    case text(String)
    /// `LF`: print the line buffer and advance one line.
    case lineFeed
    /// `ESC d n`: print and feed `n` lines.
    case feed(lines: Int)
    /// `GS ( k` function 165: QR model (`2` for model 2).
    case qrModel(Int)
    /// `GS ( k` function 167: size of one module in dots.
    case qrModuleSize(Int)
    /// `GS ( k` function 169: error-correction level.
    case qrErrorCorrection(QRErrorCorrection)
    /// `GS ( k` function 180: the data to encode, stored in the printer.
    case qrStore([UInt8])
    /// `GS ( k` function 181: print the stored QR code.
    case qrPrint
    /// `GS V`: cut the paper, partially or fully, after feeding `feed` motion units when given.
    case cut(partial: Bool, feed: Int?)

    /// `ESC a` justification values.
    public enum Alignment: UInt8, Sendable, Hashable {
        case left = 0
        case center = 1
        case right = 2
    }

    /// `GS ( k` function 169 values: levels L, M, Q, H.
    public enum QRErrorCorrection: UInt8, Sendable, Hashable {
        case l = 48
        case m = 49
        case q = 50
        case h = 51
    }

    /// A short mnemonic form, for debugging output.
    public var description: String {
        switch self {
        case .initialize: return "ESC @"
        case .chineseMode(let on): return on ? "FS &" : "FS ."
        case .emphasis(let on): return "ESC E \(on ? 1 : 0)"
        case .alignment(let a): return "ESC a \(a.rawValue)"
        case .characterSize(let w, let h): return "GS ! \(w)x\(h)"
        case .text(let text): return "TEXT \(text)"
        case .lineFeed: return "LF"
        case .feed(let lines): return "ESC d \(lines)"
        case .qrModel(let model): return "QR model \(model)"
        case .qrModuleSize(let size): return "QR module \(size)"
        case .qrErrorCorrection(let level): return "QR level \(level)"
        case .qrStore(let data): return "QR store \(data.count) bytes"
        case .qrPrint: return "QR print"
        case .cut(let partial, let feed):
            return "GS V \(partial ? "partial" : "full")\(feed.map { " feed \($0)" } ?? "")"
        }
    }
}

/// Control bytes of the ESC/POS command set.
enum ESCPOSByte {
    static let lf: UInt8 = 0x0A
    static let esc: UInt8 = 0x1B
    static let fs: UInt8 = 0x1C
    static let gs: UInt8 = 0x1D
}
