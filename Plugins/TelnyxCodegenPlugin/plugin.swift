import Foundation
import PackagePlugin

/// Generates the Telnyx Swift client from the OpenAPI document in the target it is applied to.
///
/// The target holds exactly one `openapi.yaml` / `openapi.yml` / `openapi.json` (or names its spec
/// in `telnyx-codegen.json`: `{"spec": "...", "config": "...", "templates": "..."}`, paths relative
/// to the target), an optional `products.yaml` and `naming.yaml` beside the spec, and an optional
/// `Templates/` folder of template overrides. The spec, the configuration and the overrides are the
/// command's inputs and every generated file its outputs, so SwiftPM reruns the generator only
/// when an input changes.
@main
struct TelnyxCodegenPlugin: BuildToolPlugin {
    static let specNames: Set<String> = ["openapi.yaml", "openapi.yml", "openapi.json"]
    static let settingsFile = "telnyx-codegen.json"

    /// The optional `telnyx-codegen.json`.
    struct Settings: Decodable {
        var spec: String?
        var config: String?
        var templates: String?
    }

    struct PluginError: Error, CustomStringConvertible {
        var description: String
    }

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        do {
            return [try command(context: context, target: target)]
        } catch let error as PluginError {
            // An error diagnostic stops the build (thrown as well, SwiftPM would print it twice).
            Diagnostics.error(error.description)
            return []
        }
    }

    private func command(context: PluginContext, target: Target) throws -> Command {
        let directory = target.directoryURL
        let manager = FileManager.default
        var inputs: [URL] = []

        var settings = Settings()
        let settingsURL = directory.appending(path: Self.settingsFile)
        if manager.fileExists(atPath: settingsURL.path) {
            do {
                settings = try JSONDecoder().decode(Settings.self, from: Data(contentsOf: settingsURL))
            } catch {
                throw PluginError(description: "\(settingsURL.path): error: cannot read the settings: \(error)")
            }
            inputs.append(settingsURL)
        }

        let spec: URL
        if let path = settings.spec {
            spec = directory.appending(path: path).standardizedFileURL
            guard manager.fileExists(atPath: spec.path) else {
                throw PluginError(description: "\(settingsURL.path): error: the spec '\(path)' does not exist")
            }
        } else {
            let candidates = Self.files(in: directory).filter { Self.specNames.contains($0.lastPathComponent) }
            guard candidates.count == 1, let only = candidates.first else {
                let found =
                    candidates.isEmpty
                    ? "none"
                    : candidates.map { $0.path.replacingOccurrences(of: directory.path + "/", with: "") }
                        .joined(separator: ", ")
                throw PluginError(
                    description:
                        "target '\(target.name)' needs exactly one OpenAPI document (openapi.yaml, openapi.yml "
                        + "or openapi.json), or its path as \"spec\" in \(Self.settingsFile); found \(found)")
            }
            spec = only
        }
        inputs.append(spec)

        // The configuration folder: `config` (a folder, or a products.yaml) or the spec's folder.
        var configDirectory = spec.deletingLastPathComponent()
        if let path = settings.config {
            let url = directory.appending(path: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw PluginError(description: "\(settingsURL.path): error: the config '\(path)' does not exist")
            }
            configDirectory = isDirectory.boolValue ? url : url.deletingLastPathComponent()
        }
        var products: [String] = []
        let productsURL = configDirectory.appending(path: ProductsFile.fileName)
        if let data = manager.contents(atPath: productsURL.path) {
            // PluginsShared/ (a symlink to Sources/PluginsShared): the generator's own rules.
            products = ProductsFile.outputProducts(inYAML: String(decoding: data, as: UTF8.self))
            inputs.append(productsURL)
        }
        let namingURL = configDirectory.appending(path: "naming.yaml")
        if manager.fileExists(atPath: namingURL.path) { inputs.append(namingURL) }

        var arguments = [
            "generate", "--single-module", "--no-skills", "--no-testing", "--spec", spec.path, "--config",
            configDirectory.path,
        ]
        let templates = directory.appending(path: settings.templates ?? "Templates").standardizedFileURL
        if settings.templates != nil || manager.fileExists(atPath: templates.path) {
            let overrides = Self.files(in: templates)
            guard settings.templates == nil || manager.fileExists(atPath: templates.path) else {
                throw PluginError(
                    description: "\(settingsURL.path): error: the templates '\(settings.templates!)' do not exist")
            }
            inputs += overrides
            arguments += ["--templates", templates.path]
        }

        let output = context.pluginWorkDirectoryURL.appending(path: "Generated")
        arguments += ["--output", output.path]
        return .buildCommand(
            displayName: "Generating Telnyx client for \(target.name) from \(spec.lastPathComponent)",
            executable: try context.tool(named: "telnyx-codegen").url,
            arguments: arguments,
            inputFiles: inputs,
            outputFiles: OutputLayout.swiftFilePaths(products: products).map { output.appending(path: $0) }
        )
    }

    /// Regular files under `directory`, recursively, in path order (none when it does not exist).
    static func files(in directory: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            files.append(url.standardizedFileURL)
        }
        return files.sorted { $0.path < $1.path }
    }
}
