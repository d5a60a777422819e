import Foundation
import Hummingbird
import Logging
import Metrics
import NIOCore
import Prometheus
import ServiceLifecycle
import TraceStore

/// The hub's HTTP service: the native API, the EPCIS REST subset, `/healthz`, `/metrics` and `/openapi.json`,
/// run as a service-lifecycle `Service` that stops gracefully on SIGTERM and SIGINT (requests in flight finish).
public enum HubServer {
    /// Metrics go to one Prometheus registry per process (swift-metrics takes one backend, once).
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    /// The router with every route and middleware, for ``run(_:)`` and for tests that call it in process.
    public static func router(_ hub: Hub) -> Router<HubContext> {
        let registry = registry
        let router = Router(context: HubContext.self)
        router.middlewares.add(RequestLogMiddleware())
        router.middlewares.add(MetricsMiddleware())
        router.middlewares.add(
            AccessMiddleware(
                limiter: RateLimiter(rate: hub.configuration.ratePerSecond, burst: hub.configuration.rateBurst),
                anchors: TrustedKeys(store: hub.store), now: { hub.nowMilliseconds() / 1000 }))
        router.get("healthz") { _, _ in try JSONBody.response(["status": "ok"]) }
        router.get("metrics") { _, _ in
            var buffer: [UInt8] = []
            registry.emit(into: &buffer)
            return JSONBody.bytes(buffer, type: "text/plain; version=0.0.4")
        }
        router.get("openapi.json") { _, _ in
            JSONBody.bytes(PackageResources.hub_openapi_json, type: "application/json")
        }
        RecordRoutes(hub: hub).add(to: router)
        TraceRoutes(hub: hub).add(to: router)
        AuditRoutes(hub: hub).add(to: router)
        EPCISRoutes(hub: hub).add(to: router)
        LogRoutes(hub: hub).add(to: router)
        SlipPageRoutes(hub: hub).add(to: router)
        ConsoleRoutes(hub: hub).add(to: router)
        DrillReportRoutes(hub: hub).add(to: router)
        return router
    }

    /// Serves `hub` until SIGTERM or SIGINT.
    public static func run(_ hub: Hub) async throws {
        let configuration = hub.configuration
        let portFile = configuration.portFile
        let logger = hub.logger
        let app = Application(
            router: router(hub),
            server: .http1(configuration: .init(idleTimeout: .seconds(configuration.idleTimeoutSeconds))),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "foodtrace-hub"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                logger.notice(
                    "listening",
                    metadata: ["address": "\(configuration.host):\(port)", "store": "\(configuration.storePath)"])
                if let portFile { try? Data("\(port)\n".utf8).write(to: URL(fileURLWithPath: portFile)) }
            },
            logger: logger)
        var services: [any Service] = [app]
        if let log = hub.log {
            services.append(
                HubLogService(log: log, interval: .milliseconds(configuration.logIntervalMilliseconds), logger: logger))
        }
        let group = ServiceGroup(
            configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
        logger.notice("stopped")
    }
}
