import Foundation
import TraceModel

/// The forms a rule's `source` may take, so that every citation is one a lawyer can look up.
///
/// A source is one or more citations joined by `"; "`. Each citation is one of:
/// - a Chinese instrument with its year, and an article where the article is certain:
///   `《食品安全法》(2021) 第五十三条`, `《生猪屠宰管理条例》(2021) 第二条`, `《食品召回管理办法》(2015)`;
/// - a standard with its year: `GB 32100-2015`, `SB/T 10681-2012`;
/// - a foreign instrument and article: `Regulation (EC) No 178/2002 Art. 18(2)`, `21 CFR §1.1345`,
///   `BRCGS Food Safety Issue 9 §3.9`;
/// - ``Citation/practice``, for a rule that rests on common practice and no article.
///
/// Nothing else: no notes about what is unverified, no paraphrase of the rule (the rule's titles say it).
public enum Citation {
    /// What a rule cites when no instrument requires it: said plainly in both languages.
    public static let practice = "行业惯例，无条文 · practice, no article"

    /// `source` for a reader of `language`: ``practice`` in that language alone (`zh+en`: both); instruments and
    /// standards as they name themselves (a title is cited as published, like a name).
    public static func text(_ source: String, in language: Language) -> String {
        let practice = language.pick("行业惯例，无条文", "practice, no article", separator: " · ")
        return source.components(separatedBy: "; ").map { $0 == Self.practice ? practice : $0 }.joined(separator: "; ")
    }

    /// `《name》(year)` and, optionally, ` 第…条` (with `第…款`, `第…项`).
    static let chinese =
        #"^《[\p{Han}（）]+》\((19|20)\d{2}\)( 第[一二三四五六七八九十百零]+条(第[一二三四五六七八九十]+款)?(第[一二三四五六七八九十]+项)?)?$"#
    static let standard = #"^(GB|GB/T|SB/T|NY/T) \d+(\.\d+)?-(19|20)\d{2}$"#
    static let foreign = [
        #"^Regulation \(EC\) No 178/2002 Art\. \d+(\(\d+\))?$"#,
        #"^21 CFR §1\.\d{4}$"#,
        #"^BRCGS Food Safety Issue 9 §\d+(\.\d+)*$"#,
    ]

    /// The parts of `source` that are not an allowed citation (empty when the whole source is well formed).
    public static func problems(in source: String) -> [String] {
        guard !source.isEmpty else { return ["(empty)"] }
        return source.components(separatedBy: "; ").filter { !isAllowed($0) }
    }

    /// True when `citation` (one item of a source) has an allowed form.
    public static func isAllowed(_ citation: String) -> Bool {
        if citation == practice { return true }
        return ([chinese, standard] + foreign).contains { pattern in
            citation.range(of: pattern, options: .regularExpression) != nil
        }
    }
}
