import ArgumentParser
import CodegenIR
import Foundation
import SpecReader
import TelnyxCodegen

#if canImport(Glibc)
    import Glibc
#endif

/// `telnyx-codegen`: reads a Telnyx OpenAPI spec and generates a Swift client and skill documents.
struct TelnyxCodegenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "telnyx-codegen",
        abstract: "Generate a Swift client for the Telnyx API from its OpenAPI document.",
        subcommands: [Generate.self, Check.self, DumpIR.self, Lint.self, Bench.self, EmbedTemplates.self])
}

/// Options shared by the commands that read a spec.
struct SpecOptions: ParsableArguments {
    @Argument(help: "The OpenAPI document (YAML or JSON).")
    var spec: String = "spec/openapi.yaml"

    @Option(name: .customLong("config"), help: "Folder with products.yaml and naming.yaml (default: the spec's folder).")
    var configDirectory: String?

    /// Loads the IR, printing diagnostics to stderr; exits non-zero on errors.
    func load() throws -> APIModel {
        do {
            let (model, diagnostics) = try SpecLoader.load(specPath: spec, configDirectory: configDirectory)
            Diagnostics.print(diagnostics)
            return model
        } catch let error as IRBuildError {
            Diagnostics.print(error.diagnostics)
            throw ExitCode.failure
        } catch let error as SpecReadError {
            Diagnostics.printLine(error.description)
            throw ExitCode.failure
        }
    }
}

enum Diagnostics {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printLine(diagnostic.description) }
    }

    static func printLine(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

struct DumpIR: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump-ir", abstract: "Print the IR as stable, sorted JSON on stdout.")
    @OptionGroup var options: SpecOptions

    func run() throws {
        let model = try options.load()
        Swift.print(try IRDump.json(model))
    }
}

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report diagnostics on stderr: exit 0 with warnings only, non-zero on errors.")
    @OptionGroup var options: SpecOptions

    func run() throws {
        let model = try options.load()
        Diagnostics.printLine(
            "\(options.spec): \(model.operations.count) operations, \(model.schemas.count) schemas, \(model.webhooks.count) webhooks")
    }
}

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time reading and IR building on a spec and print peak memory (use a release build).")
    @OptionGroup var options: SpecOptions

    func run() throws {
        let figures = try Benchmark.run(specPath: options.spec, configDirectory: options.configDirectory)
        func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
        Swift.print("spec:        \(options.spec)")
        Swift.print("read:        \(ms(figures.readSeconds))")
        Swift.print("ir:          \(ms(figures.irSeconds))")
        Swift.print("total:       \(ms(figures.totalSeconds))")
        Swift.print(String(format: "peak memory: %.1f MB", Benchmark.peakMemoryMB()))
        Swift.print("counts:      \(figures.operations) operations, \(figures.schemas) schemas, \(figures.webhooks) webhooks, \(figures.warnings) warnings")
    }
}

TelnyxCodegenCommand.main()
