import Foundation
import Testing

extension Workspace {
    /// A copy of the workspace's store, named `NAME.sqlite`, with `sql` run on it by `sqlite3`, as someone with the
    /// store file but no key (or another program) would change it. Returns the copy's file name.
    func tamperedCopy(_ name: String, _ sql: String, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> String
    {
        let copy = name + ".sqlite"
        let backup = try runTool("/usr/bin/sqlite3", ["foodtrace.sqlite", ".backup \(copy)"])
        try #require(backup.status == 0, "\(backup)", sourceLocation: sourceLocation)
        let edit = try runTool("/usr/bin/sqlite3", [copy, sql])
        try #require(edit.status == 0, "\(edit)", sourceLocation: sourceLocation)
        return copy
    }
}

extension Workspace {
    /// The text of the QR code on the slip drawn in the SVG file `svg`, as a phone would read it: rendered at 3× by
    /// `rsvg-convert` and read back by `zbarimg`.
    func scanSlip(svg: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let png = svg + ".png"
        let render = try runTool("/usr/bin/rsvg-convert", ["-z", "3", "-o", file(png), file(svg)])
        try #require(render.status == 0, "\(render)", sourceLocation: sourceLocation)
        let read = try runTool("/usr/bin/zbarimg", ["--raw", "-q", file(png)])
        try #require(read.status == 0, "\(read)", sourceLocation: sourceLocation)
        return read.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
