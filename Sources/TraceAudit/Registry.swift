/// Where a plugin of the registry comes from.
public enum PluginOrigin: Sendable, Hashable {
    /// Linked into `foodtrace`.
    case linked
    /// Loaded from a shared library at this path (as given).
    case loaded(path: String)
}

/// A plugin with its origin.
public struct RegisteredPlugin: Sendable {
    public let plugin: any AuditPlugin
    public let origin: PluginOrigin

    public init(_ plugin: any AuditPlugin, origin: PluginOrigin) {
        self.plugin = plugin
        self.origin = origin
    }
}

/// A refusal of the registry: an unknown plugin name, a clash of loaded plugins, a bad `--param`.
public struct RegistryError: Error, Sendable, CustomStringConvertible, Equatable, CataloguedError {
    /// The English text.
    public var message: String
    /// The text in Chinese and English.
    public var text: Message
    public var description: String { message }

    /// A refusal worded elsewhere, the same in every language.
    public init(_ message: String) { self.init(Message.verbatim(message)) }

    /// A refusal from the message catalogue.
    public init(_ text: Message) {
        message = text.en
        self.text = text
    }

    /// Equal when the English texts are.
    public static func == (lhs: RegistryError, rhs: RegistryError) -> Bool { lhs.message == rhs.message }
}

/// The audit plugins a run can choose from: the built-in (linked) ones, plus any loaded by path.
///
/// A loaded plugin with a built-in's name takes its place (the user asked for that file); two loaded
/// plugins with one name are refused.
public struct AuditRegistry: Sendable {
    /// In order: built-in plugins first (as given), then loaded ones (in the order added).
    public private(set) var plugins: [RegisteredPlugin]

    /// A registry of the given built-in plugins. Their names must be distinct.
    public init(builtIn: [any AuditPlugin]) {
        var names: Set<String> = []
        for plugin in builtIn {
            precondition(names.insert(plugin.name).inserted, "two built-in audit plugins named \(plugin.name)")
        }
        plugins = builtIn.map { RegisteredPlugin($0, origin: .linked) }
    }

    /// The names of every plugin, in order.
    public var names: [String] { plugins.map(\.plugin.name) }

    /// Adds a plugin loaded from a shared library.
    public mutating func add(_ loaded: LoadedPlugin) throws(RegistryError) {
        if let index = plugins.firstIndex(where: { $0.plugin.name == loaded.name }) {
            if case .loaded(let other) = plugins[index].origin {
                throw RegistryError(.Parameters.pluginClash(loaded.path, other, name: loaded.name))
            }
            plugins[index] = RegisteredPlugin(loaded, origin: .loaded(path: loaded.path))
        } else {
            plugins.append(RegisteredPlugin(loaded, origin: .loaded(path: loaded.path)))
        }
    }

    /// The plugins named (in registry order), or every plugin when `names` is empty.
    public func select(_ names: [String]) throws(RegistryError) -> [RegisteredPlugin] {
        guard !names.isEmpty else { return plugins }
        for name in names where !plugins.contains(where: { $0.plugin.name == name }) {
            throw RegistryError(Message.noSuchPlugin(name).known(self.names))
        }
        return plugins.filter { names.contains($0.plugin.name) }
    }
}
