import CFoodTracePlugin

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The host side of the C ABI: loads an audit plugin from a shared library, by explicit path only.
///
/// A plugin is native code that runs inside `foodtrace` with the process's rights: it can read and write whatever
/// the user running `foodtrace` can (the store, key files), and nothing in FoodTrace can contain it. So before
/// `dlopen`, checks, in order, each with its own ``PluginLoadError``: the whole path (``PluginPath``: the file and every
/// folder and link on the way belong to root or the current user, no folder is writable by others unless sticky and
/// root's, the file is not writable by group or others) and the file is a regular file; its ELF dynamic symbol table
/// (``ELFDynamicSymbols``) defines `foodtrace_audit_plugin_v1` (or another version's entry point: then it is
/// refused naming that version) — so a library that is not a FoodTrace plugin is refused before the dynamic linker
/// runs any of its constructors. Then `dlopen` accepts it; its table's `abi_version` is the one this build speaks;
/// its manifest reads.
///
/// Libraries are never unloaded: a Swift library cannot be `dlclose`d safely, and a plugin's
/// table must outlive every ``LoadedPlugin`` made from it.
public enum PluginLoader {
    /// Highest other ABI version probed for, to name it when a plugin does not speak this one.
    static let probedVersions: ClosedRange<UInt32> = 1...16

    /// Loads the plugin at `path` and reads its manifest.
    public static func load(path: String) throws(PluginLoadError) -> LoadedPlugin {
        let resolved = try PluginPath.resolve(path)
        let entryPoints: [String]
        do {
            entryPoints = try ELFDynamicSymbols.defined(in: resolved, prefix: "foodtrace_audit_plugin_v")
        } catch {
            throw PluginLoadError(.notLoadable, path: path, "\(path) is not a loadable shared library: \(error.reason)")
        }
        guard entryPoints.contains(PluginABI.entrySymbol) else {
            if let other = entryPoints.compactMap({ UInt32($0.dropFirst("foodtrace_audit_plugin_v".count)) }).min() {
                throw abiMismatch(path, other)
            }
            throw PluginLoadError(.notAPlugin, path: path, .Plugins.notAPlugin(path, symbol: PluginABI.entrySymbol))
        }
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
            throw PluginLoadError(.notAPlugin, path: path, .Plugins.notAPlugin(path, symbol: PluginABI.entrySymbol))
        }
        let entry = unsafeBitCast(symbol, to: foodtrace_plugin_entry_v1.self)
        guard let table = entry() else {
            throw PluginLoadError(.badManifest, path: path, .Plugins.noTable(path, symbol: PluginABI.entrySymbol))
        }
        // Every ABI version's table starts with abi_version: read it before anything else.
        let version = UnsafeRawPointer(table).load(as: UInt32.self)
        guard version == PluginABI.version else { throw abiMismatch(path, version) }
        return try LoadedPlugin(table: table, path: path)
    }

    private static func abiMismatch(_ path: String, _ version: UInt32) -> PluginLoadError {
        let ours = PluginABI.version
        return PluginLoadError(.abiMismatch, path: path, .Plugins.abi(path, version: "\(version)", ours: "\(ours)"))
    }

    private static func lastDLError() -> String {
        guard let text = dlerror() else { return "unknown dlopen error" }
        return String(cString: text)
    }
}
