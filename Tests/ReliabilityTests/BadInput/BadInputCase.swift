import Foundation
import Testing

/// One file of the bad-input corpus and what `foodtrace` must say about it, as listed in the corpus's
/// README table (`| file | what is wrong | line | field | phrase |`): the table is the one source of the
/// expectations, for people and for the tests.
struct BadInputCase: CustomTestStringConvertible, Sendable {
    var file: String
    var wrong: String
    /// The line the message names (0 for a whole document, as for EPCIS).
    var line: Int
    /// The field (JSON path) the message names; `$` for the record or document as a whole.
    var field: String
    /// Words the message must contain.
    var phrase: String

    var testDescription: String { file }

    /// The corpus folder: the copy in the test bundle, else the source tree.
    static var directory: URL {
        if let bundled = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/bad-input"),
            FileManager.default.fileExists(atPath: bundled.path)
        {
            return bundled
        }
        return sourceDirectory
    }

    static var sourceDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/bad-input")
    }

    /// The cases of one table in `README.md`: the rows under the heading `## <section>`.
    static func table(_ section: String) -> [BadInputCase] {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent("README.md").path) else {
            return []
        }
        var inSection = false
        var cases: [BadInputCase] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { inSection = line.dropFirst(3).trimmingCharacters(in: .whitespaces) == section }
            guard inSection, line.hasPrefix("| `") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 5 else { continue }
            func unquote(_ text: String) -> String {
                text.hasPrefix("`") && text.hasSuffix("`") && text.count >= 2
                    ? String(text.dropFirst().dropLast()) : text
            }
            cases.append(
                BadInputCase(
                    file: unquote(cells[0]), wrong: cells[1], line: Int(cells[2]) ?? 0, field: unquote(cells[3]),
                    phrase: unquote(cells[4]).replacingOccurrences(of: "\\|", with: "|")))
        }
        return cases
    }

    func bytes() throws -> [UInt8] {
        Array(try Data(contentsOf: Self.directory.appendingPathComponent(file)))
    }
}
