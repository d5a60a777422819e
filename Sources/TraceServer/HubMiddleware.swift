import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Synchronization
import TraceSync

/// Gives every request an id (kept from `X-Request-Id` when the caller sent a short one), logs it with its
/// status and time, and sends the id back.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = HubContext
    private static let counter = Atomic<UInt64>(0)
    private static let prefix = String(UInt32.random(in: .min ... .max), radix: 36)

    func handle(_ request: Request, context: HubContext, next: (Request, HubContext) async throws -> Response)
        async throws -> Response
    {
        let sent = request.headers[.requestID].flatMap { $0.count <= 64 && $0.allSatisfy(Self.allowed) ? $0 : nil }
        let id = sent ?? "\(Self.prefix)-\(Self.counter.wrappingAdd(1, ordering: .relaxed).newValue)"
        var context = context
        context.logger[metadataKey: "request"] = "\(id)"
        let start = ContinuousClock.now
        func log(_ status: Int) {
            let elapsed = ContinuousClock.now - start
            let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            context.logger.info(
                "request",
                metadata: [
                    "method": "\(request.method.rawValue)", "path": "\(request.uri.path)", "status": "\(status)",
                    "ms": "\(String(format: "%.2f", ms))", "remote": "\(context.remote)",
                    "subject": "\(context.token?.sub ?? "-")",
                ])
        }
        do {
            var response = try await next(request, context)
            response.headers[.requestID] = id
            log(response.status.code)
            return response
        } catch var error as HubError {
            log(error.status.code)
            error.requestID = id
            throw error
        } catch let error as any HTTPResponseError {
            // Hummingbird's own errors (no such route, a body past its limit) answered as JSON like the hub's.
            log(error.status.code)
            let message =
                error.status == .notFound
                ? "no such resource: \(request.method.rawValue) \(request.uri.path) (see /openapi.json)"
                : error.status.reasonPhrase
            var answer = HubError(error.status, error.status == .notFound ? "not-found" : "http-error", message)
            answer.requestID = id
            throw answer
        } catch {
            log(500)
            context.logger.error("request failed", metadata: ["error": "\(error)"])
            var answer = HubError(.internalServerError, "internal", "the hub could not answer: \(error)")
            answer.requestID = id
            throw answer
        }
    }

    private static func allowed(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || "-_.".contains(c)) }
}

/// Refuses callers past their rate (429 with Retry-After) and reads the bearer token, if any, into the context.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = HubContext
    let limiter: RateLimiter
    let anchors: TrustedKeys
    let now: @Sendable () -> Int64

    func handle(_ request: Request, context: HubContext, next: (Request, HubContext) async throws -> Response)
        async throws -> Response
    {
        if let wait = limiter.take(context.remote) {
            var error = HubError(
                .tooManyRequests, "rate-limited", "too many requests from \(context.remote); retry after the pause")
            error.headers[.retryAfter] = String(Int(wait.rounded(.up)))
            throw error
        }
        var context = context
        if let header = request.headers[.authorization] {
            guard header.hasPrefix("Bearer ") else {
                throw HubError.unauthorized("the Authorization header must be `Bearer TOKEN`")
            }
            do {
                context.token = try HubToken.verify(String(header.dropFirst(7)), trusted: anchors.keys(), now: now())
            } catch {
                context.tokenProblem = error.message
            }
        }
        return try await next(request, context)
    }
}
