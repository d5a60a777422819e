import Metrics

/// The hub's own counters beside Hummingbird's request metrics, all exported at `/metrics`.
struct HubMetrics: Sendable {
    private let accepted = Counter(label: "foodtrace_push_records_accepted_total")
    private let rejected = Counter(label: "foodtrace_push_records_rejected_total")
    private let pushes = Counter(label: "foodtrace_push_batches_total")

    func pushed(accepted: Int, rejected: Int) {
        pushes.increment()
        self.accepted.increment(by: accepted)
        self.rejected.increment(by: rejected)
    }
}
