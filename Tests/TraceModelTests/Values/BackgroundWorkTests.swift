import Dispatch
import Testing
import TraceModel

/// Work handed to a background queue and collected later: its value or error, once, however often asked; work never
/// started runs on the caller.
@Suite("BackgroundWork")
struct BackgroundWorkTests {
    private struct Refused: Error, Equatable { var reason: String }

    // Guards: started work runs off the caller's thread, and asking twice neither waits again nor runs it again.
    @Test func startedWorkRunsElsewhereOnceAndIsCollectedAsOftenAsAsked() throws {
        let gate = DispatchSemaphore(value: 0)
        let runs = Counter()
        let work = BackgroundWork<[Int], Never> {
            // Times out only if the work runs on the thread that opens the gate after starting it.
            let opened = gate.wait(timeout: .now() + 5) == .success
            runs.add()
            return opened ? Parallel.map(4) { $0 * $0 } : []
        }
        work.start()
        work.start()
        gate.signal()
        #expect(work.result() == [0, 1, 4, 9])
        #expect(work.result() == [0, 1, 4, 9])
        #expect(runs.value == 1)
    }

    // Guards: an error thrown by the work reaches the caller, typed.
    @Test func anErrorReachesTheCaller() {
        let work = BackgroundWork<Int, Refused> { () throws(Refused) -> Int in throw Refused(reason: "no") }
        work.start()
        #expect(throws: Refused(reason: "no")) { try work.result() }
    }

    // Guards: work never started runs when its result is first asked for, and only then.
    @Test func workNeverStartedRunsOnTheCaller() throws {
        let runs = Counter()
        let work = BackgroundWork<Int, Never> {
            runs.add()
            return 7
        }
        #expect(runs.value == 0)
        #expect(work.result() == 7)
        #expect(work.result() == 7)
        #expect(runs.value == 1)
    }
}

/// A count shared with background work.
private final class Counter: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var count = 0

    func add() {
        lock.wait()
        count += 1
        lock.signal()
    }

    var value: Int {
        lock.wait()
        defer { lock.signal() }
        return count
    }
}
