import Foundation
import Testing

/// README.md's snippets stay true: the build-tool plugin snippet is what Examples/Package.swift
/// uses, the command-plugin commands match the plugin's declaration, and every CLI command runs.
@Suite("README snippets")
struct ReadmeTests {
    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: RepoPaths.path(relative), encoding: .utf8)
    }

    /// The fenced code blocks of a README section (from its `## title` to the next `## `).
    static func blocks(in section: String, language: String) throws -> [[String]] {
        let readme = try text("README.md")
        let start = try #require(readme.range(of: "## \(section)\n"), "no section '\(section)'")
        let body = readme[start.upperBound...].components(separatedBy: "\n## ")[0]
        var blocks: [[String]] = []
        var current: [String]?
        for line in body.components(separatedBy: "\n") {
            if current == nil, line == "```\(language)" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!)
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    static func trimmed(_ line: String) -> String {
        line.trimmingCharacters(in: .whitespaces)
    }

    @Test("the plugin snippet's target is Examples/Package.swift's, and its dependency the same package")
    func pluginSnippetMatchesExamples() throws {
        let snippet = try #require(
            Self.blocks(in: "Using the build-tool plugin in another package", language: "swift manifest").first)
        let manifest = try Self.text("Examples/Package.swift").components(separatedBy: "\n").map(Self.trimmed)

        // The target declaration: the same lines, in order, in Examples/Package.swift.
        let targetStart = try #require(snippet.firstIndex { Self.trimmed($0) == ".target(" })
        let targetEnd = try #require(snippet[targetStart...].firstIndex { Self.trimmed($0) == ")," })
        let target = snippet[targetStart...targetEnd].map(Self.trimmed)
        let found = manifest.indices.contains { start in
            Array(manifest.dropFirst(start).prefix(target.count)) == target
        }
        #expect(found, "README's target block is not in Examples/Package.swift:\n\(target.joined(separator: "\n"))")

        // The dependency: the same package name, by path (Examples uses "..").
        let dependency = try #require(snippet.map(Self.trimmed).first { $0.hasPrefix(".package(") })
        #expect(dependency.hasPrefix(#".package(name: "telnyx-swift", path: "#))
        #expect(manifest.contains(#".package(name: "telnyx-swift", path: ".."),"#))

        // The files the snippet's target relies on are in the example target.
        let name = try #require(target.first { $0.hasPrefix("name: ") }?.split(separator: "\"").dropFirst().first)
        for file in ["openapi.yaml", "products.yaml"] {
            #expect(FileManager.default.fileExists(atPath: RepoPaths.path("Examples/Sources/\(name)/\(file)")))
        }
    }

    @Test("the TelnyxTesting example is a test of Examples/TelnyxTestingTests, verbatim")
    func testingExampleIsATest() throws {
        let snippet = try #require(
            Self.blocks(in: "Testing your code offline: `TelnyxTesting`", language: "swift test").first)
        let source = try Self.text("Examples/TelnyxTestingTests/ReadmeExample.swift")
        #expect(source.contains(snippet.joined(separator: "\n")))
    }

    @Test("the command-plugin commands use the declared verb, permission and flags")
    func commandPluginCommands() throws {
        let lines = try Self.blocks(in: "Regenerating Generated/ with the command plugin", language: "sh")
            .joined().filter { !$0.isEmpty }
        #expect(lines.count == 2)
        let manifest = try Self.text("Package.swift")
        let plugin = try Self.text("Plugins/GenerateTelnyxClient/plugin.swift")
        #expect(manifest.contains(#"verb: "generate-telnyx-client""#))
        #expect(manifest.contains(".writeToPackageDirectory("))
        for line in lines {
            let words = line.components(separatedBy: "#")[0].split(separator: " ").map(String.init)
            #expect(
                Array(words.prefix(4)) == [
                    "swift", "package", "--allow-writing-to-package-directory", "generate-telnyx-client",
                ])
            for option in words.dropFirst(4) {
                #expect(option.hasPrefix("--") && plugin.contains("named: \"\(option.dropFirst(2))\""), "\(option)")
            }
        }
    }

    @Test("every `swift run telnyx-codegen` command of the README runs (exit 0)")
    func cliCommandsRun() throws {
        let tool = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("telnyx-codegen")
        try #require(FileManager.default.isExecutableFile(atPath: tool.path), "build telnyx-codegen first")
        let readme = try Self.text("README.md")
        let commands = readme.components(separatedBy: "\n").filter {
            $0.hasPrefix("swift run") && $0.contains("telnyx-codegen")
        }
        #expect(commands.count >= 6)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for command in commands {
            var words = command.components(separatedBy: " #")[0].split(separator: " ").map(String.init)
            words = Array(words.drop { $0 != "telnyx-codegen" }.dropFirst())
            // Placeholders and outputs: SPEC is the embedded spec, outputs go to a scratch folder.
            words = words.map { $0 == "SPEC" ? "spec/openapi.yaml" : $0 }
            if words.first == "generate", !words.contains("--output") { words += ["--output", "Generated"] }
            if let output = words.firstIndex(of: "--output") {
                words[output + 1] = scratch.appendingPathComponent("out\(output)").path
            }
            let inputs = words.filter { word in [".yml", ".yaml", ".json"].contains { word.hasSuffix($0) } }
            if inputs.contains(where: { !FileManager.default.fileExists(atPath: RepoPaths.path($0)) }) {
                continue  // a published spec, or a copy made by the command before it, lives outside this repository
            }
            let process = Process()
            process.executableURL = tool
            process.arguments = words
            process.currentDirectoryURL = RepoPaths.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(command)")
        }
    }
}
