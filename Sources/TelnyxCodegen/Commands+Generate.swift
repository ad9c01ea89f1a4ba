import CodegenIR
import CodegenRender
import Foundation

extension Commands {
    /// Where `generate` and `check` read and write; every path defaults to the repository layout.
    public struct GenerateSettings: Sendable {
        public var specPath: String
        public var outputDirectory: String
        /// `products.yaml`, or the folder holding it and `naming.yaml` (default: the spec's folder).
        public var configPath: String?
        public var templatesDirectory: String?
        /// Also render the skill documents (`skills/`); build plugins turn this off.
        public var includeSkills: Bool
        /// Also render the `TelnyxTesting` library (`Testing/`); build plugins turn this off.
        public var includeTesting: Bool
        /// The client's modules are named after it (`Telnyx`, `TelnyxCore`, `TelnyxMessaging`, ...); nil: one module.
        public var modulePrefix: String?

        public init(
            specPath: String = "spec/openapi.yaml", outputDirectory: String = "Generated", configPath: String? = nil,
            templatesDirectory: String? = nil, includeSkills: Bool = true, includeTesting: Bool = true,
            modulePrefix: String? = "Telnyx"
        ) {
            self.modulePrefix = modulePrefix
            self.specPath = specPath
            self.outputDirectory = outputDirectory
            self.configPath = configPath
            self.templatesDirectory = templatesDirectory
            self.includeSkills = includeSkills
            self.includeTesting = includeTesting
        }
    }

    /// `generate`: renders everything and replaces the output folder atomically.
    public static func generate(_ settings: GenerateSettings) -> CommandResult {
        var result = CommandResult()
        guard let files = render(settings, into: &result) else { return result }
        do {
            try OutputWriter.replace(settings.outputDirectory, with: files)
            result.errors += "wrote \(files.count) files to \(settings.outputDirectory)\n"
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
        let input = GeneratorPipeline.Input(
            specPath: settings.specPath, configDirectory: settings.configPath.map(SpecLoader.configDirectory(for:)),
            templatesDirectory: settings.templatesDirectory, includeSkills: settings.includeSkills,
            includeTesting: settings.includeTesting, modulePrefix: settings.modulePrefix)
        do {
            let output = try GeneratorPipeline.run(input)
            result.errors += lines(output.diagnostics.map(\.description))
            return output.files
        } catch {
            result.errors += lines(describe(error, specPath: settings.specPath))
            result.status = 1
            return nil
        }
    }
}
