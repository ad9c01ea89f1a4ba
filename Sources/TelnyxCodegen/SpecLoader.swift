import CodegenIR
import Foundation
import SpecReader

/// Reads a spec and the configuration beside it, and builds the IR.
public enum SpecLoader {
    /// Configuration file names looked for in the configuration folder.
    public static let productsFile = "products.yaml"
    public static let namingFile = "naming.yaml"

    /// The configuration in `directory` (missing files are fine: everything lands in product `other`).
    public static func configuration(in directory: String) throws -> GeneratorConfiguration {
        var configuration = GeneratorConfiguration()
        let products = (directory as NSString).appendingPathComponent(productsFile)
        if FileManager.default.fileExists(atPath: products) {
            try configuration.addProducts(from: SpecFileReader.read(path: products))
        }
        let naming = (directory as NSString).appendingPathComponent(namingFile)
        if FileManager.default.fileExists(atPath: naming) {
            try configuration.addNameOverrides(from: SpecFileReader.read(path: naming))
        }
        return configuration
    }

    /// Reads `specPath` and builds the IR with the configuration in `configDirectory`
    /// (default: the spec's own folder).
    public static func load(specPath: String, configDirectory: String? = nil) throws -> (model: APIModel, diagnostics: [Diagnostic]) {
        let directory = configDirectory ?? (specPath as NSString).deletingLastPathComponent
        let configuration = try configuration(in: directory.isEmpty ? "." : directory)
        let root = try SpecFileReader.read(path: specPath)
        return try IRBuilder.build(root, configuration: configuration)
    }
}
