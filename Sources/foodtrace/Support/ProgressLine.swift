import Foundation
import TraceModel

/// A progress line on standard error for work that runs more than a moment: task, share done, rate, time left.
///
/// Shown only when standard error is a terminal and `--quiet` was not given, and only once the work has run
/// ``delay`` seconds (1 s; `FOODTRACE_PROGRESS_AFTER` sets it, for tests), so quick commands print nothing. A
/// thread of its own redraws it four times a second from a ``ProgressCounter`` the work updates; ``finish()``
/// erases it, so what the command prints after stands alone.
final class ProgressLine: @unchecked Sendable {
    /// Set by the global `--quiet` before any command runs.
    nonisolated(unsafe) static var quiet = false

    /// True when progress lines are wanted: a terminal on standard error and no `--quiet`.
    static var wanted: Bool { !quiet && Console.stderrIsTerminal }

    /// The arguments without the global `--quiet` (before a `--`), setting ``quiet`` when it was there.
    static func takeQuiet(from arguments: [String]) -> [String] {
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        let kept = arguments[..<end].filter { $0 != "--quiet" }
        if kept.count < end { quiet = true }
        return kept + arguments[end...]
    }

    static var delay: Double {
        ProcessInfo.processInfo.environment["FOODTRACE_PROGRESS_AFTER"].flatMap(Double.init) ?? 1
    }

    let counter: ProgressCounter
    private let task: Message
    private let unit: ProgressUnit
    private let started = DispatchTime.now()
    private let lock = NSLock()
    private var stopped = false
    private var shown = false
    private let done = DispatchSemaphore(value: 0)
    private var thread: Thread?

    /// A line for `task`, counting in `unit`; it starts drawing at once when wanted.
    init(task: Message, unit: ProgressUnit, counter: ProgressCounter = ProgressCounter()) {
        self.task = task
        self.unit = unit
        self.counter = counter
        guard Self.wanted else { return }
        let delay = Self.delay
        // No delay (tests): the line is drawn once at once, so even quick work shows it.
        if delay <= 0 { draw() }
        let thread = Thread { [self] in
            var waited = 0.0
            while !isStopped {
                Thread.sleep(forTimeInterval: 0.25)
                waited += 0.25
                if waited >= delay && !isStopped { draw() }
            }
            self.done.signal()
        }
        self.thread = thread
        thread.start()
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func draw() {
        let (count, total) = counter.snapshot()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let text = Message.progress(task: task, done: count, total: total, unit: unit, elapsed: elapsed)
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        shown = true
        Self.write("\r\u{1B}[K" + OutputLanguage.text(text))
    }

    /// Stops drawing and erases the line (when it was drawn).
    func finish() {
        guard thread != nil else { return }
        lock.lock()
        let wasStopped = stopped
        stopped = true
        let erase = shown
        lock.unlock()
        guard !wasStopped else { return }
        done.wait()
        if erase { Self.write("\r\u{1B}[K") }
    }

    /// Runs `body` with a line for `task`, finishing it however `body` ends.
    static func around<T>(
        task: Message, unit: ProgressUnit, counter: ProgressCounter = ProgressCounter(),
        _ body: (ProgressCounter) throws -> T
    ) rethrows -> T {
        let line = ProgressLine(task: task, unit: unit, counter: counter)
        defer { line.finish() }
        return try body(counter)
    }

    private static func write(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { raw in _ = Foundation.write(2, raw.baseAddress, raw.count) }
    }
}
