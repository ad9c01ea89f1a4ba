import CodegenIR
import CodegenRender
import Foundation
import SpecReader

/// The generator as one pipeline: a spec file (with its configuration and template overrides) →
/// its IR (``load(_:)``) → every output file (``run(_:)``), with the diagnostics and the time each
/// stage took. Every command goes through it: `generate` and `check` run it whole; `lint`, `dump-ir`,
/// `diff`, `union-examples` and the name agreement stop after the IR; `bench` times it. Nothing here
/// touches the output folder.
///
/// Stages: `SpecLoader.read` (file → `SpecNode` tree, while the configuration and templates load) →
/// `SpecLoader.build` (tree → `APIModel`) → ``render(_:templates:configuredProducts:includeSkills:includeTesting:curation:modulePrefix:)``
/// (model → `[OutputFile]`: the Swift client, the skill documents, `TelnyxTesting`).
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
        /// Apply `naming.yaml`'s overrides; false: names from the rules alone (the name agreement's baseline).
        public var appliesNameOverrides: Bool

        public init(
            specPath: String, configDirectory: String? = nil, templatesDirectory: String? = nil,
            includeSkills: Bool = true, includeTesting: Bool = true, modulePrefix: String? = nil,
            appliesNameOverrides: Bool = true
        ) {
            self.modulePrefix = modulePrefix
            self.specPath = specPath
            self.configDirectory = configDirectory
            self.templatesDirectory = templatesDirectory
            self.includeSkills = includeSkills
            self.includeTesting = includeTesting
            self.appliesNameOverrides = appliesNameOverrides
        }

        /// The configuration folder: ``configDirectory`` or the spec's own folder.
        var resolvedConfigDirectory: String {
            configDirectory ?? SpecLoader.defaultConfigDirectory(specPath: specPath)
        }
    }

    /// Seconds per stage; loading the configuration and templates happens while the spec is read.
    public struct Timings: Sendable {
        public var read: Double
        public var ir: Double
        public var render: Double
        public var total: Double { read + ir + render }
    }

    /// The IR stage's result.
    public struct Loaded: Sendable {
        public var model: APIModel
        /// The reader's and the IR builder's warnings.
        public var diagnostics: [Diagnostic]
        public var configuration: GeneratorConfiguration
        /// `read` and `ir` (no rendering happened: `render` is 0).
        public var timings: Timings
    }

    public struct Output: Sendable {
        /// Every file, sorted by path.
        public var files: [OutputFile]
        public var model: APIModel
        /// The reader's and the IR builder's warnings, then names that collide after Swift casing.
        public var diagnostics: [Diagnostic]
        public var timings: Timings
    }

    /// Reads the spec and builds the IR, the configuration loading beside the read.
    /// - Throws: `SpecReadError` (unreadable or hostile file), `IRBuildError` (errors with
    ///   file:line:column), or a configuration file's read error.
    public static func load(_ input: Input) throws -> Loaded {
        try load(input) { directory in (try SpecLoader.configuration(in: directory), ()) }.loaded
    }

    /// Runs every stage.
    /// - Throws: what ``load(_:)`` throws, and `TemplateSet.LoadError`.
    public static func run(_ input: Input) throws -> Output {
        // The templates and the skills' text load with the configuration, while the spec is read.
        let (loaded, (templates, curation)) = try load(input) { directory in
            (
                try SpecLoader.configuration(in: directory),
                (
                    try TemplateSet(overrideDirectory: input.templatesDirectory),
                    try SkillCurationLoader.load(in: directory)
                )
            )
        }
        let model = loaded.model
        let start = DispatchTime.now()
        // One naming pass for the client and the collision warnings, which run beside rendering.
        let naming = SwiftNaming(model: model)
        let collisions = BackgroundWork { naming.collisionWarnings(in: model) }
        let files = render(
            model, templates: templates, configuredProducts: loaded.configuration.outputProducts,
            includeSkills: input.includeSkills, includeTesting: input.includeTesting, curation: curation,
            modulePrefix: input.modulePrefix, naming: naming)
        var timings = loaded.timings
        timings.render = seconds(start, DispatchTime.now())
        return Output(files: files, model: model, diagnostics: loaded.diagnostics + collisions.wait(), timings: timings)
    }

    /// The rendering stage: IR → every output file, sorted by path (nothing touches the disk).
    /// - Parameters:
    ///   - includeSkills: also render the skill documents under `skills/`.
    ///   - includeTesting: also render the `TelnyxTesting` library under `Testing/`.
    ///   - curation: the hand-written text of the skill documents (`skills.yaml`).
    ///   - modulePrefix: split the client into a module per product (`Telnyx<Product>`), a core and the
    ///     umbrella `modulePrefix`; nil, or no configured products: one module.
    ///   - naming: the model's naming pass, when the caller has run it already.
    public static func render(
        _ model: APIModel, templates: TemplateSet, configuredProducts: [String] = [], includeSkills: Bool = true,
        includeTesting: Bool = true, curation: SkillCuration = SkillCuration(), modulePrefix: String? = nil,
        naming: SwiftNaming? = nil
    ) -> [OutputFile] {
        Renderer.render(
            model, templates: templates, configuredProducts: configuredProducts, includeSkills: includeSkills,
            includeTesting: includeTesting, curation: curation, modulePrefix: modulePrefix, naming: naming
        ).sorted { $0.path < $1.path }
    }

    /// The read and IR stages, with `settings` (the configuration and whatever else the caller needs
    /// from the configuration folder) loaded on another thread meanwhile.
    private static func load<Extra: Sendable>(
        _ input: Input, with settings: @escaping @Sendable (String) throws -> (GeneratorConfiguration, Extra)
    ) throws -> (loaded: Loaded, extra: Extra) {
        let directory = input.resolvedConfigDirectory
        let settings = BackgroundWork { Result { try settings(directory) } }
        let start = DispatchTime.now()
        let spec = Result { try SpecLoader.read(specPath: input.specPath) }
        var (configuration, extra) = try settings.wait().get()
        if !input.appliesNameOverrides { configuration.nameOverrides = [:] }
        let (root, warnings) = try (consume spec).get()
        let read = DispatchTime.now()
        let (model, diagnostics) = try SpecLoader.build(root, readWarnings: warnings, configuration: configuration)
        // The node tree is freed on another thread, beside what follows.
        releaseInBackground(consume root)
        let timings = Timings(read: seconds(start, read), ir: seconds(read, DispatchTime.now()), render: 0)
        return (Loaded(model: model, diagnostics: diagnostics, configuration: configuration, timings: timings), extra)
    }

    static func seconds(_ from: DispatchTime, _ to: DispatchTime) -> Double {
        Double(to.uptimeNanoseconds - from.uptimeNanoseconds) / 1e9
    }
}
