import Foundation

/// How a hub is run: where it listens, which store it serves, and its limits.
public struct HubConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var storePath: String
    /// The largest request body accepted, compressed or not (a push of more records is sent in several batches).
    public var maxBodyBytes: Int
    /// The largest a gzip body may inflate to.
    public var maxInflatedBytes: Int
    /// Requests per second each caller address may make on average, and the burst it may make at once.
    public var ratePerSecond: Double
    public var rateBurst: Double
    /// A connection that sends nothing for this long is closed (slow senders included).
    public var idleTimeoutSeconds: Int64
    /// Where the bound port is written once the hub listens (for `--listen HOST:0`), or `nil`.
    public var portFile: String?
    /// How often the hub signs a tree head over the records accepted since the last one.
    public var logIntervalMilliseconds: Int64
    /// The regulator's trust bundle (`foodtrace trust export`) the slip page checks slips against, served at
    /// `/s/bundle.json`; read again on each request, so a fresh export takes effect without a restart.
    public var slipBundlePath: String?
    /// The folder of recall drill reports (JSON) the console links each stored drill to, found by the SHA-256 the
    /// drill record names; `POST /drills/reports` adds to it. `nil`: the hub keeps none.
    public var drillReportsPath: String?

    /// The ceiling no configuration can raise.
    static let absoluteMaxBodyBytes = 1 << 30

    public init(
        host: String = "127.0.0.1", port: Int = 8080, storePath: String, maxBodyBytes: Int = 32 << 20,
        maxInflatedBytes: Int = 256 << 20, ratePerSecond: Double = 200, rateBurst: Double = 400,
        idleTimeoutSeconds: Int64 = 30, portFile: String? = nil, logIntervalMilliseconds: Int64 = 10_000,
        slipBundlePath: String? = nil, drillReportsPath: String? = nil
    ) {
        self.drillReportsPath = drillReportsPath
        self.logIntervalMilliseconds = max(100, logIntervalMilliseconds)
        self.slipBundlePath = slipBundlePath
        self.host = host
        self.port = port
        self.storePath = storePath
        self.maxBodyBytes = min(maxBodyBytes, Self.absoluteMaxBodyBytes)
        self.maxInflatedBytes = maxInflatedBytes
        self.ratePerSecond = ratePerSecond
        self.rateBurst = rateBurst
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.portFile = portFile
    }
}
