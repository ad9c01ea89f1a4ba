import Foundation
import PluginsShared
import Testing

/// Package.swift's list of the generated client's product modules follows spec/products.yaml.
@Suite("Package manifest")
struct ManifestTests {
    /// The names in `let productModules = [...]` of Package.swift.
    static func manifestModules() throws -> [String] {
        let manifest = try String(contentsOfFile: RepoPaths.path("Package.swift"), encoding: .utf8)
        let start = try #require(manifest.range(of: "let productModules = ["))
        let end = try #require(manifest.range(of: "]", range: start.upperBound..<manifest.endIndex))
        return manifest[start.upperBound..<end.lowerBound].split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }.filter { !$0.isEmpty }
    }

    @Test func productModulesAreTheProductsOfProductsYAML() throws {
        let yaml = try String(contentsOfFile: RepoPaths.path("spec/products.yaml"), encoding: .utf8)
        let modules = OutputLayout.moduleNames(products: ProductsFile.outputProducts(inYAML: yaml), prefix: "Telnyx")
        #expect(modules.first == "TelnyxCore" && modules.last == "Telnyx")
        #expect(try Self.manifestModules() == Array(modules.dropFirst().dropLast()))
    }

    @Test func everyModuleHasItsFolderInGenerated() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: RepoPaths.path("Generated/Swift"))
        #expect(Set(folders) == Set(try Self.manifestModules() + ["TelnyxCore", "Telnyx"]))
    }
}
