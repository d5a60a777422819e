import Hummingbird
import Logging
import NIOCore
import TraceSync

/// What a request carries through the hub: its id, the caller's address and the token it presented, if any.
public struct HubContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The caller's IP address (rate limits are per address).
    public let remote: String
    /// The verified token, set by ``AccessMiddleware``; `nil` when none was sent.
    public var token: HubToken?
    /// Why the token sent was refused, answered only on routes that need one.
    public var tokenProblem: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remote = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Bodies are collected up to the hub's limit by the routes that take one (``HubConfiguration/maxBodyBytes``).
    public var maxUploadSize: Int { HubConfiguration.absoluteMaxBodyBytes }

    /// Throws 401 when no valid token came, 403 when it lacks `scope`.
    func require(_ scope: HubToken.Scope) throws(HubError) {
        if let tokenProblem { throw .unauthorized(tokenProblem) }
        guard let token else {
            throw .unauthorized("this needs a bearer token with scope \(scope.rawValue) (foodtrace token issue)")
        }
        guard token.allows(scope) else {
            throw .forbidden(
                "the token of \(token.sub) has scope \(token.scope.map(\.rawValue).joined(separator: ",")); this needs \(scope.rawValue)"
            )
        }
    }
}
