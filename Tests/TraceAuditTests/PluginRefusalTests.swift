import Foundation
import Testing
import TraceAudit

@Suite("Refusing files that are not plugins of this ABI")
struct PluginRefusalTests {
    private func refusal(_ path: String) -> PluginLoadError? {
        do {
            _ = try PluginLoader.load(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test("a plugin of another ABI version is refused, naming both versions")
    func wrongABI() throws {
        let library = try CPlugins.compile(CPlugins.wrongABI, name: "abi99")
        let error = try #require(refusal(library.path))
        #expect(error.reason == .abiMismatch)
        #expect(error.message.contains("plugin ABI 99, this foodtrace speaks 1"))
        let result = try CLI.run(["audit", "rules", "--plugin-path", library.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("plugin ABI 99, this foodtrace speaks 1"))
    }

    @Test("a plugin exporting only another version's entry point is refused as that version")
    func otherEntryPoint() throws {
        let library = try CPlugins.compile(CPlugins.versionTwoOnly, name: "abi2")
        let error = try #require(refusal(library.path))
        #expect(error.reason == .abiMismatch)
        #expect(error.message.contains("plugin ABI 2, this foodtrace speaks 1"))
    }

    @Test("a shared library without the entry point is not a FoodTrace plugin")
    func missingEntryPoint() throws {
        let library = try CPlugins.compile(CPlugins.noEntryPoint, name: "plain")
        let error = try #require(refusal(library.path))
        #expect(error.reason == .notAPlugin)
        #expect(error.message == "\(library.path) does not export foodtrace_audit_plugin_v1: not a FoodTrace plugin")
        let result = try CLI.run(["audit", "rules", "--plugin-path", library.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("does not export foodtrace_audit_plugin_v1: not a FoodTrace plugin"))
    }

    @Test("a text file is not a loadable shared library, and dlopen says why")
    func textFile() throws {
        let file = try TemporaryFolder.make("text").appendingPathComponent("notes.so")
        try Data("this is not a shared library\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let error = try #require(refusal(file.path))
        #expect(error.reason == .notLoadable)
        #expect(error.message.hasPrefix("\(file.path) is not a loadable shared library: "))
        #expect(error.message.contains("invalid ELF header") || error.message.contains("too short"))
        let result = try CLI.run(["audit", "--plugin-path", file.path, "--store", "/nonexistent.sqlite"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not a loadable shared library"))
    }

    @Test("a missing file and a folder are refused before dlopen")
    func missingAndFolder() throws {
        let folder = try TemporaryFolder.make("missing")
        let missing = try #require(refusal(folder.appendingPathComponent("libnothing.so").path))
        #expect(missing.reason == .missingFile)
        #expect(missing.message.contains("no plugin file there"))
        let directory = try #require(refusal(folder.path))
        #expect(directory.reason == .notRegularFile)
    }

    @Test("a bare file name is looked up as a path, never in the library search path")
    func bareNameIsAPath() throws {
        // libc.so.6 is on every library search path; as a path relative to the current folder it does not exist.
        let error = try #require(refusal("libc.so.6"))
        #expect(error.reason == .missingFile)
    }

    @Test(
        "a plugin writable by group or others is refused; the same file made 0644 loads",
        arguments: [0o666, 0o664, 0o646, 0o620])
    func writableByOthers(mode: Int) throws {
        let plugin = try BuildProducts.fixturePluginCopy()
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: plugin.path)
        let error = try #require(refusal(plugin.path))
        #expect(error.reason == .writableByOthers)
        #expect(error.message.contains("is writable by others (mode 0\(String(mode, radix: 8)))"))
        #expect(error.message.hasSuffix("chmod go-w \(plugin.path)"))
        if mode == 0o666 {
            let result = try CLI.run(["audit", "rules", "--plugin-path", plugin.path])
            #expect(result.status == 2)
            #expect(result.stderr.contains("is writable by others"))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: plugin.path)
        #expect(refusal(plugin.path) == nil)
    }

    @Test("a manifest whose plugin name or rule id is not lowercase letters, digits and '-' is refused")
    func badNames() throws {
        for (from, to) in [
            (#"\"name\":\"c-census\""#, #"\"name\":\"C Census\""#),
            (#"\"id\":\"party-count\""#, #"\"id\":\"Party_Count\""#),
        ] {
            let working = try CPlugins.workingPlugin
            let source = working.replacingOccurrences(of: from, with: to)
            #expect(source != working)
            let library = try CPlugins.compile(source, name: "badname")
            let error = try #require(refusal(library.path))
            #expect(error.reason == .badManifest)
            #expect(error.message.contains("is not lowercase letters, digits and '-'"))
        }
    }
}
