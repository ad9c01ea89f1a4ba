import ArgumentParser
import Foundation
import TelnyxCodegen

/// `telnyx-codegen`: reads a Telnyx OpenAPI spec and generates a Swift client and skill documents.
struct TelnyxCodegenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "telnyx-codegen",
        abstract: "Generate a Swift client for the Telnyx API from its OpenAPI document.",
        subcommands: [
            Generate.self, Check.self, DumpIR.self, Lint.self, Bench.self, EmbedTemplates.self, ExtractSnippets.self,
            Names.self, Diff.self, Facts.self, UnionExamplesCommand.self,
        ])
}

/// Options shared by the commands that read a spec.
struct SpecOptions: ParsableArguments {
    @Argument(help: "The OpenAPI document (YAML or JSON).")
    var spec: String = "spec/openapi.yaml"

    @Option(
        name: .customLong("config"), help: "Folder with products.yaml and naming.yaml (default: the spec's folder).")
    var configDirectory: String?

    /// The pipeline's input for these options: the spec and its configuration.
    var input: GeneratorPipeline.Input {
        GeneratorPipeline.Input(specPath: spec, configDirectory: configDirectory.map(SpecLoader.configDirectory(for:)))
    }
}

/// Writes a command's output and errors, and exits with its status.
func finish(_ result: CommandResult) throws {
    FileHandle.standardOutput.write(Data(result.output.utf8))
    FileHandle.standardError.write(Data(result.errors.utf8))
    if result.status != 0 { throw ExitCode(result.status) }
}

struct DumpIR: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump-ir", abstract: "Print the IR as stable, sorted JSON on stdout.")
    @OptionGroup var options: SpecOptions

    func run() throws {
        try finish(Commands.dumpIR(options.input))
    }
}

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report diagnostics on stderr: exit 0 with warnings only, non-zero on errors.")
    @OptionGroup var options: SpecOptions

    func run() throws {
        try finish(Commands.lint(options.input))
    }
}

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time reading, IR building and rendering on a spec and print peak memory (use a release build).")
    @OptionGroup var options: SpecOptions

    func run() throws {
        let figures = try Benchmark.run(options.input)
        func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
        Swift.print("spec:        \(options.spec)")
        Swift.print("read:        \(ms(figures.readSeconds))")
        Swift.print("ir:          \(ms(figures.irSeconds))")
        Swift.print("render:      \(ms(figures.renderSeconds))")
        Swift.print("total:       \(ms(figures.totalSeconds))")
        Swift.print(String(format: "peak memory: %.1f MB", Benchmark.peakMemoryMB()))
        Swift.print("output:      \(figures.files) files, \(figures.lines) lines, \(figures.bytes / 1024) KiB")
        Swift.print(
            "counts:      \(figures.operations) operations, \(figures.schemas) schemas, \(figures.webhooks) webhooks, \(figures.warnings) warnings"
        )
    }
}

TelnyxCodegenCommand.main()

extension SpecDiffFormat: ExpressibleByArgument {}

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "List what a spec update changes for Swift callers: exit 0 when nothing breaks, 1 when something does.")
    @Argument(help: "The previous OpenAPI document.") var old: String
    @Argument(help: "The new OpenAPI document.") var new: String
    @Option(
        name: .customLong("config"),
        help: "Folder with products.yaml and naming.yaml for both specs (default: each spec's folder).")
    var configDirectory: String?
    @Option(help: "text, markdown or json.") var format: SpecDiffFormat = .text

    func run() throws {
        try finish(
            Commands.diff(
                oldPath: old, newPath: new, configDirectory: configDirectory.map(SpecLoader.configDirectory(for:)),
                format: format))
    }
}

struct Names: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print how many shared endpoints get the official SDK's names, by rules alone and with overrides.")
    @OptionGroup var options: SpecOptions
    @Option(help: "The official names: JSON with `names` keyed 'METHOD /path'.")
    var official: String = "../shared/reference/official-sdk-names.json"
    @Flag(help: "List the shared endpoints the rules alone name differently.")
    var rulesDisagreements = false
    @Flag(help: "List the shared endpoints named differently even with the overrides.")
    var disagreements = false
    @Flag(help: "List the overrides whose name the rules alone already give.")
    var redundant = false

    func run() throws {
        let agreement = try NameAgreement.measure(
            specPath: options.spec, configDirectory: options.input.configDirectory, officialPath: official)
        Swift.print(agreement.report, terminator: "")
        if rulesDisagreements { agreement.rulesDisagreements.forEach { Swift.print($0) } }
        if disagreements { agreement.overrideDisagreements.forEach { Swift.print($0) } }
        if redundant { agreement.redundantOverrides.forEach { Swift.print("redundant override: \($0)") } }
    }
}
