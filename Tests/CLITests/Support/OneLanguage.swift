import Foundation

/// One language per output: a command run in Chinese and in English, and the lines of each that speak the other.
///
/// The catalogue's words are found by comparing the two runs, since what comes from records (names, products,
/// places, codes) reads the same in both: an English word of the English run that the Chinese run never uses is a
/// catalogue word, as is a run of Chinese characters of the Chinese run that the English run never shows. A Chinese
/// line must hold no English catalogue word, an English line no Chinese one; a few common words of each are checked
/// besides, for a text left untranslated in both runs.
enum OneLanguage {
    /// English words no Chinese line may hold, whatever the comparison finds.
    static let englishWords: Set<String> = [
        "the", "and", "from", "with", "not", "received", "batch", "record", "records", "issued", "trace", "evidence",
        "source", "finding", "findings", "more", "lists", "parties", "slips", "meals", "head", "origin", "gap",
        "complete", "compliant", "level", "positive", "negative", "rapid", "test", "sold", "used", "valid", "until",
    ]

    /// Chinese words no English line may hold (none is part of a name, product or reason in the demo city or the
    /// test chains).
    static let chineseWords = [
        "收货", "批次", "记录", "库中", "签发", "追溯", "合规", "证据", "依据", "缺少", "已过期", "进货", "未查验", "合计",
        "节点", "参与方", "小票", "餐次", "违规", "严重", "警告",
    ]

    /// The lines of `zh` with an English catalogue word, and of `en` with a Chinese one.
    static func mixedLines(zh: String, en: String) -> (zh: [String], en: [String]) {
        let english = Set(words(en).map { $0.lowercased() }).subtracting(words(zh).map { $0.lowercased() })
            .union(englishWords)
        let chinese = Set(hanRuns(zh)).subtracting(hanRuns(en))
        let zhLines = lines(zh).filter { line in
            !hanRuns(line).isEmpty && words(identifiersRemoved(line)).contains { english.contains($0.lowercased()) }
        }
        let enLines = lines(en).filter { original in
            // An instrument's title (《食品安全法》) is cited as it names itself, like a name.
            let line = original.replacingOccurrences(of: "《[^》]*》", with: " ", options: .regularExpression)
            return hanRuns(line).contains { chinese.contains($0) } || chineseWords.contains { line.contains($0) }
        }
        return (zhLines, enLines)
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    /// Names of programs and formats a Chinese text uses as they are written.
    static let writtenAsIs: Set<String> = [
        "foodtrace", "FoodTrace", "SQLite", "PostgreSQL", "EPCIS", "JSON", "gzip", "zlib", "errno", "chmod", "bearer",
        "spki", "NULL", "true", "false", "localhost",
    ]

    /// The English words (four letters or more) of a Chinese line that are not names, paths, URLs, options, ids,
    /// hashes, JSON paths, quoted commands or values, placeholders in capitals, standard names in camel case
    /// (`ObjectEvent`), programs and formats (``writtenAsIs``), what the user typed (the `given` arguments) or a lower
    /// `library`'s words kept verbatim (patterns): each is a text the catalogue left untranslated.
    static func englishFragments(_ line: String, library: [String], given: [String] = []) -> [String] {
        var line = line
        for pattern in library {
            line = line.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        // What the user typed as a value (after an option, or not a plain word like a command's name) is echoed.
        for (index, typed) in given.enumerated() where !typed.hasPrefix("-") && typed.count >= 4 {
            let value = index > 0 && given[index - 1].hasPrefix("--") || typed.contains { !$0.isLetter }
            if value { line = line.replacingOccurrences(of: typed, with: " ") }
        }
        for pattern in [
            "`[^`]*`",  // a quoted command
            #""[^"]*""#,  // a quoted value
            #"\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b|\b[A-Z]{2,}[a-z]+\b"#,  // a standard name in camel case
            #"[a-z][a-z0-9+.-]*://[!-~]+"#,  // a URL
            #"(GET|POST|PUT|DELETE) /[!-~]*"#,  // a request
            #"[!-~]*[/.$][!-~]*"#,  // a path, a file name, a JSON path, a dotted parameter
            #"[!-~]*[0-9_=-][!-~]*"#,  // an id, a code, a hash, an option, a variable
            #"\b[A-Z]{2,}\b"#,  // a placeholder or an abbreviation in capitals
        ] {
            line = line.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return matches(#"[A-Za-z]{4,}"#, in: line).filter { !writtenAsIs.contains($0) }
    }

    /// `line` without what is an identifier in any language: quoted commands, requests, rule and plugin ids
    /// (`source-tickets/missing-document`, `market-supervision`) and options (`--format json`).
    static func identifiersRemoved(_ line: String) -> String {
        var line = line
        for pattern in [
            "`[^`]*`", #"(GET|POST|PUT|DELETE) /[!-~]*"#, #"--[a-z][a-z-]*( (json|html|text))?"#,
            #"[a-z][a-z0-9-]*/[a-z][a-z0-9-]*"#, #"[a-z]+(-[a-z]+)+"#,
        ] {
            line = line.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return line
    }

    /// Runs of three or more Latin letters, as written.
    static func words(_ text: String) -> [String] { matches(#"[A-Za-z]{3,}"#, in: text) }

    /// Runs of Han characters.
    static func hanRuns(_ text: String) -> [String] { matches(#"\p{Han}+"#, in: text) }

    private static func matches(_ pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }
}
