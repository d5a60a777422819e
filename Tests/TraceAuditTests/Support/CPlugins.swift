import Foundation

/// Shared libraries compiled from C in the tests with `cc -shared -fPIC`: plugins of another ABI,
/// libraries that are no plugin, and a working plugin written in C.
enum CPlugins {
    /// The folder of `foodtrace_plugin.h`.
    static var includeFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CFoodTracePlugin/include")
    }

    /// Compiles `source` into `lib<name>.so` in a fresh folder (mode 0755).
    static func compile(_ source: String, name: String) throws -> URL {
        let folder = try TemporaryFolder.make("c-plugin")
        let file = folder.appendingPathComponent("\(name).c")
        try Data(source.utf8).write(to: file)
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

    /// A working version-1 plugin in plain C: one rule, one finding counting the parties it queried.
    static let workingPlugin = """
        #include <stdio.h>
        #include <stdlib.h>
        #include <string.h>
        #include "foodtrace_plugin.h"

        static char *manifest(void *context) {
            (void)context;
            return strdup("{\\"name\\":\\"c-census\\",\\"version\\":\\"1.0.0\\",\\"abi\\":1,\\"rules\\":[{\\"id\\":\\"party-count\\","
                          "\\"title\\":\\"登记主体数\\",\\"titleEnglish\\":\\"Registered parties\\",\\"severity\\":\\"info\\","
                          "\\"source\\":\\"C fixture\\",\\"parameters\\":[]}]}");
        }

        static char *run(void *context, const foodtrace_host *host, const char *request) {
            (void)context; (void)request;
            char *answer = host->query(host->context, "{\\"method\\":\\"parties\\"}");
            int parties = 0;
            for (const char *p = answer; (p = strstr(p, "\\"role\\":")) != NULL; p++) parties++;
            host->free_string(host->context, answer);
            char *out = malloc(256);
            snprintf(out, 256, "{\\"findings\\":[{\\"rule\\":\\"c-census/party-count\\",\\"severity\\":\\"info\\","
                               "\\"subject\\":\\"store\\",\\"message\\":\\"%d parties\\",\\"evidence\\":[]}]}", parties);
            return out;
        }

        static void free_string(void *context, char *string) { (void)context; free(string); }

        static const foodtrace_plugin_v1 plugin = { FOODTRACE_PLUGIN_ABI_VERSION, NULL, manifest, run, free_string };

        const foodtrace_plugin_v1 *foodtrace_audit_plugin_v1(void) { return &plugin; }
        """
}
