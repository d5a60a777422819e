import Foundation
import Hummingbird
import Logging
import TraceStore
import TraceSync

/// What every route of a hub shares: the store, the limits, the clock, the metrics and the audit jobs.
public final class Hub: Sendable {
    public let store: TraceStore
    public let configuration: HubConfiguration
    let logger: Logger
    let metrics: HubMetrics
    let audits: AuditJobs
    /// EPCIS capture jobs (`POST /capture`).
    let captures: CaptureJobs
    /// The recall drill reports the hub keeps (``HubConfiguration/drillReportsPath``).
    let drillReports: DrillReportFolder
    /// Period reports gathered for the console's findings page and report download.
    let periodReports = PeriodReportCache()
    /// The transparency log, when the hub keeps one (`foodtrace serve` always does).
    public let log: HubLog?
    /// Milliseconds since 1970, for ingest stamps and token expiry.
    let nowMilliseconds: @Sendable () -> Int64

    public init(
        store: TraceStore, configuration: HubConfiguration, logger: Logger, log: HubLog? = nil,
        now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
    ) {
        self.log = log
        self.store = store
        self.configuration = configuration
        self.logger = logger
        metrics = HubMetrics()
        audits = AuditJobs(store: store, logger: logger, now: now)
        captures = CaptureJobs(store: store, logger: logger, now: now)
        drillReports = DrillReportFolder(path: configuration.drillReportsPath)
        nowMilliseconds = now
    }

    /// The request's body, inflated when it came gzip-compressed, within the configured limits (413 past them).
    func body(of request: Request, context: HubContext) async throws -> [UInt8] {
        let encoding = request.headers[.contentEncoding]?.lowercased().trimmingCharacters(in: .whitespaces)
        guard encoding == nil || encoding == "identity" || encoding == "gzip" else {
            throw HubError(
                .unsupportedMediaType, "unsupported-encoding",
                "Content-Encoding \(encoding ?? ""): send the body as is or gzip-compressed")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > configuration.maxBodyBytes {
            throw Self.tooLarge(configuration.maxBodyBytes)
        }
        var buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: configuration.maxBodyBytes)
        } catch {
            throw Self.tooLarge(configuration.maxBodyBytes)
        }
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        guard encoding == "gzip" else { return bytes }
        do {
            return try Gzip.decompress(bytes, limit: configuration.maxInflatedBytes)
        } catch {
            if error.message.contains("inflates to more") {
                throw HubError(.contentTooLarge, "body-too-large", error.message)
            }
            throw HubError.badRequest(error.message)
        }
    }

    static func tooLarge(_ limit: Int) -> HubError {
        HubError(
            .contentTooLarge, "body-too-large",
            "the body is larger than \(limit) bytes; push in smaller batches (foodtrace push does)")
    }
}
