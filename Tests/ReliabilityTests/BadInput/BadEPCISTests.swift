import Foundation
import Testing

/// The EPCIS documents of the corpus (table "import epcis") through `foodtrace import epcis`: exit 2,
/// the JSON path and the reason named, nothing stored; the good document of the corpus is imported.
///
/// Guards the strict EPCIS reader (TraceModel's JSON parser with the EPCIS limits, the event checks) and
/// the all-or-nothing import.
@Suite("bad EPCIS documents are refused cleanly")
struct BadEPCISTests {
    @Test("each EPCIS document of the corpus: exit 2, path named, store unchanged")
    func epcisCorpus() throws {
        let city = try DemoCity.get()
        let cases = BadInputCase.table("import epcis").filter { $0.field != "-" }
        try #require(cases.count >= 15, "the corpus README lists \(cases.count) EPCIS cases")
        let directory = try TemporaryDirectory("bad-epcis")
        let importer = city.parties(.farm)[0]
        let key = city.keyDirectory + "/\(importer).key"
        try StoreFiles.copy(city.storePath, to: directory.file("store.sqlite"))
        try StoreFiles.copy(city.storePath, to: directory.file("control.sqlite"))
        let good = BadInputCase.directory.appendingPathComponent("epcis/good.json").path
        let control = try FoodtraceCLI.run(
            ["import", "epcis", good, "--key", key, "--store", "control.sqlite"], in: directory.path)
        try #require(control.status == 0, "epcis/good.json: \(control)")

        let before = try StoreProbe(path: directory.file("store.sqlite"))
        var clean = 0
        for entry in cases {
            let path = BadInputCase.directory.appendingPathComponent(entry.file).path
            let result = try FoodtraceCLI.run(
                ["import", "epcis", path, "--key", key, "--store", "store.sqlite"], in: directory.path)
            var problems: [String] = []
            if result.signalled || result.status != 2 {
                problems.append("exit \(result.status)\(result.signalled ? " (signal)" : ""), not 2")
            }
            if !result.stderr.contains("\(entry.field):") { problems.append("path \(entry.field) not named") }
            if !result.stderr.contains(entry.phrase) { problems.append("no \"\(entry.phrase)\"") }
            let after = try StoreProbe(path: directory.file("store.sqlite"))
            if after != before { problems.append("the store changed: \(before) → \(after)") }
            if problems.isEmpty {
                clean += 1
            } else {
                Issue.record(
                    Comment(
                        rawValue:
                            "\(entry.file) (\(entry.wrong)): \(problems.joined(separator: "; "))\n\(result.stderr.prefix(600))"
                    ))
            }
        }
        Figures.report("bad-input surface=import-epcis", ["cases": cases.count, "rejected_cleanly": clean])
    }
}
