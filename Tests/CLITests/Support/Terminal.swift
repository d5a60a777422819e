import Foundation

/// What one run of `foodtrace` on a pseudo-terminal did: what it wrote to the terminal (standard error: standard
/// output goes to a file) and to standard output.
struct TerminalResult {
    var status: Int32
    var terminal: String
    var stdout: String
}

extension Workspace {
    /// Runs `foodtrace ARGS` with standard error on a pseudo-terminal (util-linux `script`), standard output to a
    /// file, as `run` does otherwise.
    func runOnTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> TerminalResult {
        let binary = try FoodtraceBinary.url().path
        let quoted = ([binary] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = quoted.joined(separator: " ") + " > .terminal.out < /dev/null"
        let result = try runTool("/usr/bin/script", ["-qec", command, "/dev/null"], environment: environment)
        let stdout = (try? read(".terminal.out")) ?? ""
        try? FileManager.default.removeItem(atPath: file(".terminal.out"))
        // `script` turns the terminal's line feeds into CR LF.
        return TerminalResult(
            status: result.status, terminal: result.stdout.replacingOccurrences(of: "\r\n", with: "\n"),
            stdout: stdout)
    }
}
