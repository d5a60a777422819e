import Foundation
import TraceModel

/// The formats an audit report renders to.
public enum AuditReportFormat: String, Sendable, CaseIterable {
    /// For a person: grouped by rule, Chinese and English titles, counts per severity.
    case text
    /// `schemas/audit-report.schema.json`.
    case json
    /// JUnit XML: a test suite per plugin, a test case per rule, a failure per finding at or above fail-on.
    case junit
    /// SARIF 2.1.0: a run per plugin.
    case sarif
}

extension AuditReport {
    /// The report in `format`, ending with a newline; the text format in `language` (JSON, JUnit and SARIF carry
    /// the messages as the plugins gave them).
    public func rendered(as format: AuditReportFormat, language: Language = .zhEn) throws -> String {
        switch format {
        case .text: return TextReport(self, language: language).render()
        case .json: return try ReportJSON.string(self) + "\n"
        case .junit: return JUnitReport(self).render()
        case .sarif: return try ReportJSON.string(SARIFLog(self)) + "\n"
        }
    }
}

/// Pretty, stable JSON for reports: sorted keys, slashes unescaped.
enum ReportJSON {
    static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
