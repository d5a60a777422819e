import FoodTraceKit
import Foundation
import TraceModel

/// A recall drill stored as a signed `test` record (`analyte: mock-recall`, `method: lab`).
///
/// TraceModel has no drill record kind: a drill is the running party's test of its own traceability, so it is
/// stored as a `test` of the drilled lot whose `result` is `negative` when the drill passed and `positive`
/// when it failed, and whose `value` reads `<accounted>% in <ms> ms; report sha256:<hex>` — the SHA-256 of the
/// JSON report, so a report file can be checked against the record later.
public struct StoredDrill: Sendable, Codable, Hashable {
    public var record: String
    public var party: String
    public var lot: String
    public var at: String
    public var atMilliseconds: Int64
    public var passed: Bool
    /// The accounted-for percentage, the time taken and the report hash, as stored.
    public var value: String
    public var reportSHA256: String?

    /// The `analyte` that marks a `test` record as a drill.
    public static let analyte = "mock-recall"

    /// The `value` a drill record carries.
    public static func value(accountedPercent: String, milliseconds: Int64, reportSHA256 hex: String) -> String {
        "\(accountedPercent)% in \(milliseconds) ms; report sha256:\(hex)"
    }
}

/// Reading stored drills from the audit view.
public enum StoredDrills {
    /// Every stored drill in the scope (party = the one that ran it), oldest first.
    public static func all(_ query: any AuditQuery, _ scope: AuditScope = AuditScope()) throws -> [StoredDrill] {
        try query.records(kind: .test, scope).compactMap { record in
            guard case .test(let body) = try record.body(), body.analyte == StoredDrill.analyte else { return nil }
            let value = body.value ?? ""
            var hash: String?
            if let range = value.range(of: "sha256:") {
                hash = String(value[range.upperBound...].prefix { $0.isHexDigit })
            }
            return StoredDrill(
                record: record.id, party: record.issuer, lot: body.batch.digits,
                at: Timestamp(epochMilliseconds: record.at).text, atMilliseconds: record.at,
                passed: body.result == "negative", value: value, reportSHA256: hash)
        }
    }
}
