import CQRencode
import Foundation

/// A QR code made by libqrencode at error-correction level M.
///
/// libqrencode picks the smallest version that holds the text and splits it into the best modes:
/// a ``SlipPayload`` (uppercase base45) goes in alphanumeric mode, other text in 8-bit mode.
public struct QRCode: Sendable, Hashable {
    /// The symbol version, 1–40 (size 17 + 4 × version modules).
    public let version: Int
    /// Modules per side.
    public let width: Int
    /// Row-major modules; `true` is dark.
    public let modules: [Bool]

    /// libqrencode keeps shared tables; calls are serialised so concurrent slips cannot race on them.
    private static let lock = NSLock()

    /// Encodes `text` at level M; `minimumVersion` 0 lets libqrencode choose.
    public init(_ text: String, minimumVersion: Int = 0) throws(SlipError) {
        guard !text.isEmpty else { throw .qrEncoding("the text is empty") }
        guard !text.utf8.contains(0) else { throw .qrEncoding("the text contains a NUL character") }
        let made: (Int, Int, [Bool])? = QRCode.lock.withLock {
            guard let code = QRcode_encodeString(text, Int32(minimumVersion), QR_ECLEVEL_M, QR_MODE_8, 1) else {
                return nil
            }
            defer { QRcode_free(code) }
            let width = Int(code.pointee.width)
            let data = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
            return (Int(code.pointee.version), width, data.map { $0 & 1 == 1 })
        }
        guard let (version, width, modules) = made else {
            throw .qrEncoding("libqrencode refused \(text.utf8.count) bytes at level M (too long for version 40?)")
        }
        self.version = version
        self.width = width
        self.modules = modules
    }

    /// Whether the module at column `x`, row `y` is dark.
    public subscript(x: Int, y: Int) -> Bool { modules[y * width + x] }

    /// How many modules are dark.
    public var darkCount: Int { modules.reduce(0) { $0 + ($1 ? 1 : 0) } }
}
