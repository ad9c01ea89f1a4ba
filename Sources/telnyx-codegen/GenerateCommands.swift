import ArgumentParser
import CodegenRender
import Foundation
import TelnyxCodegen

/// Options of `generate` and `check`: every path defaults to the repository layout.
struct GenerateOptions: ParsableArguments {
    @Option(help: "The OpenAPI document (YAML or JSON).")
    var spec: String = "spec/openapi.yaml"

    @Option(help: "The output folder, replaced as a whole.")
    var output: String = "Generated"

    @Option(help: "products.yaml, or the folder holding products.yaml and naming.yaml (default: the spec's folder).")
    var config: String?

    @Option(help: "A folder of .mustache files overriding the embedded templates of the same name.")
    var templates: String?

    @Flag(name: .customLong("no-skills"), help: "Write only the Swift client, not the skill documents.")
    var noSkills = false

    @Flag(name: .customLong("no-testing"), help: "Do not write the TelnyxTesting library (Testing/).")
    var noTesting = false

    @Option(help: "The modules' prefix: <prefix>Core, <prefix><Product> per product, and the umbrella <prefix>.")
    var modulePrefix = "Telnyx"

    @Flag(name: .customLong("single-module"), help: "Write the client as one module (the build-tool plugin's layout).")
    var singleModule = false

    var settings: Commands.GenerateSettings {
        Commands.GenerateSettings(
            specPath: spec, outputDirectory: output, configPath: config, templatesDirectory: templates,
            includeSkills: !noSkills, includeTesting: !noTesting, modulePrefix: singleModule ? nil : modulePrefix)
    }
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render the Swift client and skill documents, replacing the output folder atomically.")
    @OptionGroup var options: GenerateOptions

    func run() throws { try finish(Commands.generate(options.settings)) }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exit 1 and list the files that differ when the output folder is stale.")
    @OptionGroup var options: GenerateOptions

    func run() throws { try finish(Commands.check(options.settings)) }
}

struct EmbedTemplates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed-templates",
        abstract: "Copy Templates/ into the Swift source that ships them inside the binary.")
    @Option(help: "The templates folder.") var templates: String = "Templates"
    @Option(help: "The Swift file to write.")
    var output: String = "Sources/CodegenRender/Templates/EmbeddedTemplates.swift"

    func run() throws {
        let source = TemplateSet.embeddedSource(try TemplateSet.read(directory: templates))
        try Data(source.utf8).write(to: URL(fileURLWithPath: output))
    }
}

struct ExtractSnippets: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-snippets",
        abstract:
            "Wrap every ```swift block of the skill documents, the modules' DocC articles and README.md into one Swift file that must compile."
    )
    @Option(help: "The folder of skill documents.") var skills: String = SnippetFiles.skillsFolder
    @Option(help: "The folder of the modules and their DocC catalogs.") var catalogs: String = SnippetFiles
        .catalogsFolder
    @Option(help: "The README.") var readme: String = SnippetFiles.readme
    @Option(help: "The Swift file to write.") var output: String = "Tests/SkillSnippets/Snippets.swift"

    func run() throws {
        let source = try SnippetFiles.source(skillsDirectory: skills, catalogsDirectory: catalogs, extraFiles: [readme])
        try Data(source.utf8).write(to: URL(fileURLWithPath: output))
    }
}

struct UnionExamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "union-examples",
        abstract:
            "Print a Swift program that decodes each union variant's example through the client and checks the variant "
            + "(argument: rounds; used by CompileTests and scripts/bench-decode.sh).")
    @OptionGroup var options: SpecOptions
    @Option(help: "The module of the generated client.") var module: String = "Telnyx"

    func run() throws {
        let model = try GeneratorPipeline.load(options.input).model
        Swift.print(try UnionExamples.program(model: model, clientModule: module), terminator: "")
    }
}

struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Write the spec as facts (paths, operations, parameters, schemas, enums, formats, examples, titles) "
            + "without its description texts, as YAML.")
    @Argument(help: "The published OpenAPI document (YAML or JSON).") var spec: String
    @Option(help: "The YAML file to write (replaced as a whole); standard output when absent.") var output: String?

    func run() throws {
        let header = [
            "The API as facts: \((spec as NSString).lastPathComponent) without its description texts.",
            "Written by `telnyx-codegen facts`; derive it again rather than editing it (README: Refreshing the spec).",
        ]
        let text = SpecYAMLWriter.text(SpecFacts.strip(try SpecLoader.read(specPath: spec).root), header: header)
        guard let output else { return Swift.print(text, terminator: "") }
        let temporary = output + ".tmp"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, output) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
