import TraceService

/// Runs a service call, turning its refusals into exit-2 input errors.
func refusing<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let refusal as Refusal {
        throw CLIError.input(refusal.text)
    }
}
