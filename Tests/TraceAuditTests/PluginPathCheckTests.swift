import Foundation
import Testing
import TraceAudit

/// A plugin runs with the rights of whoever runs `foodtrace`, so `foodtrace audit --plugin-path` refuses, before
/// `dlopen`, a plugin that someone else could have put there: in a folder others may write, through a symbolic link
/// from such a folder, owned by another user; and a library that is not a FoodTrace plugin, whose constructors must
/// never run.
@Suite("plugin path and file checks before dlopen")
struct PluginPathCheckTests {
    /// A copy of the built Recall plugin (0755) at `name` inside `folder`.
    static func plugin(in folder: URL, name: String = "recall.so") throws -> URL {
        let copy = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: try BuildProducts.library("FoodTraceRecall"), to: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
        return copy
    }

    static func rules(_ path: String) throws -> CLI.Result { try CLI.run(["audit", "rules", "--plugin-path", path]) }

    @Test func aPluginInAFolderOthersMayWriteIsRefused() throws {
        let root = try TemporaryFolder.make("plugin-open-folder")
        let open = root.appendingPathComponent("open")
        try FileManager.default.createDirectory(at: open, withIntermediateDirectories: false)
        let plugin = try Self.plugin(in: open)
        #expect(try Self.rules(plugin.path).status == 0, "the same file loads from a protected folder first")
        // (A sticky folder of root's, like /tmp, is accepted: there only an entry's owner may rename or remove it.)
        for mode in [0o777, 0o775, 0o757, 0o770] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: open.path)
            let refused = try Self.rules(plugin.path)
            #expect(refused.status == 2, "mode 0\(String(mode, radix: 8)): \(refused.stderr)")
            #expect(
                refused.stderr.contains("the folder \(open.path) is writable by group or others"),
                "\(refused.stderr)")
        }
    }

    @Test func aLinkFromAFolderOthersMayWriteIsRefused() throws {
        let root = try TemporaryFolder.make("plugin-link")
        let safe = try Self.plugin(in: root)
        let open = root.appendingPathComponent("open")
        try FileManager.default.createDirectory(at: open, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: open.path)
        let link = open.appendingPathComponent("recall.so")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: safe.path)
        let refused = try Self.rules(link.path)
        #expect(refused.status == 2 && refused.stderr.contains("writable by group or others"), "\(refused.stderr)")
        // A link to the folder, from a protected one, leads into it all the same: refused too.
        let folderLink = root.appendingPathComponent("via")
        try FileManager.default.createSymbolicLink(atPath: folderLink.path, withDestinationPath: open.path)
        let through = try Self.rules(folderLink.appendingPathComponent("recall.so").path)
        #expect(through.status == 2 && through.stderr.contains("writable by group or others"), "\(through.stderr)")
        #expect(try Self.rules(safe.path).status == 0)
    }

    @Test func aPluginOwnedByAnotherUserIsRefused() throws {
        guard geteuid() == 0 else {
            Issue.record("changing a file's owner needs root (the CI runs as root)")
            return
        }
        let root = try TemporaryFolder.make("plugin-owner")
        let plugin = try Self.plugin(in: root)
        try FileManager.default.setAttributes([.ownerAccountID: 65534], ofItemAtPath: plugin.path)
        let refused = try Self.rules(plugin.path)
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("the plugin file \(plugin.path) belongs to another user (uid 65534)"))
        try FileManager.default.setAttributes([.ownerAccountID: 0], ofItemAtPath: plugin.path)
        let folder = root.appendingPathComponent("theirs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let inside = try Self.plugin(in: folder)
        try FileManager.default.setAttributes([.ownerAccountID: 65534], ofItemAtPath: folder.path)
        let theirs = try Self.rules(inside.path)
        #expect(theirs.status == 2 && theirs.stderr.contains("the folder \(folder.path) belongs to another user"))
    }

    /// A library with a constructor that leaves a file behind: refused as not a plugin, and the file never appears.
    @Test func aNonPluginLibrarysConstructorNeverRuns() throws {
        let folder = try TemporaryFolder.make("plugin-constructor")
        let marker = folder.appendingPathComponent("constructor-ran")
        let library = try CPlugins.compile(
            """
            #include <stdio.h>
            __attribute__((constructor)) static void ran(void) {
                FILE *f = fopen("\(marker.path)", "w");
                if (f) fclose(f);
            }
            int not_a_plugin(void) { return 1; }
            """, name: "constructor")
        let refused = try Self.rules(library.path)
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("does not export foodtrace_audit_plugin_v1: not a FoodTrace plugin"))
        #expect(!FileManager.default.fileExists(atPath: marker.path), "the library's constructor ran")
        // A library of another ABI version is named as such, from its symbol table, without being loaded either.
        let other = try CPlugins.compile(
            """
            #include <stdio.h>
            __attribute__((constructor)) static void ran(void) {
                FILE *f = fopen("\(marker.path)", "w");
                if (f) fclose(f);
            }
            void *foodtrace_audit_plugin_v7(void) { return 0; }
            """, name: "constructor7")
        let mismatch = try Self.rules(other.path)
        #expect(mismatch.status == 2 && mismatch.stderr.contains("plugin ABI 7, this foodtrace speaks 1"))
        #expect(!FileManager.default.fileExists(atPath: marker.path), "the library's constructor ran")
    }
}
