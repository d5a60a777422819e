extension Severity {
    /// The Chinese name shown in text reports: 提示, 警告, 违规, 严重.
    public var chineseName: String {
        switch self {
        case .info: return "提示"
        case .warning: return "警告"
        case .violation: return "违规"
        case .critical: return "严重"
        }
    }

    /// The SARIF 2.1.0 `level`: `note`, `warning`, or `error` (violation and critical).
    public var sarifLevel: String {
        switch self {
        case .info: return "note"
        case .warning: return "warning"
        case .violation, .critical: return "error"
        }
    }
}
