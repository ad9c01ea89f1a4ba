import CodegenIR
import CodegenRender
import Foundation
import SpecReader
import TelnyxCodegen
import Testing

/// The build-tool plugin declares its output files from products.yaml before the generator runs,
/// with its own copy of the rules (`OutputLayout`, Support/OutputLayout.swift, a symlink to
/// Plugins/TelnyxCodegenPlugin/OutputLayout.swift). These tests fail when that copy drifts from the
/// generator: a declared file the generator does not write, or a written file not declared.
@Suite("Build-tool plugin output layout")
struct PluginLayoutTests {
    /// The product configurations the plugin must read like the generator does.
    static let configurations = [
        "spec/products.yaml",
        "Examples/Sources/TelnyxMessagingClient/products.yaml",
        "Tests/CodegenTests/Fixtures/config/products/products.yaml",
    ]

    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: RepoPaths.path(relative), encoding: .utf8)
    }

    static func configuration(_ path: String) throws -> GeneratorConfiguration {
        var configuration = GeneratorConfiguration()
        try configuration.addProducts(from: SpecFileReader.read(path: path))
        return configuration
    }

    /// Regular files under `directory`, relative to it, sorted.
    static func files(under directory: String) -> [String] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }

    @Test("the plugin reads the same product names as the generator", arguments: configurations)
    func productNames(_ relative: String) throws {
        let plugin = OutputLayout.productNames(inProductsYAML: try Self.text(relative))
        let generator = SpecLoader.outputProducts(try Self.configuration(RepoPaths.path(relative)))
        #expect(!plugin.isEmpty)
        #expect(plugin.sorted() == generator.sorted())
    }

    @Test("the plugin's file list is SwiftRenderer.filePaths", arguments: configurations)
    func fileList(_ relative: String) throws {
        let plugin = OutputLayout.swiftFilePaths(
            products: OutputLayout.productNames(inProductsYAML: try Self.text(relative)))
        let generator = SpecLoader.outputProducts(try Self.configuration(RepoPaths.path(relative)))
        #expect(plugin == SwiftRenderer.filePaths(products: generator + [Product.fallbackName]))
    }

    @Test("file stems: words split at non-alphanumerics and case changes, first letters uppercased")
    func stems() {
        let names = [
            "10dlc", "messaging-profiles", "aiVoices", "voice_v2", "Fax", "numbers.config", "über-café", "a1B",
        ]
        #expect(OutputLayout.swiftFilePaths(products: names) == SwiftRenderer.filePaths(products: names + ["other"]))
        #expect(OutputLayout.fileStem("messaging-profiles") == "MessagingProfiles")
        #expect(OutputLayout.fileStem("10dlc") == "10dlc")
    }

    @Test("comments, quotes, flow items and products named only under operations:/webhooks:")
    func trickyConfiguration() throws {
        let yaml = """
            # products: - name: commented-out
            products:
              - name: "quoted-name"   # a comment
                title: 'Quoted: title'
                tags: [A, B]
              - title: Title first
                name: second
              - {name: flow-item, title: Flow, tags: [C]}
            operations:
              SendMessage: outbound  # not listed under products:
              ListThings: 'second'
            webhooks:
              "fax.queued": faxes
            """
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-layout-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("products.yaml").path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))

        let plugin = OutputLayout.productNames(inProductsYAML: yaml)
        #expect(plugin == ["quoted-name", "second", "flow-item", "outbound", "faxes"])
        #expect(plugin.sorted() == SpecLoader.outputProducts(try Self.configuration(path)).sorted())
    }

    @Test("the generator writes exactly the declared files (spec/ and the example's configuration)")
    func generatedFilesAreTheDeclaredFiles() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-output-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        for (spec, products) in [
            ("spec/openapi.yaml", "spec/products.yaml"),
            (
                "Examples/Sources/TelnyxMessagingClient/openapi.yaml",
                "Examples/Sources/TelnyxMessagingClient/products.yaml"
            ),
        ] {
            let result = Commands.generate(
                Commands.GenerateSettings(
                    specPath: RepoPaths.path(spec), outputDirectory: output, configPath: RepoPaths.path(products),
                    includeSkills: false))
            #expect(result.status == 0, "\(result.errors)")
            let declared = OutputLayout.swiftFilePaths(
                products: OutputLayout.productNames(inProductsYAML: try Self.text(products)))
            #expect(Self.files(under: output) == declared, "\(spec)")
        }
    }

    @Test("without products.yaml the generator writes exactly the packed layout the plugin declares")
    func unconfiguredLayout() throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-unconfigured-\(UUID())")
        let config = temporary.appendingPathComponent("config").path
        let output = temporary.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let result = Commands.generate(
            Commands.GenerateSettings(
                specPath: RepoPaths.path("Tests/CodegenTests/Fixtures/ir/product-assignment.yaml"),
                outputDirectory: output, configPath: config, includeSkills: false))
        #expect(result.status == 0, "\(result.errors)")
        let declared = OutputLayout.swiftFilePaths(products: OutputLayout.productNames(inProductsYAML: ""))
        #expect(declared.contains("Swift/Products/ProductModels16.swift"))
        #expect(Self.files(under: output) == declared)
        #expect(declared == SwiftRenderer.filePaths(products: []))
    }

    @Test("the committed Generated/Swift holds exactly the files declared for spec/products.yaml")
    func committedClientMatches() throws {
        let declared = OutputLayout.swiftFilePaths(
            products: OutputLayout.productNames(inProductsYAML: try Self.text("spec/products.yaml")))
        #expect(Self.files(under: RepoPaths.path("Generated/Swift")).map { "Swift/" + $0 } == declared)
    }

    @Test("the example's spec is an exact copy of spec/openapi.yaml")
    func exampleSpecIsTheSlice() throws {
        let example = try Self.text("Examples/Sources/TelnyxMessagingClient/openapi.yaml")
        #expect(example == (try Self.text("spec/openapi.yaml")), "copy spec/openapi.yaml into Examples/ again")
    }
}
