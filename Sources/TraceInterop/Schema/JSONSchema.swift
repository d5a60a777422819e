import TraceModel

/// A JSON Schema (draft-07) compiled once into a table of nodes, for validating many documents.
///
/// Every keyword of draft-07's validation vocabulary that decides validity is applied: `type`,
/// `enum`, `const`, `properties`, `patternProperties`, `additionalProperties`, `required`,
/// `propertyNames`, `min/maxProperties`, `items` (one schema or a tuple), `additionalItems`,
/// `contains`, `min/maxItems`, `uniqueItems`, `min/maxLength`, `pattern`, the numeric bounds,
/// `multipleOf`, `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else` and local `$ref`s
/// (`#/definitions/…`; as in draft-07 a `$ref` replaces its sibling keywords). `format` asserts
/// `date-time` (RFC 3339, as python-jsonschema's checker does); other formats are annotations only.
/// Annotation keywords (`title`, `description`, `$comment`, …) and unknown ones are ignored.
public struct JSONSchema: Sendable {
    /// The JSON types of draft-07.
    enum Kind: Sendable {
        case null, boolean, object, array, number, integer, string
    }

    /// One schema object or boolean schema; children are indexes into ``nodes``.
    struct Node: Sendable {
        var constant: Bool?
        var ref: Int?
        var types: [Kind]?
        var enumValues: [JSONValue]?
        var constValue: JSONValue?
        var properties: [String: Int] = [:]
        var patternProperties: [(pattern: Int, schema: Int)] = []
        var additionalProperties: Int?
        var required: [String] = []
        var propertyNames: Int?
        var minProperties: Int?
        var maxProperties: Int?
        var items: Int?
        var tupleItems: [Int]?
        var additionalItems: Int?
        var contains: Int?
        var minItems: Int?
        var maxItems: Int?
        var uniqueItems = false
        var minLength: Int?
        var maxLength: Int?
        var pattern: Int?
        var minimum: Double?
        var maximum: Double?
        var exclusiveMinimum: Double?
        var exclusiveMaximum: Double?
        var multipleOf: Double?
        var format: String?
        var allOf: [Int] = []
        var anyOf: [Int] = []
        var oneOf: [Int] = []
        var not: Int?
        var ifSchema: Int?
        var thenSchema: Int?
        var elseSchema: Int?
    }

    var nodes: [Node] = []
    /// Regular expressions of `pattern` and `patternProperties`, by index.
    var patterns: [String] = []
    /// The root node.
    var root = 0

    /// Compiles a schema given as JSON text.
    public init(text: String) throws(InteropError) {
        let value: JSONValue
        do {
            var limits = JSONParser.Limits()
            limits.maxDepth = 128
            limits.maxDocumentBytes = 4 << 20
            value = try JSONParser.parse(Array(text.utf8), limits: limits)
        } catch {
            throw InteropError(path: "schema", reason: "\(error)")
        }
        try self.init(value)
    }

    /// Compiles a schema given as a JSON value.
    public init(_ schema: JSONValue) throws(InteropError) {
        var compiler = JSONSchemaCompiler(root: schema)
        root = try compiler.compileRoot()
        nodes = compiler.nodes
        patterns = compiler.patterns
    }
}
