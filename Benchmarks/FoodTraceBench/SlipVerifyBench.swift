import Foundation
import TraceModel
import TraceSlips

/// The offline slip check of `foodtrace slip verify`, in process: the bundle loaded once, then the QR's address
/// decoded, the record rebuilt and its signature and registration checked against the bundle, timed per check.
/// Prints the median in milliseconds (one JSON line, the baseline of the slip page's in-browser check).
struct SlipVerifyBench {
    let scale: String

    func run(bundlePath: String, url: String, count: Int) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: bundlePath)))
        let now = Timestamp(epochMilliseconds: Int64(Date().timeIntervalSince1970 * 1000))
        let bundle = try TrustBundle.load(bytes: bytes, pinnedAnchor: nil, now: now)
        var times: [Double] = []
        var genuine = 0
        for _ in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            if case .genuine = SlipVerifier.verify(payload: url, bundle: bundle) { genuine += 1 }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        times.sort()
        let median = times[times.count / 2]
        Metric(
            "slip-verify-in-process-ms", median, "ms", scale: scale,
            note: "SlipVerifier.verify of the QR address against a bundle of \(bundle.parties.count) parties, "
                + "median of \(count); \(genuine) genuine; p99 \(String(format: "%.3f", times[times.count * 99 / 100])) ms"
        ).emit()
    }
}
