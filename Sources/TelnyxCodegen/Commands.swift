import CodegenIR
import CodegenRender
import Foundation
import SpecReader

/// What a command printed and how it ended, so the CLI stays thin and tests can check both.
public struct CommandResult: Sendable, Equatable {
    /// Text for standard output.
    public var output: String
    /// Diagnostics and messages for standard error, one per line.
    public var errors: String
    /// The process exit status: 0 on success.
    public var status: Int32

    public init(output: String = "", errors: String = "", status: Int32 = 0) {
        self.output = output
        self.errors = errors
        self.status = status
    }
}

/// The bodies of the CLI commands that read a spec.
public enum Commands {
    /// `dump-ir`: the IR as stable, sorted JSON; warnings go to `errors`; non-zero status on errors.
    public static func dumpIR(_ input: GeneratorPipeline.Input) -> CommandResult {
        var result = CommandResult()
        guard let model = load(input, into: &result) else { return result }
        do {
            result.output = try IRDump.json(model) + "\n"
        } catch {
            result.errors += "error: cannot encode the IR: \(error)\n"
            result.status = 1
        }
        return result
    }

    /// `lint`: diagnostics only, then a summary line; status 0 with warnings only, non-zero on errors.
    public static func lint(_ input: GeneratorPipeline.Input) -> CommandResult {
        var result = CommandResult()
        guard let model = load(input, into: &result) else { return result }
        result.errors +=
            "\(input.specPath): \(model.operations.count) operations, \(model.schemas.count) schemas, \(model.webhooks.count) webhooks\n"
        return result
    }

    /// The pipeline's IR stage, its diagnostics and the name collisions appended to `result.errors`;
    /// on failure sets a non-zero status and returns nil.
    static func load(_ input: GeneratorPipeline.Input, into result: inout CommandResult) -> APIModel? {
        do {
            let loaded = try GeneratorPipeline.load(input)
            result.errors += lines(
                (loaded.diagnostics + SwiftNaming(model: loaded.model).collisionWarnings(in: loaded.model)).map(
                    \.description))
            return loaded.model
        } catch {
            result.errors += lines(describe(error, specPath: input.specPath))
        }
        result.status = 1
        return nil
    }

    /// The lines an error prints: each diagnostic of an IR error (only its errors with `errorsOnly`),
    /// a reader error's location and message, otherwise the spec's path and the error.
    static func describe(_ error: any Error, specPath: String, errorsOnly: Bool = false) -> [String] {
        switch error {
        case let error as IRBuildError:
            error.diagnostics.filter { !errorsOnly || $0.severity == .error }.map(\.description)
        case let error as SpecReadError: [error.description]
        case let error as TemplateSet.LoadError: [error.description]
        default: ["\(specPath): error: \(error)"]
        }
    }

    static func lines(_ lines: [String]) -> String {
        lines.map { $0 + "\n" }.joined()
    }
}
