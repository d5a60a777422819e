import Foundation
import TraceModel
import TraceStore

/// `foodtrace pull`: copies a hub's records (all, one party's, or an area's) into a local store, page by page.
///
/// Each page is one all-or-nothing ingest into the local store, and the hub's position after it is saved in a small
/// file beside the store (``cursorPath``) once the page is stored: a pull cut anywhere starts again from the last
/// page stored, and a page stored twice changes nothing.
public struct Pull {
    public struct Outcome: Sendable, Equatable {
        public var pages = 0
        public var received = 0
        public var accepted = 0
        public var alreadyPresent = 0
    }

    public let store: TraceStore
    public let client: HubClient
    public var filter: RecordFilter
    public var pageSize: Int
    /// The ingest time of pulled records (milliseconds since 1970), from the caller's clock.
    public var now: @Sendable () -> Int64

    public init(
        store: TraceStore, client: HubClient, filter: RecordFilter = RecordFilter(), pageSize: Int = 5_000,
        now: @escaping @Sendable () -> Int64
    ) {
        self.store = store
        self.client = client
        self.filter = filter
        self.pageSize = max(1, pageSize)
        self.now = now
    }

    /// The file that holds the positions reached at each hub: `<store>.pull.json`.
    public var cursorPath: String? { store.path.map { $0 + ".pull.json" } }

    /// The key of this pull's position in the cursor file: the hub and the filter.
    var cursorKey: String {
        "\(client.base.absoluteString) party=\(filter.party ?? "*") area=\(filter.area ?? "*")"
    }

    public func run(progress: (Outcome) -> Void = { _ in }) throws(SyncError) -> Outcome {
        var cursors = readCursors()
        var after = cursors[cursorKey] ?? 0
        var outcome = Outcome()
        while true {
            var query = [
                URLQueryItem(name: "after", value: String(after)), .init(name: "limit", value: String(pageSize)),
            ]
            if let party = filter.party { query.append(.init(name: "party", value: party)) }
            if let area = filter.area { query.append(.init(name: "area", value: area)) }
            let response = try client.send(
                "GET", "/records", query: query, headers: ["Accept": HubWire.recordsType, "Accept-Encoding": "gzip"])
            guard response.status == 200 else {
                throw SyncError(
                    .refused, Message.Sync.refused(request: "GET /records", hub: HubWire.message(of: response)),
                    status: response.status)
            }
            let body =
                Gzip.isGzip(response.body) ? try Gzip.decompress(response.body, limit: 1 << 30) : response.body
            guard let nextText = response.header(HubWire.nextHeader), let next = Int64(nextText) else {
                throw SyncError(.badData, Message.Sync.noNextHeader(HubWire.nextHeader))
            }
            let lines = IngestLine.split(body)
            if !lines.isEmpty {
                let report: IngestReport
                do {
                    report = try store.ingest(lines, source: "\(client.base.absoluteString) after \(after)", now: now())
                } catch { throw SyncError(.store, Message.Sync.cannotIngest(error.text)) }
                guard report.rejected.isEmpty else {
                    throw SyncError(
                        .refused,
                        Message.Sync.localRefused(
                            count: report.rejected.count, after: after, reasons: report.rejected.prefix(20).map(\.text))
                    )
                }
                outcome.pages += 1
                outcome.received += lines.count
                outcome.accepted += report.accepted
                outcome.alreadyPresent += report.alreadyPresent
            }
            after = max(after, next)
            cursors[cursorKey] = after
            try writeCursors(cursors)
            progress(outcome)
            if response.header(HubWire.endHeader) == "true" || lines.isEmpty { return outcome }
        }
    }

    private func readCursors() -> [String: Int64] {
        guard let path = cursorPath, let data = FileManager.default.contents(atPath: path) else { return [:] }
        return (try? JSONDecoder().decode([String: Int64].self, from: data)) ?? [:]
    }

    /// Written to a temporary file and renamed over the old one: a crash leaves the old positions or the new ones.
    private func writeCursors(_ cursors: [String: Int64]) throws(SyncError) {
        guard let path = cursorPath else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let temporary = path + ".tmp"
            try encoder.encode(cursors).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else { throw SyncError(.store, Message.Sync.cannotRename(temporary)) }
        } catch let error as SyncError {
            throw error
        } catch {
            throw SyncError(.store, Message.Sync.cannotKeepPosition(path, detail: "\(error)"))
        }
    }
}
