import Foundation

/// One measured figure with the baseline measured in the same run and the goal it is held to.
struct Metric: Codable {
    var name: String
    var value: Double
    var unit: String
    var scale: String
    var baseline: Double?
    var baselineName: String?
    /// value ÷ baseline.
    var ratio: Double?
    var goal: String?
    var met: Bool?
    var note: String?

    init(
        _ name: String, _ value: Double, _ unit: String, scale: String, baseline: Double? = nil,
        baselineName: String? = nil,
        goal: String? = nil, met: Bool? = nil, note: String? = nil
    ) {
        self.name = name
        self.value = value
        self.unit = unit
        self.scale = scale
        self.baseline = baseline
        self.baselineName = baselineName
        self.ratio = baseline.flatMap { $0 > 0 ? value / $0 : nil }
        self.goal = goal
        self.met = met
        self.note = note
    }

    /// Prints the metric as one JSON line (the harness collects them).
    func emit() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try! encoder.encode(self) + Data("\n".utf8))
    }
}

/// Wall-clock timing with warm-up, repetitions and percentiles.
enum Timing {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Milliseconds per call of `body`, over `iterations` calls after `warmup` unmeasured ones.
    static func sample(warmup: Int, iterations: Int, _ body: (Int) throws -> Void) rethrows -> [Double] {
        for index in 0..<warmup { try body(index) }
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        for index in 0..<iterations {
            let start = now()
            try body(index)
            samples.append(Double(now() - start) / 1_000_000)
        }
        return samples.sorted()
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let index = min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))
        return sorted[index]
    }

    /// Seconds taken by `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return Double(now() - start) / 1_000_000_000
    }
}
