import Synchronization
import TraceModel
import TraceReport
import TraceStore
import TraceStoreReport

/// Period reports as the findings page and the report download read them, gathered once per month and scope
/// while the store is unchanged: running every audit over a month of a city takes seconds, filtering what it found
/// takes microseconds. An entry is made again when records arrive (the store's last position moves) or once it is
/// ``maxAgeMilliseconds`` old (recall deadlines and certificate expiry move with the clock).
final class PeriodReportCache: Sendable {
    static let maxAgeMilliseconds: Int64 = 5 * 60_000
    static let capacity = 16

    private struct Key: Hashable {
        var period: ReportPeriod
        var area: String?
        var market: String?
    }
    private struct Entry {
        var report: PeriodReport
        var position: Int64
        var madeAt: Int64
    }
    private let entries = Mutex<[Key: Entry]>([:])

    /// The report of the filter's month and scope, from the cache when it is still current.
    /// - Throws: ``ConsoleProblem`` (400) for a scope that names no party or a market id that is not a market.
    func report(store: TraceStore, filter: FindingsFilter, now: Int64) throws -> PeriodReport {
        let key = Key(period: filter.period, area: filter.area, market: filter.market)
        let position = try store.lastPosition()
        if let entry = entries.withLock({ $0[key] }), entry.position == position,
            now - entry.madeAt < Self.maxAgeMilliseconds
        {
            return entry.report
        }
        let report: PeriodReport
        do {
            report = try PeriodReportGatherer(
                store: store, clock: Timestamp(epochMilliseconds: now, offsetMinutes: 480)
            )
            .gather(period: filter.period, area: filter.area, market: filter.market)
        } catch let error as ReportGatherError {
            throw ConsoleProblem(.badRequest, error.message)
        }
        entries.withLock { entries in
            if entries.count >= Self.capacity, let oldest = entries.min(by: { $0.value.madeAt < $1.value.madeAt }) {
                entries[oldest.key] = nil
            }
            entries[key] = Entry(report: report, position: position, madeAt: now)
        }
        return report
    }
}
