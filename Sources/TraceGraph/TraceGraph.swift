// Module TraceGraph.
