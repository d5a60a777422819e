import ArgumentParser
import Foundation

extension FoodTrace {
    /// `foodtrace serve`: runs `foodtrace-hub`, the hub's own executable, found beside `foodtrace`.
    ///
    /// The hub's HTTP server (Hummingbird and SwiftNIO) is kept out of `foodtrace` itself, so that building the CLI
    /// stays quick; `swift build` builds both.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Serve.Serve"),
            discussion: HelpText.discussion(.Help.discussion("Serve.Serve")))

        @Argument(parsing: .captureForPassthrough, help: "Options passed to foodtrace-hub.")
        var arguments: [String] = []

        func run() throws {
            let path = try Self.hubExecutable()
            var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) }
            argv.append(nil)
            execv(path, argv)
            throw CLIError.internal(.cannotRun(path, OutputFile.system(errno)))
        }

        /// `$FOODTRACE_HUB_BIN`, else `foodtrace-hub` in the folder of the running `foodtrace`; a missing hub is an
        /// installation's failure (exit 4), not bad input.
        static func hubExecutable() throws -> String {
            if let path = ProcessInfo.processInfo.environment["FOODTRACE_HUB_BIN"], !path.isEmpty { return path }
            let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            let path = me.deletingLastPathComponent().appendingPathComponent("foodtrace-hub").path
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw CLIError.internal(.noHubBinary(path))
            }
            return path
        }
    }
}
