import CodegenIR
import CodegenRender
import Foundation

extension Commands {
    /// What `generate` and `check` render (the pipeline's ``GeneratorPipeline/Input``, the one set of
    /// generation options) and the folder they write or compare; paths default to the repository layout.
    public struct GenerateSettings: Sendable {
        public var input: GeneratorPipeline.Input
        public var outputDirectory: String

        /// `configPath` is `products.yaml` or the folder holding it (default: the spec's folder);
        /// `modulePrefix` nil writes one module.
        public init(
            specPath: String = "spec/openapi.yaml", outputDirectory: String = "Generated", configPath: String? = nil,
            templatesDirectory: String? = nil, includeSkills: Bool = true, includeTesting: Bool = true,
            modulePrefix: String? = "Telnyx"
        ) {
            self.input = GeneratorPipeline.Input(
                specPath: specPath, configDirectory: configPath.map(SpecLoader.configDirectory(for:)),
                templatesDirectory: templatesDirectory, includeSkills: includeSkills, includeTesting: includeTesting,
                modulePrefix: modulePrefix)
            self.outputDirectory = outputDirectory
        }
    }

    /// `generate`: renders everything and replaces the output folder atomically (or leaves it as it is
    /// when it already holds exactly the rendered files).
    public static func generate(_ settings: GenerateSettings) -> CommandResult {
        var result = CommandResult()
        guard let files = render(settings, into: &result) else { return result }
        do {
            switch try OutputWriter.replace(settings.outputDirectory, with: files) {
            case .replaced: result.errors += "wrote \(files.count) files to \(settings.outputDirectory)\n"
            case .unchanged: result.errors += "\(settings.outputDirectory) already holds these \(files.count) files\n"
            }
        } catch {
            result.errors += "\(error)\n"
            result.status = 1
        }
        return result
    }

    /// `check`: status 1 and the list of stale files when the output folder differs from a fresh render.
    public static func check(_ settings: GenerateSettings) -> CommandResult {
        var result = CommandResult()
        guard let files = render(settings, into: &result) else { return result }
        let stale = OutputWriter.differences(in: settings.outputDirectory, from: files)
        if stale.isEmpty {
            result.errors += "\(settings.outputDirectory) is up to date (\(files.count) files)\n"
        } else {
            result.output += stale.map { "stale: \(settings.outputDirectory)/\($0)\n" }.joined()
            result.status = 1
        }
        return result
    }

    /// Runs the pipeline; diagnostics go to `result.errors`, a failure sets a non-zero status.
    static func render(_ settings: GenerateSettings, into result: inout CommandResult) -> [OutputFile]? {
        do {
            let output = try GeneratorPipeline.run(settings.input)
            result.errors += lines(output.diagnostics.map(\.description))
            return output.files
        } catch {
            result.errors += lines(describe(error, specPath: settings.input.specPath))
            result.status = 1
            return nil
        }
    }
}
