// swift-tools-version:6.3
import PackageDescription

/// FoodTrace: signed batch records, a traceability graph and audit plugins.
///
/// Targets are split where their dependencies differ: the model is pure, crypto adds OpenSSL,
/// the store adds SQLite, the CLI adds argument parsing. See README.md ("Modules").
let package = Package(
    name: "FoodTrace",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "foodtrace", targets: ["foodtrace"]),
        // The hub (`foodtrace serve`, `push`, `pull`, `token`): its own executable so Hummingbird stays out of the
        // plain CLI's build; `foodtrace` runs it from beside itself.
        .executable(name: "foodtrace-hub", targets: ["foodtrace-hub"]),
        .library(name: "TraceServer", targets: ["TraceServer"]),
        .library(name: "TraceModel", targets: ["TraceModel"]),
        .library(name: "TraceCrypto", targets: ["TraceCrypto"]),
        .library(name: "TraceStore", targets: ["TraceStore"]),
        .library(name: "TraceGraph", targets: ["TraceGraph"]),
        .library(name: "TraceSlips", targets: ["TraceSlips"]),
        .library(name: "TraceInterop", targets: ["TraceInterop"]),
        .library(name: "TraceLog", targets: ["TraceLog"]),
        // The plugin SDK: what an audit plugin in another package depends on (README "Writing a plugin").
        .library(name: "FoodTraceKit", targets: ["FoodTraceKit"]),
        // The plugin ABI's C header alone, for plugins written in C (or any language with a C FFI).
        .library(name: "CFoodTracePlugin", targets: ["CFoodTracePlugin"]),
        .library(name: "TraceStoreAudit", targets: ["TraceStoreAudit"]),
        .library(name: "TraceStoreInterop", targets: ["TraceStoreInterop"]),
        .library(name: "TraceStorePostgres", targets: ["TraceStorePostgres"]),
        // Audit plugins as shared libraries, loaded with `foodtrace audit --plugin-path` (schemas/plugin-abi.md).
        .library(name: "FoodTraceSourceTickets", type: .dynamic, targets: ["SourceTicketsEntry"]),
        .library(name: "FoodTraceSchoolMeals", type: .dynamic, targets: ["SchoolMealsEntry"]),
        .library(name: "FoodTraceRecall", type: .dynamic, targets: ["RecallEntry"]),
        .library(name: "FoodTraceMarketSupervision", type: .dynamic, targets: ["MarketSupervisionEntry"]),
        .library(name: "FoodTraceAuditFixture", type: .dynamic, targets: ["AuditFixturePluginEntry"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.9.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .systemLibrary(
            name: "COpenSSL",
            path: "Sources/COpenSSL",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            path: "Sources/CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CSQLiteConfig",
            path: "Sources/CSQLiteConfig",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // libxml2, for validating EPCIS XML against the EPCIS 2.0 XSD (Foundation's XMLParser links the same library).
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "TraceModel"),
        .target(name: "TraceCrypto", dependencies: ["TraceModel", "COpenSSL"]),
        .target(name: "TraceGraph", dependencies: ["TraceModel"]),
        // The transparency log's Merkle tree (RFC 9162 §2.1), proofs and signed tree heads: pure, no store.
        .target(name: "TraceLog", dependencies: ["TraceModel", "TraceCrypto"]),
        .target(name: "TraceSlips", dependencies: ["TraceModel", "TraceCrypto", "CQRencode", "CZlib"]),
        .target(name: "TraceInterop", dependencies: ["TraceModel", "TraceCrypto", "CLibXML2"]),
        .target(
            name: "TraceStore",
            dependencies: [
                "TraceModel", "TraceCrypto", "TraceGraph", "TraceLog",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API under GRDB, for the hot loops: the graph walk (Reading/RawQuery.swift) and the
                // statements ingest runs for every record.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                // Process-wide SQLite settings made before the first connection (variadic C, see its shim.h).
                "CSQLiteConfig",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Adapters between the store and its consumers: the store itself knows none of them.
        .target(
            name: "TraceStoreAudit",
            dependencies: [
                "TraceStore", "FoodTraceKit", "TraceGraph", "TraceModel", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // The PostgreSQL engine of the store (a province's hub): the same ingest rules, run against PostgreSQL
        // through postgres-nio. Its own module, so that the SQLite store and what uses only it build without NIO.
        .target(
            name: "TraceStorePostgres",
            dependencies: [
                "TraceStore", "TraceModel", "TraceCrypto", "TraceGraph",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // The period report read from a store: the linked plugins' findings, rates, recalls and drills of a month,
        // for `foodtrace report` and the hub's console alike.
        .target(
            name: "TraceStoreReport",
            dependencies: [
                "TraceStore", "TraceStoreAudit", "TraceReport", "TraceAudit", "FoodTraceKit", "TraceModel", "Recall",
                "SourceTickets", "SchoolMeals", "MarketSupervision",
            ]),
        .target(
            name: "TraceStoreInterop",
            dependencies: ["TraceStore", "TraceModel", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "CFoodTracePlugin", path: "Sources/CFoodTracePlugin"),
        .target(
            name: "SourceTicketsEntry", dependencies: ["SourceTickets", "FoodTraceKit", "CFoodTracePlugin"],
            path: "Plugins/SourceTicketsEntry"),
        .target(
            name: "SchoolMealsEntry", dependencies: ["SchoolMeals", "FoodTraceKit", "CFoodTracePlugin"],
            path: "Plugins/SchoolMealsEntry"),
        .target(
            name: "RecallEntry", dependencies: ["Recall", "FoodTraceKit", "CFoodTracePlugin"],
            path: "Plugins/RecallEntry"
        ),
        // The plugin SDK: the plugin API and the plugin's half of the C ABI; compiled into every plugin library.
        .target(name: "FoodTraceKit", dependencies: ["TraceModel", "TraceGraph", "CFoodTracePlugin"]),
        // The host: registry, plugin loader and report formats.
        .target(name: "TraceAudit", dependencies: ["FoodTraceKit", "TraceModel", "TraceGraph", "CFoodTracePlugin"]),
        // The period report (`foodtrace report`): a pure renderer of gathered findings, rates, recalls and drills.
        .target(name: "TraceReport", dependencies: ["TraceModel", "TraceAudit", "FoodTraceKit"]),
        .target(
            name: "SourceTickets", dependencies: ["FoodTraceKit", "TraceGraph", "TraceModel"],
            path: "Plugins/SourceTickets"),
        .target(
            name: "SchoolMeals", dependencies: ["FoodTraceKit", "SourceTickets", "TraceGraph", "TraceModel"],
            path: "Plugins/SchoolMeals"),
        // TraceGraph and TraceModel named directly, not only through TraceAudit: the plugin imports both and
        // implements TraceGraph's GraphReader (an incremental build once linked it against a stale protocol).
        // Written against FoodTraceKit alone, as a plugin from outside the repository would be.
        .target(name: "MarketSupervision", dependencies: ["FoodTraceKit"], path: "Plugins/MarketSupervision"),
        .target(
            name: "MarketSupervisionEntry", dependencies: ["MarketSupervision", "FoodTraceKit"],
            path: "Plugins/MarketSupervisionEntry"),
        .target(name: "Recall", dependencies: ["FoodTraceKit", "TraceGraph", "TraceModel"], path: "Plugins/Recall"),
        .target(
            name: "TraceService",
            dependencies: [
                "TraceModel", "TraceCrypto", "TraceStore", "TraceGraph", "TraceSlips", "Recall", "SourceTickets",
            ]),
        .target(name: "TraceDemo", dependencies: ["TraceModel", "TraceCrypto"]),
        // Sync between nodes over HTTP (push, pull, hub tokens): Foundation's URLSession only, so `foodtrace` has it
        // without the server's dependencies.
        // Sync's HTTP client is async-http-client (NIO): FoundationNetworking's URLSession kept a core busy waking
        // its dispatch threads while a push waited for the hub, the core the hub's signature checks needed.
        .target(
            name: "TraceSync",
            dependencies: [
                "TraceModel", "TraceCrypto", "TraceStore", "TraceLog", "CZlib",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]),
        // The hub: the native API, the EPCIS REST binding and sync over HTTP (README "Run a hub").
        .target(
            name: "TraceServer",
            dependencies: [
                "TraceModel", "TraceCrypto", "TraceStore", "TraceStoreAudit", "TraceGraph", "TraceService",
                "TraceAudit", "TraceSync", "TraceSlips", "Recall", "SourceTickets", "SchoolMeals", "TraceLog",
                "TraceReport", "TraceStoreReport", "FoodTraceKit", "TraceInterop", "TraceStoreInterop",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // The slip page's files, served at /s and compiled into the hub (no files to install beside it).
            resources: [
                .embedInCode("Web/slip.html"), .embedInCode("Web/slip.js"), .embedInCode("Web/slip-deflate.js"),
                .embedInCode("Web/slip.css"),
                .embedInCode("Web/slip-sw.js"), .embedInCode("Web/console.css"), .embedInCode("Web/console.js"),
                // schemas/hub-openapi.json, through a link: the one copy of the document.
                .embedInCode("Web/hub-openapi.json"),
            ]
        ),
        .executableTarget(
            name: "foodtrace-hub",
            dependencies: [
                "TraceServer", "TraceStore", "TraceCrypto",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "foodtrace",
            dependencies: [
                "TraceAudit", "FoodTraceKit", "Recall", "TraceModel", "TraceCrypto", "TraceStore", "TraceStoreAudit",
                "TraceStoreInterop", "TraceStoreReport", "TraceGraph", "TraceSlips", "TraceService", "TraceDemo",
                "TraceInterop", "TraceReport", "TraceSync", "TraceLog", "TraceStorePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "foodtrace-bench",
            dependencies: [
                "TraceModel", "TraceCrypto", "TraceStore", "TraceGraph", "TraceSlips", "TraceService", "TraceDemo",
                "TraceLog", "TraceStorePostgres", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/FoodTraceBench"
        ),
        .testTarget(name: "TraceModelTests", dependencies: ["TraceModel"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "TraceCryptoTests", dependencies: ["TraceCrypto", "TraceModel"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "TraceSlipsTests", dependencies: ["TraceSlips", "TraceCrypto", "TraceModel", "TraceLog"],
            resources: [.copy("Snapshots")]),
        .testTarget(
            name: "TraceInteropTests", dependencies: ["TraceInterop", "TraceModel", "TraceCrypto"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "TraceStoreTests",
            dependencies: [
                "TraceStore", "TraceStoreAudit", "TraceStorePostgres", "FoodTraceKit", "TraceCrypto", "TraceModel",
                "TraceGraph", "TraceLog",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "PluginRuleTests",
            dependencies: [
                "Recall", "FoodTraceKit", "MarketSupervision",
                "SourceTickets", "SchoolMeals", "TraceAudit", "TraceStore", "TraceStoreAudit", "TraceCrypto",
                "TraceModel",
                "TraceGraph", "TraceDemo",
            ]),
        .target(
            name: "AuditFixturePlugin", dependencies: ["FoodTraceKit", "TraceModel"], path: "Tests/AuditFixturePlugin"),
        .target(
            name: "AuditFixturePluginEntry", dependencies: ["AuditFixturePlugin", "FoodTraceKit", "CFoodTracePlugin"],
            path: "Tests/AuditFixturePluginEntry"),
        .testTarget(
            name: "TraceAuditTests",
            dependencies: [
                "TraceAudit", "TraceStore", "TraceStoreAudit", "TraceModel", "TraceCrypto", "TraceGraph",
                "AuditFixturePlugin",
                "foodtrace",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Snapshots"), .copy("Fixtures")]),
        .testTarget(
            name: "TraceGraphTests",
            dependencies: [
                "TraceGraph", "TraceStore", "TraceDemo", "TraceModel", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "RecallTests",
            dependencies: [
                "Recall", "TraceAudit", "TraceStore", "TraceStoreAudit", "TraceGraph", "TraceCrypto", "TraceModel",
                "TraceDemo",
            ]),
        .testTarget(name: "FoodTraceKitTests", dependencies: ["FoodTraceKit"]),
        .testTarget(name: "MarketSupervisionTests", dependencies: ["MarketSupervision", "FoodTraceKit"]),
        .testTarget(
            name: "CLITests", dependencies: ["foodtrace", "TraceModel", "TraceSlips"], resources: [.copy("Snapshots")]),
        .testTarget(
            name: "InteropCLITests",
            dependencies: ["foodtrace", "foodtrace-hub", "TraceModel", "TraceSlips", "TraceCrypto"],
            exclude: ["Hub/References"]),
        .testTarget(
            name: "TraceLogTests", dependencies: ["TraceLog", "TraceCrypto", "TraceModel"], exclude: ["Reference"]),
        .testTarget(
            name: "TraceSyncTests",
            dependencies: [
                "TraceSync", "TraceModel", "TraceCrypto",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]),
        .testTarget(
            name: "ReliabilityTests",
            dependencies: [
                "foodtrace", "TraceModel", "TraceCrypto", "TraceStore", "TraceDemo", "TraceSlips", "TraceInterop",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Logging", package: "swift-log"),
            ], resources: [.copy("Fixtures")]),
    ]
)
