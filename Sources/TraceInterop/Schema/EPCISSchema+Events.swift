import TraceModel

extension EPCISSchema {
    /// The schema of one element of an event list (`#/definitions/EPCIS-Document-Event` of the EPCIS 2.0.1 JSON
    /// Schema), for a reader that checks a document's events one at a time (``EPCISStreamReader``).
    ///
    /// A document is valid against the whole schema exactly when its skeleton (the document with empty event lists)
    /// is and each event is valid against this one: the event list's schema is `{"type": "array", "items":
    /// EPCIS-Document-Event}`, with no bound on the number or uniqueness of items, and nothing else in the schema
    /// looks into the list.
    static let eventSchema: JSONSchema = {
        do {
            guard let definitions = try JSONParser.parse(Array(text.utf8), limits: schemaLimits)["definitions"] else {
                preconditionFailure("the embedded EPCIS 2.0.1 JSON Schema has no definitions")
            }
            return try JSONSchema(
                .object([("definitions", definitions), ("$ref", .string("#/definitions/EPCIS-Document-Event"))]))
        } catch {
            preconditionFailure("the EPCIS 2.0.1 event schema does not compile: \(error)")
        }
    }()

    private static var schemaLimits: JSONParser.Limits {
        var limits = JSONParser.Limits()
        limits.maxDepth = 128
        limits.maxDocumentBytes = 4 << 20
        return limits
    }

    /// The first violation of one event, at `path` in its document, against ``eventSchema``.
    static func violation(ofEvent event: JSONValue, at path: String, validator: inout JSONSchemaValidator)
        -> InteropError?
    {
        guard let violation = validator.firstViolation(of: event) else { return nil }
        return InteropError(
            path: path + violation.path.dropFirst(), because: Message.Interop.schemaRefuses(violation.text))
    }
}

/// One ``JSONSchemaValidator`` per slice of a batch of events checked on all cores: slice `k` always uses validator
/// `k`, so each keeps its compiled expressions and remembered verdicts from batch to batch, and no two threads share
/// one.
final class EPCISValidatorPool: @unchecked Sendable {
    private let validators: UnsafeMutableBufferPointer<JSONSchemaValidator>

    init(count: Int, schema: JSONSchema) {
        validators = .allocate(capacity: count)
        _ = validators.initialize(from: repeatElement(JSONSchemaValidator(schema: schema), count: count))
    }

    deinit {
        _ = validators.deinitialize()
        validators.deallocate()
    }

    var count: Int { validators.count }

    /// Runs `body` with validator `index`; a slice of a batch calls it with its own index only.
    func with<T>(_ index: Int, _ body: (inout JSONSchemaValidator) -> T) -> T {
        body(&validators[index])
    }
}
