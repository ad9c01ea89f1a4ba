import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-telnyx-client [--check]
/// [--spec FILE] [--config DIR] [--output DIR] [--templates DIR]`
///
/// Runs `telnyx-codegen generate` (the Swift client and the skill documents) from the package's
/// `spec/openapi.yaml` into its `Generated/` folder, which is replaced atomically; with `--check`,
/// runs `telnyx-codegen check` instead and fails, listing the stale files, when `Generated/` is out
/// of date. Paths are relative to the package folder. After a regeneration it prints what changed for
/// Swift callers since the previous one (`telnyx-codegen diff` against a copy of the spec it kept in the
/// plugin's work folder, `.build/plugins/...`), e.g. `spec changes since the last regeneration: 0 breaking, 3 additive`.
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
        let spec = path("spec", default: "spec/openapi.yaml")!
        let config = path("config")
        var toolArguments = [
            check ? "check" : "generate",
            "--spec", spec,
            "--output", path("output", default: "Generated")!,
        ]
        if let config { toolArguments += ["--config", config] }
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
        if !check {
            try reportChanges(
                context: context, spec: spec,
                config: config ?? URL(fileURLWithPath: spec).deletingLastPathComponent().path)
        }
    }

    /// Prints the `diff` summary against the spec of the previous regeneration, then keeps this one.
    private func reportChanges(context: PluginContext, spec: String, config: String) throws {
        let snapshot = context.pluginWorkDirectoryURL.appending(path: "previous-spec.yaml")
        if FileManager.default.fileExists(atPath: snapshot.path) {
            let process = Process()
            let pipe = Pipe()
            process.executableURL = try context.tool(named: "telnyx-codegen").url
            process.arguments = ["diff", snapshot.path, spec, "--config", config]
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if let summary = output.split(separator: "\n").last, process.terminationStatus != 2 {
                print("spec changes since the last regeneration: \(summary)")
            }
            try FileManager.default.removeItem(at: snapshot)
        }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: spec), to: snapshot)
    }
}
