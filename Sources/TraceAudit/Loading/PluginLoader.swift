import CFoodTracePlugin

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The host side of the C ABI: loads an audit plugin from a shared library, by explicit path only.
///
/// Checks, in order, each with its own ``PluginLoadError``: the file exists and is a regular file;
/// it is not writable by group or others (a plugin runs as native code in `foodtrace`); `dlopen`
/// accepts it; it exports `foodtrace_audit_plugin_v1` (or, if it exports another version's entry
/// point, which one); its table's `abi_version` is the one this build speaks; its manifest reads.
///
/// Libraries are never unloaded: a Swift library cannot be `dlclose`d safely, and a plugin's
/// table must outlive every ``LoadedPlugin`` made from it.
public enum PluginLoader {
    /// Highest other ABI version probed for, to name it when a plugin does not speak this one.
    static let probedVersions: ClosedRange<UInt32> = 1...16

    /// Loads the plugin at `path` and reads its manifest.
    public static func load(path: String) throws(PluginLoadError) -> LoadedPlugin {
        let resolved = try resolve(path)
        try checkFile(resolved, shownAs: path)
        guard let handle = dlopen(resolved, RTLD_NOW | RTLD_LOCAL) else {
            throw PluginLoadError(
                .notLoadable, path: path, "\(path) is not a loadable shared library: \(lastDLError())")
        }
        guard let symbol = dlsym(handle, PluginABI.entrySymbol) else {
            if let other = probedVersions.first(where: {
                $0 != PluginABI.version && dlsym(handle, PluginABI.entrySymbol(version: $0)) != nil
            }) {
                throw abiMismatch(path, other)
            }
            throw PluginLoadError(
                .notAPlugin, path: path, "\(path) does not export \(PluginABI.entrySymbol): not a FoodTrace plugin")
        }
        let entry = unsafeBitCast(symbol, to: foodtrace_plugin_entry_v1.self)
        guard let table = entry() else {
            throw PluginLoadError(
                .badManifest, path: path, "\(path): \(PluginABI.entrySymbol) returned no plugin table")
        }
        // Every ABI version's table starts with abi_version: read it before anything else.
        let version = UnsafeRawPointer(table).load(as: UInt32.self)
        guard version == PluginABI.version else { throw abiMismatch(path, version) }
        return try LoadedPlugin(table: table, path: path)
    }

    private static func abiMismatch(_ path: String, _ version: UInt32) -> PluginLoadError {
        let ours = PluginABI.version
        return PluginLoadError(
            .abiMismatch, path: path,
            "\(path): plugin ABI \(version), this foodtrace speaks \(ours); rebuild the plugin for ABI \(ours)")
    }

    /// The absolute, symlink-free path: `dlopen` then never searches library directories.
    private static func resolve(_ path: String) throws(PluginLoadError) -> String {
        guard !path.isEmpty else { throw PluginLoadError(.missingFile, path: path, "--plugin-path needs a file name") }
        guard let resolved = realpath(path, nil) else {
            let reason = String(cString: strerror(errno))
            throw PluginLoadError(.missingFile, path: path, "\(path): no plugin file there (\(reason))")
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func checkFile(_ resolved: String, shownAs path: String) throws(PluginLoadError) {
        var info = stat()
        guard stat(resolved, &info) == 0 else {
            throw PluginLoadError(
                .missingFile, path: path, "\(path): cannot read the file (\(String(cString: strerror(errno))))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw PluginLoadError(.notRegularFile, path: path, "\(path) is not a regular file")
        }
        let mode = info.st_mode & 0o7777
        guard mode & (S_IWGRP | S_IWOTH) == 0 else {
            let octal = String(mode, radix: 8)
            throw PluginLoadError(
                .writableByOthers, path: path,
                "\(path) is writable by others (mode 0\(octal)); refusing to load it: chmod go-w \(path)")
        }
    }

    private static func lastDLError() -> String {
        guard let text = dlerror() else { return "unknown dlopen error" }
        return String(cString: text)
    }
}
