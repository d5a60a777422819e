import Foundation
import TraceCrypto
import TraceModel
import TraceSync

/// The slip page's files as the hub serves them, and the name of the service worker's cache, derived from them.
///
/// The worker keeps the page's files in a cache named `foodtrace-slip-` and the first 16 hex digits of SHA-256 over
/// each file it keeps (path, a newline, its size in decimal, a newline, its bytes as served) and over the worker's own
/// text before the name is written into it. A hub serving other files serves another worker, so a phone that opened
/// the page before fetches the new one on its next visit, caches the new files under the new name, and deletes the
/// old cache when the new worker activates (`slip-sw.js`).
enum SlipPageAssets {
    /// A file of the page, with its gzip form made once.
    struct Asset: Sendable {
        let type: String
        let plain: [UInt8]
        let gzip: [UInt8]
        init(_ bytes: [UInt8], _ type: String) {
            self.type = type
            plain = bytes
            gzip = Gzip.compress(bytes)
        }
    }

    static let script = "text/javascript; charset=utf-8"
    /// The page's files the worker keeps, by path, in the order the worker lists them.
    static let shell: [(path: String, asset: Asset)] = [
        ("/s", Asset(PackageResources.slip_html, "text/html; charset=utf-8")),
        ("/s/slip.js", Asset(PackageResources.slip_js, script)),
        ("/s/slip-deflate.js", Asset(PackageResources.slip_deflate_js, script)),
        ("/s/slip.css", Asset(PackageResources.slip_css, "text/css; charset=utf-8")),
    ]
    /// Where the worker's text names its cache.
    static let placeholder = "@CACHE_NAME@"

    /// The cache name of `files` (path and bytes) and the worker text `worker` (with its placeholder).
    static func cacheName(files: [(path: String, bytes: [UInt8])], worker: [UInt8]) -> String {
        var hashed: [UInt8] = []
        for (path, bytes) in files + [("/s/sw.js", worker)] {
            hashed += Array("\(path)\n\(bytes.count)\n".utf8) + bytes
        }
        return "foodtrace-slip-" + Hex.encode(Array(Digest.sha256(hashed).prefix(8)))
    }

    static let cacheName = cacheName(
        files: shell.map { ($0.path, $0.asset.plain) }, worker: PackageResources.slip_sw_js)

    /// The worker, its cache named.
    static let worker: Asset = {
        let text = String(decoding: PackageResources.slip_sw_js, as: UTF8.self)
        precondition(text.contains(placeholder), "slip-sw.js names its cache \(placeholder)")
        return Asset(Array(text.replacingOccurrences(of: placeholder, with: cacheName).utf8), script)
    }()
}
