import AuditFixturePlugin
import Testing
import TraceAudit

@Suite("The plugin registry")
struct RegistryTests {
    @Test("a loaded plugin takes the place of a built-in of the same name; a second copy is refused")
    func loadedReplacesBuiltIn() throws {
        var registry = AuditRegistry(builtIn: [FixturePlugin()])
        let first = try PluginLoader.load(path: try BuildProducts.fixturePlugin().path)
        try registry.add(first)
        #expect(registry.names == ["fixture"])
        #expect(registry.plugins.first?.origin == .loaded(path: first.path))
        let second = try PluginLoader.load(path: try BuildProducts.fixturePluginCopy(named: "libOther.so").path)
        #expect(throws: RegistryError.self) { try registry.add(second) }
    }

    @Test("selection by name keeps registry order; an unknown name is refused with the known ones")
    func selection() throws {
        let registry = AuditRegistry(builtIn: [FixturePlugin()])
        #expect(try registry.select([]).map(\.plugin.name) == ["fixture"])
        #expect(try registry.select(["fixture"]).map(\.plugin.name) == ["fixture"])
        #expect(throws: RegistryError("--plugin nope: no such plugin (known: fixture)")) {
            try registry.select(["nope"])
        }
    }

    @Test("--param parses RULE.PARAM=VALUE, with or without the plugin")
    func parameterParsing() {
        let plain = ParameterOverride("sample-retention.min-grams=150")
        #expect(plain?.plugin == nil)
        #expect(plain?.rule == "sample-retention")
        #expect(plain?.parameter == "min-grams")
        #expect(plain?.value == "150")
        let qualified = ParameterOverride("school-meals/sample-retention.min-hours=48=2d")
        #expect(qualified?.plugin == "school-meals")
        #expect(qualified?.value == "48=2d")
        #expect(ParameterOverride("no-equals.sign") == nil)
        #expect(ParameterOverride("nodot=1") == nil)
        #expect(ParameterOverride("/rule.param=1") == nil)
    }

    @Test("an override reaches only plugins with that rule and parameter; an unknown one is refused")
    func parameterRouting() throws {
        let plugins = [RegisteredPlugin(FixturePlugin(), origin: .linked)]
        let routed = try AuditRegistry.parameters([ParameterOverride("large-sale.max-kg=5")!], for: plugins)
        #expect(routed == ["fixture": ["large-sale.max-kg": "5"]])
        #expect(throws: RegistryError.self) {
            try AuditRegistry.parameters([ParameterOverride("large-sale.min-kg=5")!], for: plugins)
        }
        #expect(throws: RegistryError.self) {
            try AuditRegistry.parameters([ParameterOverride("other/large-sale.max-kg=5")!], for: plugins)
        }
    }
}
