import CodegenIR
import CodegenRender
import Foundation
import PluginsShared
import SpecReader
import TelnyxCodegen
import Testing

/// The build-tool plugin declares its output files from products.yaml before the generator runs. It
/// compiles Sources/PluginsShared (through the symlink Plugins/TelnyxCodegenPlugin/PluginsShared), the
/// target the generator uses for the same decisions (`OutputLayout`, `NameWords`, `ProductsFile`), so
/// these tests check what sharing cannot: the generator writes exactly the files the plugin declares,
/// and the plugin's YAML reader (`ProductsYAML`) reads the configuration like libyaml does
/// (PluginsSharedTests).
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

    @Test("the plugin and the generator give the same products files", arguments: configurations)
    func productNames(_ relative: String) throws {
        let plugin = ProductsFile.outputProducts(inYAML: try Self.text(relative))
        #expect(!plugin.isEmpty)
        #expect(plugin == (try Self.configuration(RepoPaths.path(relative))).outputProducts)
    }

    @Test("the plugin compiles Sources/PluginsShared, which imports nothing")
    func sharedFolder() throws {
        let link = RepoPaths.path("Plugins/TelnyxCodegenPlugin/PluginsShared")
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: link)
        #expect(destination == "../../Sources/PluginsShared")
        let files = Self.files(under: RepoPaths.path("Sources/PluginsShared"))
        #expect(files.contains("OutputLayout.swift"))
        for file in files {
            let text = try Self.text("Sources/PluginsShared/" + file)
            #expect(!text.split(separator: "\n").contains { $0.hasPrefix("import ") }, "\(file)")
        }
    }

    @Test("in one module (as the plugin runs it) the generator writes exactly the declared files")
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
                    includeSkills: false, includeTesting: false, modulePrefix: nil))
            #expect(result.status == 0, "\(result.errors)")
            let declared = OutputLayout.swiftFilePaths(
                products: ProductsFile.outputProducts(inYAML: try Self.text(products)))
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
                outputDirectory: output, configPath: config, includeSkills: false, includeTesting: false))
        #expect(result.status == 0, "\(result.errors)")
        let declared = OutputLayout.swiftFilePaths(products: ProductsFile.outputProducts(inYAML: ""))
        #expect(declared.contains("Swift/Products/ProductModels16.swift"))
        #expect(Self.files(under: output) == declared)
    }

    @Test(
        "the whole API without products.yaml (a plugin user's own copy of the spec) is packed into files of a size a compiler handles"
    )
    func unconfiguredWholeAPIIsSplit() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("telnyx-no-configuration-\(UUID())")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let files = try GeneratorPipeline.run(
            .init(
                specPath: RepoPaths.path("spec/openapi.yaml"), configDirectory: empty.path, includeSkills: false,
                includeTesting: false)
        ).files
        #expect(files.map(\.path) == OutputLayout.swiftFilePaths(products: ProductsFile.outputProducts(inYAML: "")))
        let lines = files.map { ($0.path, $0.contents.split(separator: "\n", omittingEmptySubsequences: false).count) }
        let largest = try #require(lines.max { $0.1 < $1.1 })
        #expect(largest.1 < 20_000, "\(largest.0) has \(largest.1) lines")
    }

    @Test("the committed Generated/Swift holds exactly the module files declared for spec/products.yaml")
    func committedClientMatches() throws {
        let declared = OutputLayout.moduleFilePaths(
            products: ProductsFile.outputProducts(inYAML: try Self.text("spec/products.yaml")), prefix: "Telnyx")
        let files = Self.files(under: RepoPaths.path("Generated/Swift")).map { "Swift/" + $0 }
        #expect(files.filter { $0.hasSuffix(".swift") } == declared)
        // Besides the Swift files: each module's DocC catalog, its landing page named for the module.
        let modules = OutputLayout.moduleNames(
            products: ProductsFile.outputProducts(inYAML: try Self.text("spec/products.yaml")), prefix: "Telnyx")
        #expect(
            files.filter { !$0.hasSuffix(".swift") }
                == modules.map { OutputLayout.documentationPath(module: $0) }.sorted())
    }

    @Test("the example's spec is an exact copy of the messaging slice fixture")
    func exampleSpecIsTheSlice() throws {
        let example = try Self.text("Examples/Sources/TelnyxMessagingClient/openapi.yaml")
        #expect(
            example == (try Self.text(GoldenTests.sliceSpec)),
            "copy \(GoldenTests.sliceSpec) into Examples/Sources/TelnyxMessagingClient again")
    }
}
