import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import TraceModel

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
        var request: HTTPClient.Request
        do { request = try HTTPClient.Request(url: url, method: HTTPMethod(rawValue: method)) } catch {
            throw SyncError(.badData, Message.Sync.cannotMakeURL(path))
        }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let body { request.body = .bytes(body) }
        var wait = backoff
        var last = Message.verbatim("")
        for attempt in 1...attempts {
            switch Self.perform(request) {
            case .success(let response) where response.status < 500 && response.status != 429:
                return response
            case .success(let response):
                last = Message.Sync.busy(
                    "\(method) \(path)", status: response.status,
                    body: String(decoding: response.body.prefix(300), as: UTF8.self))
            case .failure(let error):
                last = Message.Sync.noAnswer("\(method) \(path)", Self.transport(error))
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

    /// The longest a request may take, connecting included (a batch of records verified by a busy hub).
    static let requestSeconds: Int64 = 120

    /// One attempt, waited for on the calling thread (never one of NIO's event loops).
    private static func perform(_ request: HTTPClient.Request) -> Result<Response, any Error> {
        do {
            let answer = try client.execute(request: request, deadline: .now() + .seconds(requestSeconds)).wait()
            var headers: [String: String] = [:]
            for (name, value) in answer.headers { headers[name] = headers[name].map { "\($0), \(value)" } ?? value }
            return .success(
                Response(
                    status: Int(answer.status.code), headers: headers,
                    body: answer.body.map { Array($0.readableBytesView) } ?? []))
        } catch {
            return .failure(error)
        }
    }

    /// Why an attempt got no answer, in words the catalogue has.
    static func transport(_ error: any Error) -> Message.Sync.Transport {
        if error is NIOConnectionError { return .cannotConnect }
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout, .readTimeout, .writeTimeout, .deadlineExceeded: return .timedOut
            case .remoteConnectionClosed: return .closed
            default: return .other("\(error)")
            }
        }
        if let error = error as? IOError, [ECONNREFUSED, EHOSTUNREACH, ENETUNREACH].contains(error.errnoCode) {
            return .cannotConnect
        }
        return .other("\(error)")
    }

    /// The process's HTTP client (async-http-client on NIO): connections are kept and reused between requests (a
    /// push sends hundreds of batches); redirects are not followed (a hub answers where it is asked, and a bearer
    /// token must not travel elsewhere); bodies are taken as sent (sync compresses and decompresses itself, with its
    /// own limits). FoundationNetworking's URLSession, used before, kept a core busy waking its dispatch threads
    /// while a push waited for the hub: the core the hub's signature checks needed.
    private static let client = HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup,
        configuration: HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: HTTPClient.Configuration.Timeout(connect: .seconds(10)),
            decompression: .disabled))
}
