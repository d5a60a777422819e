import Foundation
import Testing

/// Audit plugins are native code run inside `foodtrace`: loaded only from the path given, and refused
/// when the file is writable by group or others.
@Suite("plugins load only from an explicit, protected path")
struct PluginPathTests {
    /// Guards the loader's mode check (before dlopen): the same file is refused for its mode while
    /// group- or world-writable, and gets past that check once it is not.
    @Test("a plugin file writable by group or others is refused before it is loaded")
    func writableByOthers() throws {
        let workspace = try CLIWorkspace("plugin-mode")
        let plugin = try FoodtraceCLI.url().deletingLastPathComponent().appendingPathComponent("libFoodTraceRecall.so")
        try #require(
            FileManager.default.fileExists(atPath: plugin.path), "the Recall plugin library is built beside foodtrace")
        try FileManager.default.copyItem(atPath: plugin.path, toPath: workspace.directory.file("recall.so"))
        for mode in [0o666, 0o664, 0o646, 0o622, 0o777] {
            try workspace.chmod("recall.so", mode)
            let result = try workspace.run(["audit", "rules", "--plugin-path", "./recall.so"])
            #expect(
                result.status == 2 && result.stderr.contains("writable"), "mode 0\(String(mode, radix: 8)): \(result)")
        }
        try workspace.chmod("recall.so", 0o644)
        let loaded = try workspace.run(["audit", "rules", "--plugin-path", "./recall.so"])
        #expect(!loaded.stderr.contains("writable"), "mode 0644: \(loaded)")
    }

    /// Guards that the loader resolves the given path itself and never lets dlopen search library
    /// directories: a bare file name that exists only on LD_LIBRARY_PATH is not found.
    @Test("a bare library name is not searched for on the library path")
    func explicitPathOnly() throws {
        let binDirectory = try FoodtraceCLI.url().deletingLastPathComponent().path
        let workspace = try CLIWorkspace("plugin-path", environment: ["LD_LIBRARY_PATH": binDirectory])
        let result = try workspace.run(["audit", "rules", "--plugin-path", "libFoodTraceRecall.so"])
        #expect(result.status == 2 && result.stderr.contains("no plugin file there"), "\(result)")
    }
}
