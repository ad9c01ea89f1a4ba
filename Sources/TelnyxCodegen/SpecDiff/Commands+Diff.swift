import CodegenIR
import CodegenRender
import Foundation

extension Commands {
    /// `diff`: what changes for Swift callers from the spec at `oldPath` to the one at `newPath`.
    /// Status 0 when nothing breaks, 1 when something does, 2 when a spec cannot be read or built.
    /// Each spec uses the configuration in `configDirectory`, or in its own folder.
    public static func diff(
        oldPath: String, newPath: String, configDirectory: String?, format: SpecDiffFormat = .text
    ) -> CommandResult {
        var result = CommandResult()
        let paths = [oldPath, newPath]
        let loaded = loadConcurrently(paths, configDirectory: configDirectory)
        var models: [APIModel] = []
        for (path, outcome) in zip(paths, loaded) {
            switch outcome {
            case .success(let model): models.append(model)
            case .failure(let error): result.errors += lines(describe(error, specPath: path, errorsOnly: true))
            }
        }
        guard models.count == 2 else {
            result.status = 2
            return result
        }
        let diff = SpecDiff.compare(old: models[0], new: models[1])
        result.output = diff.formatted(format)
        if format == .json { result.errors += diff.summary + "\n" }
        result.status = diff.hasBreakingChanges ? 1 : 0
        return result
    }

    /// Both IRs, built side by side (warnings are lint's business, not the diff's).
    private static func loadConcurrently(_ paths: [String], configDirectory: String?) -> [Result<
        APIModel, any Error
    >] {
        concurrentMap(paths) { path in
            Result { try GeneratorPipeline.load(.init(specPath: path, configDirectory: configDirectory)).model }
        }
    }
}
