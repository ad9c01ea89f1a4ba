import CodegenIR
import CodegenRender
import Foundation
import SpecReader

/// The generator as one function: a spec file (with its configuration and template overrides) →
/// every output file, in path order, with the diagnostics and the time each stage took. The CLI
/// (`generate`, `check`), the benchmark and the tests all run it; nothing here touches the output folder.
///
/// Stages: `SpecLoader.read` (file → `SpecNode` tree) → `SpecLoader.build` (tree → `APIModel`) →
/// `Generator.render` (model → `[OutputFile]`: the Swift client, the skill documents, `TelnyxTesting`).
public enum GeneratorPipeline {
    public struct Input: Sendable {
        public var specPath: String
        /// The folder with `products.yaml`, `naming.yaml` and `skills.yaml`; nil: the spec's folder.
        public var configDirectory: String?
        /// A folder of `.mustache` files replacing embedded templates of the same name.
        public var templatesDirectory: String?
        public var includeSkills: Bool
        public var includeTesting: Bool
        /// Split the client into modules named after it (`Telnyx`, `TelnyxCore`, `TelnyxMessaging`, ...);
        /// nil: one module (the build-tool plugin's layout).
        public var modulePrefix: String?

        public init(
            specPath: String, configDirectory: String? = nil, templatesDirectory: String? = nil,
            includeSkills: Bool = true, includeTesting: Bool = true, modulePrefix: String? = nil
        ) {
            self.modulePrefix = modulePrefix
            self.specPath = specPath
            self.configDirectory = configDirectory
            self.templatesDirectory = templatesDirectory
            self.includeSkills = includeSkills
            self.includeTesting = includeTesting
        }
    }

    /// Seconds per stage; loading the configuration and templates happens while the spec is read.
    public struct Timings: Sendable {
        public var read: Double
        public var ir: Double
        public var render: Double
        public var total: Double { read + ir + render }
    }

    public struct Output: Sendable {
        /// Every file, sorted by path.
        public var files: [OutputFile]
        public var model: APIModel
        /// The reader's and the IR builder's warnings, then names that collide after Swift casing.
        public var diagnostics: [Diagnostic]
        public var timings: Timings
    }

    /// Runs every stage.
    /// - Throws: `SpecReadError` (unreadable or hostile file), `IRBuildError` (errors with
    ///   file:line:column), `TemplateSet.LoadError`, or a configuration file's read error.
    public static func run(_ input: Input) throws -> Output {
        let directory = input.configDirectory ?? SpecLoader.defaultConfigDirectory(specPath: input.specPath)
        // The configuration and the templates load while the spec is read.
        let settings = BackgroundWork {
            Result {
                (
                    try SpecLoader.configuration(in: directory),
                    try TemplateSet(overrideDirectory: input.templatesDirectory),
                    try SkillCurationLoader.load(in: directory)
                )
            }
        }
        let start = DispatchTime.now()
        let spec = Result { try SpecLoader.read(specPath: input.specPath) }
        let (configuration, templates, curation) = try settings.wait().get()
        let (root, warnings) = try (consume spec).get()
        let read = DispatchTime.now()
        let (model, diagnostics) = try SpecLoader.build(root, readWarnings: warnings, configuration: configuration)
        // The node tree is freed on another thread, beside rendering.
        releaseInBackground(consume root)
        let built = DispatchTime.now()
        // The collision check reads only the model: it runs beside rendering.
        let collisions = BackgroundWork { NameCollisions.warnings(in: model) }
        let files = Generator.render(
            model, templates: templates, configuredProducts: configuration.outputProducts,
            includeSkills: input.includeSkills, includeTesting: input.includeTesting, curation: curation,
            modulePrefix: input.modulePrefix)
        let rendered = DispatchTime.now()
        return Output(
            files: files, model: model, diagnostics: diagnostics + collisions.wait(),
            timings: Timings(
                read: seconds(start, read), ir: seconds(read, built), render: seconds(built, rendered)))
    }

    static func seconds(_ from: DispatchTime, _ to: DispatchTime) -> Double {
        Double(to.uptimeNanoseconds - from.uptimeNanoseconds) / 1e9
    }
}
