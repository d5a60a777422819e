import Foundation
import TraceModel

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// An HTTP client for a hub: one request at a time, retried with exponential backoff while the hub cannot be
/// reached or answers that it is busy (5xx, 429), never when it refused what was sent (other 4xx).
public struct HubClient: Sendable {
    /// What the hub answered.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: [UInt8]

        /// A header by name, case-insensitively.
        public func header(_ name: String) -> String? {
            headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    public let base: URL
    public var token: String?
    /// Attempts per request before giving up (the first one included).
    public var attempts: Int
    /// The first wait between attempts, doubled after each one up to ``maximumBackoff``.
    public var backoff: TimeInterval
    public var maximumBackoff: TimeInterval
    /// Where retries are told (a line each); `nil` for silence.
    public var log: (@Sendable (Message) -> Void)?

    /// A client of the hub at `url` (`http://host:port`, an optional path prefix kept).
    public init(url: String, token: String? = nil, attempts: Int = 8, backoff: TimeInterval = 0.25) throws(SyncError) {
        guard let base = URL(string: url), let scheme = base.scheme, ["http", "https"].contains(scheme),
            base.host != nil
        else { throw SyncError(.badData, Message.Sync.notAHubURL(url)) }
        self.base = base
        self.token = token
        self.attempts = max(1, attempts)
        self.backoff = backoff
        maximumBackoff = 8
    }

    /// Sends one request, retrying as described above.
    /// - Throws: ``SyncError/Code/unreachable`` when every attempt failed to get an answer or got 5xx/429.
    public func send(
        _ method: String, _ path: String, query: [URLQueryItem] = [], body: [UInt8]? = nil,
        headers: [String: String] = [:]
    ) throws(SyncError) -> Response {
        var components = URLComponents(url: base, resolvingAgainstBaseURL: false)!
        components.path = (components.path.hasSuffix("/") ? String(components.path.dropLast()) : components.path) + path
        if !query.isEmpty { components.queryItems = query }
        guard let url = components.url else { throw SyncError(.badData, Message.Sync.cannotMakeURL(path)) }
        var request = URLRequest(url: url, timeoutInterval: 120)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body { request.httpBody = Data(body) }
        var wait = backoff
        var last = ""
        for attempt in 1...attempts {
            switch Self.perform(request) {
            case .success(let response) where response.status < 500 && response.status != 429:
                return response
            case .success(let response):
                last =
                    "\(method) \(path): HTTP \(response.status) \(String(decoding: response.body.prefix(300), as: UTF8.self))"
            case .failure(let error):
                last = "\(method) \(path): \(error.localizedDescription)"
            }
            guard attempt < attempts else { break }
            log?(
                Message.Sync.retrying(
                    last, seconds: String(format: "%.2f", wait), attempt: attempt + 1, of: attempts))
            Thread.sleep(forTimeInterval: wait)
            wait = min(wait * 2, maximumBackoff)
        }
        throw SyncError(
            .unreachable, Message.Sync.unreachable(base.absoluteString, attempts: attempts, last: last))
    }

    /// One attempt, waited for.
    private static func perform(_ request: URLRequest) -> Result<Response, any Error> {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
            if let error {
                box.result = .failure(error)
            } else if let http = response as? HTTPURLResponse {
                var headers: [String: String] = [:]
                for (name, value) in http.allHeaderFields {
                    if let name = name as? String, let value = value as? String { headers[name] = value }
                }
                box.result = .success(Response(status: http.statusCode, headers: headers, body: Array(data ?? Data())))
            } else {
                box.result = .failure(URLError(.badServerResponse))
            }
            done.signal()
        }
        task.resume()
        done.wait()
        return box.result ?? .failure(URLError(.unknown))
    }
}

/// Carries a result out of URLSession's completion handler (written once, read after the semaphore).
private final class ResultBox: @unchecked Sendable {
    var result: Result<HubClient.Response, any Error>?
}
