import TraceModel

/// The bare terms the standard EPCIS 2.0 context defines for a sensor report's `type`, `exception` and
/// `component`, read from the EPCIS 2.0.1 JSON Schema's enumerations of the same terms.
enum SensorTerms {
    static let measurementTypes = terms("measurementType")
    static let alertTypes = terms("sensorAlertType")
    static let components = terms("component")
    /// Where the standard context puts `component` terms.
    static let componentBase = "https://ref.gs1.org/cbv/Comp-"

    /// The strings of the `enum` among the `anyOf` alternatives of the schema's definition `name`.
    private static func terms(_ name: String) -> Set<String> {
        var limits = JSONParser.Limits()
        limits.maxDepth = 128
        limits.maxDocumentBytes = 4 << 20
        guard let schema = try? JSONParser.parse(Array(EPCISSchema.text.utf8), limits: limits),
            case .array(let alternatives)? = schema["definitions"]?[name]?["anyOf"]
        else { return [] }
        var out: Set<String> = []
        for alternative in alternatives {
            if case .array(let values)? = alternative["enum"] {
                for case .string(let term) in values { out.insert(term) }
            }
        }
        return out
    }
}
