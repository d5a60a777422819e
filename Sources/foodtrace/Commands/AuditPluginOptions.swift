import ArgumentParser
import TraceAudit
import TraceStoreReport

/// The options choosing audit plugins, shared by `audit run` and `audit rules`.
struct AuditPluginOptions: ParsableArguments {
    @Option(
        name: .customLong("plugin"),
        help: ArgumentHelp(
            "Only this plugin (repeatable; default: every built-in and loaded plugin).", valueName: "name"))
    var names: [String] = []

    @Option(
        name: .customLong("plugin-path"),
        help: ArgumentHelp(
            "Also load a plugin from this shared library (repeatable); it must not be writable by others.",
            valueName: "file"))
    var paths: [String] = []

    /// The built-in plugins plus those loaded from ``paths``.
    func registry() throws -> AuditRegistry {
        var registry = AuditRegistry(builtIn: LinkedPlugins.all)
        for path in paths {
            do {
                try registry.add(try PluginLoader.load(path: path))
            } catch let error as PluginLoadError {
                throw CLIError.input(error.text)
            } catch let error as RegistryError {
                throw CLIError.input(error.text)
            }
        }
        return registry
    }

    /// The plugins chosen by ``names`` (all when none is named), and every plugin available.
    func selected() throws -> (selected: [RegisteredPlugin], all: [RegisteredPlugin]) {
        let registry = try registry()
        for name in names where !registry.names.contains(name) {
            let close = ClosestNames.closest(to: name, among: registry.names)
            throw CLIError.input(.noSuchPlugin(name).suggesting(close).known(registry.names))
        }
        do {
            return (try registry.select(names), registry.plugins)
        } catch {
            throw CLIError.input(error.text)
        }
    }
}
