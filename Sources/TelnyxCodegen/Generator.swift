import CodegenIR
import CodegenRender
import Foundation

/// The whole pipeline in memory: spec → IR → rendered files.
public enum Generator {
    public struct Result: Sendable {
        public var files: [OutputFile]
        public var diagnostics: [Diagnostic]
        public var model: APIModel
    }

    /// Reads the spec and configuration and renders every output file (nothing touches the disk).
    public static func generate(specPath: String, configPath: String? = nil, templatesDirectory: String? = nil) throws -> Result {
        let (model, diagnostics) = try SpecLoader.load(specPath: specPath, configDirectory: configPath)
        let templates = try TemplateSet(overrideDirectory: templatesDirectory)
        let files = SwiftRenderer(model: model, templates: templates).render()
        return Result(files: files.sorted { $0.path < $1.path }, diagnostics: diagnostics, model: model)
    }
}
