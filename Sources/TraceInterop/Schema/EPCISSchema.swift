import TraceModel

/// The EPCIS 2.0.1 JSON Schema, compiled once, and the check every EPCIS JSON document goes through
/// before FoodTrace reads, hashes or imports it.
///
/// A document the schema refuses is refused whole, with the JSON path and the reason of the first
/// violation: a missing `@context`, an unknown member in a quantity element, an event without its
/// identifier list, `eventTime` `22-07-2026`, `quantity` `"twenty"`, a sensor report without `type`.
/// FoodTrace agrees with python-jsonschema's `Draft7Validator` (with its `date-time` checker) on
/// every document of the differential test (`Tests/TraceInteropTests/EPCIS/EPCISSchemaTests`).
public enum EPCISSchema {
    /// The compiled schema; the embedded text is tested to compile.
    public static let schema: JSONSchema = {
        do {
            return try JSONSchema(text: text)
        } catch {
            preconditionFailure("the embedded EPCIS 2.0.1 JSON Schema does not compile: \(error)")
        }
    }()

    /// Throws the first violation of `document` against the EPCIS 2.0.1 JSON Schema.
    public static func check(_ document: JSONValue) throws(InteropError) {
        var validator = JSONSchemaValidator(schema: schema)
        if let violation = validator.firstViolation(of: document) {
            throw InteropError(path: violation.path, because: Message.Interop.schemaRefuses(violation.text))
        }
    }
}
