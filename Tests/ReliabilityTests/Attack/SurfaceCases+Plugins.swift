import Foundation

/// Attacks through `audit --plugin-path` (issue #10, "plugins"): a plugin runs with the process's rights, so one that
/// someone else could have put or changed must be refused before `dlopen` — a file others may write or own, a folder
/// on its path others may write or own, a symbolic link from or into such a folder — and so must a library that is
/// not a FoodTrace plugin, before its constructors run (a library whose constructor leaves a file behind, when a C
/// compiler is at hand; a system library; an executable; a text file).
extension SurfaceCases {
    func pluginPaths() throws -> [(attacker: String, attempts: [SurfaceAttempt])] {
        let fm = FileManager.default
        let built = try FoodtraceCLI.url().deletingLastPathComponent().appendingPathComponent("libFoodTraceRecall.so")
        let root = directory.file("plugins")
        try fm.createDirectory(atPath: root, withIntermediateDirectories: true)
        func place(_ name: String, mode: Int = 0o755, from source: String = built.path) throws -> String {
            let path = root + "/" + name
            try fm.copyItem(atPath: source, toPath: path)
            try fm.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
            return path
        }
        func folder(_ name: String, mode: Int) throws -> String {
            let path = root + "/" + name
            try fm.createDirectory(atPath: path, withIntermediateDirectories: false)
            try fm.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
            return path
        }
        let rules = ["audit", "rules", "--plugin-path"]
        let safe = try place("recall.so")
        try expectOK(rules + [safe])  // Control: the built plugin loads from a protected folder.

        var attempts: [SurfaceAttempt] = []
        for mode in [0o666, 0o646, 0o622, 0o757] {
            let path = try place("mode-\(String(mode, radix: 8)).so", mode: mode)
            attempts.append(
                refused("a plugin of mode 0\(String(mode, radix: 8))", rules + [path], phrases: ["writable"]))
        }
        for mode in [0o777, 0o775, 0o757, 0o770] {
            let open = try folder("open-\(String(mode, radix: 8))", mode: 0o755)
            try fm.copyItem(atPath: safe, toPath: open + "/recall.so")
            try fm.setAttributes([.posixPermissions: mode], ofItemAtPath: open)
            attempts.append(
                refused(
                    "in a folder of mode 0\(String(mode, radix: 8))", rules + [open + "/recall.so"],
                    phrases: ["is writable by group or others"]))
        }
        let open = root + "/open-777"
        try fm.createSymbolicLink(atPath: open + "/link.so", withDestinationPath: safe)
        attempts.append(
            refused(
                "a link in an open folder to a protected plugin", rules + [open + "/link.so"],
                phrases: ["writable by group or others"]))
        try fm.createSymbolicLink(atPath: root + "/via", withDestinationPath: open)
        attempts.append(
            refused(
                "through a link to an open folder", rules + [root + "/via/recall.so"],
                phrases: ["writable by group or others"]))
        if geteuid() == 0 {
            let theirs = try place("theirs.so")
            try fm.setAttributes([.ownerAccountID: 65534], ofItemAtPath: theirs)
            attempts.append(
                refused("a plugin owned by another user", rules + [theirs], phrases: ["belongs to another user"]))
            let theirFolder = try folder("their-folder", mode: 0o755)
            try fm.copyItem(atPath: safe, toPath: theirFolder + "/recall.so")
            try fm.setAttributes([.ownerAccountID: 65534], ofItemAtPath: theirFolder)
            attempts.append(
                refused(
                    "in a folder owned by another user", rules + [theirFolder + "/recall.so"],
                    phrases: ["belongs to another user"]))
        }

        var notPlugins: [SurfaceAttempt] = []
        if let marked = try constructorLibrary(in: root) {
            notPlugins.append(
                SurfaceAttempt(name: "a library whose constructor leaves a file") { [self] in
                    let result = try run(rules + [marked.library])
                    if fm.fileExists(atPath: marked.marker) {
                        return .wronglyAccepted("its constructor ran: \(result)")
                    }
                    return result.status == 2 && result.stderr.contains("not a FoodTrace plugin")
                        ? .asExpected : .wrongReason("\(result)")
                })
        }
        for library in ["/usr/lib/x86_64-linux-gnu/libz.so.1", "/lib/x86_64-linux-gnu/libz.so.1"]
        where fm.fileExists(atPath: library) {
            // (libz.so.1 is a link to the versioned file: copy the file it names.)
            let library = URL(fileURLWithPath: library).resolvingSymlinksInPath().path
            notPlugins.append(
                refused(
                    "a system library (libz)", rules + [try place("libz.so", from: library)],
                    phrases: ["not a FoodTrace plugin"]))
            break
        }
        notPlugins.append(
            refused(
                "an executable", rules + [try place("true.so", from: "/bin/true")],
                phrases: ["does not export foodtrace_audit_plugin_v1: not a FoodTrace plugin"]))
        try directory.write("plugins/text.so", Array("#!/bin/sh\necho not a library\n".utf8))
        notPlugins.append(
            refused("a text file", rules + [root + "/text.so"], phrases: ["is not a loadable shared library"]))
        return [("local user", attempts), ("not a plugin", notPlugins)]
    }

    /// A shared library with a constructor that writes `marker`, compiled with `cc`; `nil` when no compiler runs.
    private func constructorLibrary(in folder: String) throws -> (library: String, marker: String)? {
        let source = folder + "/constructor.c"
        let library = folder + "/libconstructor.so"
        let marker = folder + "/constructor-ran"
        try directory.write(
            "plugins/constructor.c",
            Array(
                """
                #include <stdio.h>
                __attribute__((constructor)) static void ran(void) {
                    FILE *f = fopen("\(marker)", "w");
                    if (f) fclose(f);
                }
                int not_a_plugin(void) { return 1; }
                """.utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["cc", "-shared", "-fPIC", "-o", library, source]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: library)
        return (library, marker)
    }
}
