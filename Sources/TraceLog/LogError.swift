/// What went wrong with the transparency log: a proof asked for what the tree cannot prove, a node missing from a
/// store, a tree head that does not read or verify.
public struct LogError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// A leaf index or a tree size outside the tree.
        case outOfRange
        /// A complete subtree the store should hold is not there.
        case missingNode
        /// A tree head, proof or co-signature that is malformed or whose signature does not verify.
        case badHead
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
