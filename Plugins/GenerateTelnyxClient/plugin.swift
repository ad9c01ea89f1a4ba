import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-telnyx-client [--check]
/// [--spec FILE] [--config DIR] [--output DIR] [--templates DIR]`
///
/// Runs `telnyx-codegen generate` (the Swift client and the skill documents) from the package's
/// `spec/openapi.yaml` into its `Generated/` folder, which is replaced atomically; with `--check`,
/// runs `telnyx-codegen check` instead and fails, listing the stale files, when `Generated/` is out
/// of date. Paths are relative to the package folder.
@main
struct GenerateTelnyxClient: CommandPlugin {
    struct PluginError: Error, CustomStringConvertible {
        var description: String
    }

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let check = extractor.extractFlag(named: "check") > 0
        let package = context.package.directoryURL
        func path(_ option: String, default value: String? = nil) -> String? {
            (extractor.extractOption(named: option).last ?? value).map { package.appending(path: $0).path }
        }
        var toolArguments = [
            check ? "check" : "generate",
            "--spec", path("spec", default: "spec/openapi.yaml")!,
            "--output", path("output", default: "Generated")!,
        ]
        if let config = path("config") { toolArguments += ["--config", config] }
        if let templates = path("templates") { toolArguments += ["--templates", templates] }
        guard extractor.remainingArguments.isEmpty else {
            throw PluginError(
                description: "unexpected arguments: \(extractor.remainingArguments.joined(separator: " ")) "
                    + "(expected --check, --spec FILE, --config DIR, --output DIR, --templates DIR)")
        }

        let process = Process()
        process.executableURL = try context.tool(named: "telnyx-codegen").url
        process.arguments = toolArguments
        process.currentDirectoryURL = package
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let message =
                check
                ? "the generated client is stale: run `swift package --allow-writing-to-package-directory "
                    + "generate-telnyx-client`"
                : "telnyx-codegen \(toolArguments[0]) failed (status \(process.terminationStatus))"
            throw PluginError(description: message)
        }
    }
}
