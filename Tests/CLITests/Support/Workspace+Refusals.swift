import Testing

extension Workspace {
    /// Requires `foodtrace ARGS` to be refused as bad input: exit 2, the message naming `field` and `phrase`, and the
    /// store's export exactly as before.
    func expectRefused(
        _ arguments: [String], field: String, phrase: String, now: String = Workspace.defaultNow,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try exported()
        // The rule is checked here, not the language: the English message, whose words the callers name.
        let result = try run(arguments, now: now, environment: ["FOODTRACE_LANG": "en"])
        #expect(result.status == 2, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("field \(field)"), "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(phrase), "\(result)", sourceLocation: sourceLocation)
        #expect(try exported() == before, "the store changed", sourceLocation: sourceLocation)
    }
}
