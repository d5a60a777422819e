import Foundation
import Testing

/// One `foodtrace` run killed with SIGKILL after a delay, and what was left.
struct CrashRun {
    /// Where the kill landed, as far as the outcome tells.
    enum Landing: String, CaseIterable {
        /// The store holds none of the input (killed before the commit).
        case none
        /// The store holds all of it (killed after the commit, or the run finished first).
        case all
        /// The run exited before the kill.
        case finished
    }

    /// Starts `arguments` in `directory`, kills it after `delay` seconds unless it finished, and waits.
    static func killed(_ arguments: [String], in directory: String, after delay: Double) throws -> CLIResult {
        let running = try FoodtraceCLI.start(arguments, in: directory)
        let deadline = Date().addingTimeInterval(delay)
        while running.isRunning, Date() < deadline { usleep(2_000) }
        if running.isRunning { running.kill() }
        return try running.wait()
    }

    /// Files a killed run may leave beside a store: SQLite's own write-ahead log and its index, nothing else.
    static func unexpectedFiles(in directory: String, expected: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { name in
            !expected.contains(name) && !name.hasPrefix(".cli-")
        }.sorted()
    }

    /// A delay in `0...limit` seconds from the seeded generator.
    static func delay(_ random: inout SeededRandom, upTo limit: Double) -> Double {
        Double(random.next() % 1_000_000) / 1_000_000 * limit
    }
}

/// The tally of a crash campaign, printed for `scripts/reliability`.
struct CrashTally {
    var command: String
    var runs = 0
    var survived = 0
    var landings: [String: Int] = [:]
    var failures: [String] = []

    mutating func add(run: Int, delay: Double, landing: String, problems: [String]) {
        runs += 1
        landings[landing, default: 0] += 1
        if problems.isEmpty {
            survived += 1
        } else {
            failures.append(
                "run \(run) (killed after \(String(format: "%.3f", delay)) s, \(landing)): "
                    + problems.joined(separator: "; "))
        }
    }

    func report() {
        var values = "runs=\(runs) survived=\(survived)"
        for (landing, count) in landings.sorted(by: { $0.key < $1.key }) { values += " \(landing)=\(count)" }
        print("RELIABILITY crash command=\(command) \(values)")
    }

    func expectAllSurvived(sourceLocation: SourceLocation = #_sourceLocation) {
        report()
        #expect(
            survived == runs, "\(runs - survived) of \(runs) killed \(command) runs left a bad store",
            sourceLocation: sourceLocation)
        for failure in failures.prefix(10) { Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation) }
    }
}
