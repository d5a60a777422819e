/// A trace as a Graphviz `dot` digraph (render with `dot -Tsvg`).
public enum TraceDotRenderer {
    public static func render(_ result: TraceResult) -> String { render(TraceGraphView(result)) }

    /// The picture `view` as a digraph: batches as boxes, slips and meals (or their groups) as notes; a record
    /// that does not verify is drawn red, a flagged hop orange.
    public static func render(_ view: TraceGraphView) -> String {
        var lines = ["digraph trace {", "  rankdir=LR;", "  node [shape=box, fontname=\"sans-serif\"];"]
        for box in view.boxes {
            let label = box.lines.map(escape).joined(separator: "\\n")
            let style = !box.verified ? ", color=red" : (box.flagged ? ", color=orange, penwidth=2" : "")
            let shape = box.isBatch ? "" : ", shape=note"
            lines.append("  \"\(box.id)\" [label=\"\(label)\"\(style)\(shape)];")
        }
        for arrow in view.arrows {
            lines.append("  \"\(arrow.from)\" -> \"\(arrow.to)\" [label=\"\(escape(arrow.label))\"];")
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}

/// A trace as a Mermaid flowchart, to paste into Markdown.
public enum TraceMermaidRenderer {
    public static func render(_ result: TraceResult) -> String { render(TraceGraphView(result)) }

    /// The picture `view` as a flowchart; flagged hops get the `flagged` class.
    public static func render(_ view: TraceGraphView) -> String {
        var lines = ["flowchart LR"]
        for box in view.boxes {
            let label = box.lines.joined(separator: "<br/>").replacingOccurrences(of: "\"", with: "#quot;")
            let open = box.isBatch ? "[\"" : "[/\""
            let close = box.isBatch ? "\"]" : "\"/]"
            lines.append("  n\(box.id)\(open)\(label)\(close)" + (box.flagged || !box.verified ? ":::flagged" : ""))
        }
        for arrow in view.arrows {
            lines.append("  n\(arrow.from) -->|\(arrow.label)| n\(arrow.to)")
        }
        if view.boxes.contains(where: { $0.flagged || !$0.verified }) {
            lines.append("  classDef flagged stroke:#d9480f,stroke-width:3px")
        }
        return lines.joined(separator: "\n")
    }
}
