import ArgumentParser
import CodegenIR
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

    func generate() throws -> Generator.Result {
        do {
            let result = try Generator.generate(specPath: spec, configPath: config, templatesDirectory: templates)
            Diagnostics.print(result.diagnostics)
            return result
        } catch let error as CustomStringConvertible & Error {
            if let build = error as? IRBuildError {
                Diagnostics.print(build.diagnostics)
            } else {
                Diagnostics.printLine(error.description)
            }
            throw ExitCode.failure
        }
    }
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render the Swift client (and skill documents) and replace the output folder atomically.")
    @OptionGroup var options: GenerateOptions

    func run() throws {
        let result = try options.generate()
        do {
            try OutputWriter.replace(options.output, with: result.files)
        } catch {
            Diagnostics.printLine(String(describing: error))
            throw ExitCode.failure
        }
        Diagnostics.printLine("wrote \(result.files.count) files to \(options.output)")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exit 1 and list the files that differ when the output folder is stale.")
    @OptionGroup var options: GenerateOptions

    func run() throws {
        let result = try options.generate()
        let stale = OutputWriter.differences(in: options.output, from: result.files)
        guard stale.isEmpty else {
            for path in stale { Swift.print("stale: \(options.output)/\(path)") }
            throw ExitCode.failure
        }
        Diagnostics.printLine("\(options.output) is up to date (\(result.files.count) files)")
    }
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
