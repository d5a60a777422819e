import CFoodTracePlugin

/// The C ABI through which `foodtrace` loads an audit plugin from a shared library.
///
/// The boundary is C only: the plugin exports ``entrySymbol``, which returns a `foodtrace_plugin_v1`
/// table (see `foodtrace_plugin.h`); the host lends the plugin a `foodtrace_host` table of read-only
/// queries for each run. Everything else crosses as UTF-8 JSON of ``PluginManifest``, ``PluginRunRequest``,
/// ``PluginRunResponse``, ``PluginQueryRequest`` and ``PluginQueryResponse``. No Swift type crosses, so a
/// plugin may be built by another compiler version, or written in C or Rust. The contract in prose is
/// `schemas/plugin-abi.md`.
///
/// - The host side is ``PluginLoader`` (and the ``LoadedPlugin`` it returns).
/// - The plugin side is ``PluginExport``: it turns any ``AuditPlugin`` into the table.
public enum PluginABI {
    /// The ABI version this build speaks.
    public static let version: UInt32 = FOODTRACE_PLUGIN_ABI_VERSION

    /// The symbol a version-1 plugin exports.
    public static let entrySymbol = FOODTRACE_PLUGIN_ENTRY_V1

    /// The entry symbol of ABI version `version` (`foodtrace_audit_plugin_v<version>`).
    public static func entrySymbol(version: UInt32) -> String { "foodtrace_audit_plugin_v\(version)" }
}
