import Foundation

/// Shared libraries compiled from C in the tests with `cc -shared -fPIC`: plugins of another ABI, libraries that
/// are no plugin, and the repository's C plugins (`Examples/CPlugin`, the ABI compatibility fixtures).
enum CPlugins {
    /// The folder of `foodtrace_plugin.h`.
    static var includeFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CFoodTracePlugin/include")
    }

    /// The repository's root folder.
    static var packageFolder: URL {
        includeFolder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The source of the example C plugin, `Examples/CPlugin/census.c` (for variants of it).
    static var workingPlugin: String {
        get throws {
            try String(
                contentsOf: packageFolder.appendingPathComponent("Examples/CPlugin/census.c"), encoding: .utf8)
        }
    }

    /// Compiles `source` into `lib<name>.so` in a fresh folder (mode 0755).
    static func compile(_ source: String, name: String) throws -> URL {
        let folder = try TemporaryFolder.make("c-plugin")
        let file = folder.appendingPathComponent("\(name).c")
        try Data(source.utf8).write(to: file)
        return try compile(file: file, name: name)
    }

    /// Compiles the C file at `file` (a path in the repository, e.g. `Examples/CPlugin/census.c`) into
    /// `lib<name>.so` in a fresh folder (mode 0755).
    static func compile(file path: String, name: String) throws -> URL {
        try compile(file: packageFolder.appendingPathComponent(path), name: name)
    }

    private static func compile(file: URL, name: String) throws -> URL {
        let folder = try TemporaryFolder.make("c-plugin")
        let library = folder.appendingPathComponent("lib\(name).so")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "cc", "-shared", "-fPIC", "-Wall", "-Werror", "-I", includeFolder.path, "-o", library.path, file.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let log = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError("cc failed for \(name):\n\(String(decoding: log, as: UTF8.self))")
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: library.path)
        return library
    }

    /// Exports foodtrace_audit_plugin_v1, but its table says ABI 99.
    static let wrongABI = """
        #include <stdint.h>
        #include <stddef.h>
        struct table { uint32_t abi_version; void *context; void *manifest; void *run; void *free_string; };
        static const struct table plugin = { 99, NULL, NULL, NULL, NULL };
        const struct table *foodtrace_audit_plugin_v1(void) { return &plugin; }
        """

    /// Exports only the entry point of ABI version 2.
    static let versionTwoOnly = """
        #include <stdint.h>
        #include <stddef.h>
        struct table { uint32_t abi_version; };
        static const struct table plugin = { 2 };
        const struct table *foodtrace_audit_plugin_v2(void) { return &plugin; }
        """

    /// A shared library with no entry point at all.
    static let noEntryPoint = """
        int foodtrace_something_else(void) { return 42; }
        """
}
