import Foundation

/// The campaign's figures, printed as `RELIABILITY name=value` lines on standard output.
///
/// `scripts/reliability` collects these lines from the test log to build its table; they are also a
/// record in any CI log of what a run tried.
enum Figures {
    static func report(_ name: String, _ values: KeyValuePairs<String, Int>) {
        let text = values.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        print("RELIABILITY \(name) \(text)")
    }
}
