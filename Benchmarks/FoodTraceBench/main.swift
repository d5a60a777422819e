import Foundation
import TraceStore
import TraceStorePostgres

// foodtrace-bench SCENARIO --store PATH --scale NAME (till: also --keys DIR --manifest PATH; log: --leaves N and
// --sha256-per-second N, the baseline scripts/bench measures; slip-verify: --bundle FILE --url URL [--count N])
// Scenarios print one JSON metric per line (see Metric.swift); scripts/bench collects them.
// `foodtrace-bench seal --export FILE --keys DIR --out FILE [--batch N]` seals each issuer's records of an export in
// batches (the log scenario's sealed ingest).
// `foodtrace-bench postgres-trace --store postgres://… --scale NAME`: trace up and down on a PostgreSQL store.
// `foodtrace-bench migrate --store PATH` brings a cached store to the current schema (the scenarios open stores
// read-only, which never migrates them).
let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let scenario = arguments.count > 1 ? arguments[1] : "help"
let scale = option("--scale") ?? "small"

do {
    switch scenario {
    case "trace":
        let path = option("--store")!
        try TraceBench(store: try TraceStore.open(path: path, readOnly: true), path: path, scale: scale).run()
    case "postgres-trace":
        try PostgresTraceBench(
            store: try PostgresStore.open(try PostgresLocation(option("--store")!), readOnly: true), scale: scale
        ).run()
    case "slips":
        try SlipBench(scale: scale).run()
    case "till":
        try TillBench(scale: scale).run(
            storePath: option("--store")!, keys: option("--keys")!, manifestPath: option("--manifest")!)
    case "slip-verify":
        try SlipVerifyBench(scale: scale).run(
            bundlePath: option("--bundle")!, url: option("--url")!, count: option("--count").flatMap(Int.init) ?? 200)
    case "log":
        try LogBench(
            scale: scale, sha256PerSecond: option("--sha256-per-second").flatMap(Double.init),
            leaves: option("--leaves").flatMap(UInt64.init) ?? 10_000_000
        ).run(storePath: option("--store")!)
    case "seal":
        try SealBench(batch: option("--batch").flatMap(Int.init) ?? 1000).run(
            export: option("--export")!, keys: option("--keys")!, out: option("--out")!)
    case "migrate":
        let start = Date()
        _ = try TraceStore.open(path: option("--store")!)
        FileHandle.standardError.write(
            Data(
                "foodtrace-bench: store schema current (opened for writing in \(Int(Date().timeIntervalSince(start) * 1000)) ms)\n"
                    .utf8))
    default:
        FileHandle.standardError.write(
            Data(
                "usage: foodtrace-bench trace|postgres-trace|slips|slip-verify|till|log|seal|migrate --store PATH --scale NAME [--keys DIR --manifest PATH] [--leaves N --sha256-per-second N] [--bundle FILE --url URL --count N]\n"
                    .utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("foodtrace-bench: \(error)\n".utf8))
    exit(1)
}
