/// A trace as a Graphviz `dot` digraph (render with `dot -Tsvg`).
public enum TraceDotRenderer {
    public static func render(_ result: TraceResult) -> String {
        var lines = ["digraph trace {", "  rankdir=LR;", "  node [shape=box, fontname=\"sans-serif\"];"]
        for node in result.nodes {
            let label =
                "\(node.code)\\n\(node.product ?? node.type.rawValue) \(node.quantity) \(node.unit)\\n\(node.partyName) (\(node.role?.rawValue ?? "?"))"
            let style = node.verified ? "" : ", color=red"
            let shape = node.type == .batch ? "" : ", shape=note"
            lines.append("  \"\(node.code)\" [label=\"\(escape(label))\"\(style)\(shape)];")
        }
        for edge in result.edges {
            lines.append(
                "  \"\(edge.parent)\" -> \"\(edge.child)\" [label=\"\(edge.kind.rawValue) \(edge.quantity) \(edge.unit)\"];"
            )
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "\\\"")
    }
}

/// A trace as a Mermaid flowchart, to paste into Markdown.
public enum TraceMermaidRenderer {
    public static func render(_ result: TraceResult) -> String {
        var lines = ["flowchart LR"]
        for node in result.nodes {
            let label =
                "\(node.code)<br/>\(node.product ?? node.type.rawValue) \(node.quantity) \(node.unit)<br/>\(node.partyName)"
            lines.append("  n\(node.code)[\"\(label.replacingOccurrences(of: "\"", with: "#quot;"))\"]")
        }
        for edge in result.edges {
            lines.append("  n\(edge.parent) -->|\(edge.kind.rawValue) \(edge.quantity) \(edge.unit)| n\(edge.child)")
        }
        return lines.joined(separator: "\n")
    }
}
