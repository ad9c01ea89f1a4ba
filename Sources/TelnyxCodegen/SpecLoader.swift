import CodegenIR
import Foundation
import PluginsShared
import SpecReader

/// The pipeline's first stages as functions: the configuration, the spec's node tree, the IR of a tree
/// (``GeneratorPipeline`` puts them together).
public enum SpecLoader {
    /// Configuration file names looked for in the configuration folder.
    public static let productsFile = ProductsFile.fileName
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

    /// The spec's own folder, where its configuration lives unless `--config` says otherwise.
    public static func defaultConfigDirectory(specPath: String) -> String {
        let directory = (specPath as NSString).deletingLastPathComponent
        return directory.isEmpty ? "." : directory
    }

    /// The configuration folder for `--config PATH`: the folder itself, or the folder of a `products.yaml` file.
    public static func configDirectory(for path: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            let folder = (path as NSString).deletingLastPathComponent
            return folder.isEmpty ? "." : folder
        }
        return path
    }

    /// The spec's node tree, and the reader's warnings as diagnostics.
    public static func read(specPath: String) throws -> (root: SpecNode, warnings: [Diagnostic]) {
        let (root, warnings) = try SpecFileReader.readDocument(path: specPath)
        return (root, warnings.map { Diagnostic(.warning, $0.message, at: $0.location) })
    }

    /// The IR of a node tree; the reader's warnings come first in the diagnostics (or the error).
    public static func build(_ root: SpecNode, readWarnings: [Diagnostic], configuration: GeneratorConfiguration)
        throws -> (model: APIModel, diagnostics: [Diagnostic])
    {
        do {
            let (model, diagnostics) = try IRBuilder.build(root, configuration: configuration)
            return (model, readWarnings + diagnostics)
        } catch let error as IRBuildError {
            throw IRBuildError(diagnostics: readWarnings + error.diagnostics)
        }
    }
}
