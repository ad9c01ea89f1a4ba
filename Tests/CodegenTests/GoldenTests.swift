import CodegenIR
import CodegenRender
import Foundation
import PluginsShared
import Testing

@testable import TelnyxCodegen

/// Rendered output compared byte for byte with committed golden files.
/// Re-record with `scripts/record-golden.sh` (it sets `RECORD_GOLDEN=1`).
@Suite struct GoldenTests {
    /// Renders a fixture folder holding `openapi.yaml` and `products.yaml`.
    static func render(fixture folder: String, templates: String? = nil) throws -> [OutputFile] {
        try GeneratorPipeline.run(
            .init(specPath: Fixture.path("\(folder)/openapi.yaml"), templatesDirectory: templates)
        )
        .files
    }

    @Test func clientFixtureMatchesGolden() throws {
        let files = try Self.render(fixture: "golden/client")
        let golden = RepoPaths.path("Tests/CodegenTests/Golden/client")
        if RepoPaths.recording {
            try OutputWriter.replace(golden, with: files)
            return
        }
        let stale = OutputWriter.differences(in: golden, from: files)
        #expect(stale.isEmpty, "differs from Tests/CodegenTests/Golden/client: \(stale); run scripts/record-golden.sh")
        for path in stale.prefix(3) {
            let expected = (try? String(contentsOfFile: golden + "/" + path, encoding: .utf8)) ?? "<missing>"
            let actual = files.first { $0.path == path }?.contents ?? "<not rendered>"
            Issue.record("first difference in \(path): \(Self.firstDifference(expected, actual))")
        }
    }

    @Test func generatedFolderIsUpToDate() throws {
        let settings = Commands.GenerateSettings(
            specPath: RepoPaths.path("spec/openapi.yaml"), outputDirectory: RepoPaths.path("Generated"))
        let result = Commands.check(settings)
        #expect(result.status == 0, "Generated/ is stale; run scripts/record-golden.sh:\n\(result.output)")
    }

    /// The messaging slice: a small spec holding every construct the generator handles, whose
    /// one-module client (the build-tool plugin's layout) the runtime tests (TelnyxTests) use.
    static let sliceSpec = "Tests/CodegenTests/Fixtures/slice/openapi.yaml"
    static let sliceClient = Commands.GenerateSettings(
        specPath: RepoPaths.path(sliceSpec), outputDirectory: RepoPaths.path("Tests/MessagingSliceClient"),
        configPath: RepoPaths.path("spec"), includeSkills: false, includeTesting: false, modulePrefix: nil)

    @Test func sliceClientIsUpToDate() throws {
        let result = Commands.check(Self.sliceClient)
        #expect(
            result.status == 0, "Tests/MessagingSliceClient is stale; run scripts/record-golden.sh:\n\(result.output)")
    }

    @Test func renderingIsDeterministic() throws {
        let first = try Self.render(fixture: "golden/client")
        let second = try Self.render(fixture: "golden/client")
        #expect(first == second)
        #expect(first.map(\.path) == first.map(\.path).sorted())
    }

    @Test func descriptionsAreNotHTMLEscaped() throws {
        let files = try Self.render(fixture: "golden/client")
        let widgets = try #require(files.first { $0.path == "Swift/Widgets/WidgetsModels.swift" })
        #expect(widgets.contents.contains(#"/// A widget: "quoted" & <angled>."#))
        let all = files.map(\.contents).joined()
        #expect(!all.contains("&quot;") && !all.contains("&amp;") && !all.contains("&lt;"))
    }

    @Test func fileListFollowsFromTheConfiguredProducts() throws {
        let files = try Self.render(fixture: "golden/client")
        let expected = OutputLayout.swiftFilePaths(products: ["widgets", "files"])
        #expect(files.map(\.path).filter { $0.hasPrefix("Swift/") } == expected)
        let skills = files.map(\.path).filter { $0.hasPrefix("skills/") }
        #expect(
            skills == [
                "skills/telnyx-files-swift/SKILL.md", "skills/telnyx-files-swift/references/api-details.md",
                "skills/telnyx-widgets-swift/SKILL.md", "skills/telnyx-widgets-swift/references/api-details.md",
            ])
        let noSkills = GeneratorPipeline.render(
            try FullSpecless.model(), templates: try TemplateSet(), includeSkills: false)
        #expect(!noSkills.contains { $0.path.hasPrefix("skills/") })
    }

    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : "<end>"
            let b = index < right.count ? String(right[index]) : "<end>"
            if a != b { return "line \(index + 1): expected `\(a)`, got `\(b)`" }
        }
        return "none"
    }
}

/// The templates compiled into the binary are the ones in `Templates/`, and overrides work.
@Suite struct TemplateTests {
    @Test func embeddedTemplatesMatchTemplatesFolder() throws {
        let onDisk = try TemplateSet.read(directory: RepoPaths.path("Templates"))
        let embedded = try String(
            contentsOfFile: RepoPaths.path("Sources/CodegenRender/Templates/EmbeddedTemplates.swift"), encoding: .utf8)
        #expect(
            TemplateSet.embeddedSource(onDisk) == embedded,
            "EmbeddedTemplates.swift is stale; run `swift run telnyx-codegen embed-templates`")
        #expect(Set(onDisk.keys).isSuperset(of: ["swift/model", "swift/enum", "swift/union", "swift/operation"]))
    }

    @Test func everyTemplateTurnsOffHTMLEscaping() throws {
        for (name, text) in try TemplateSet.read(directory: RepoPaths.path("Templates")) {
            #expect(text.hasPrefix("{{%CONTENT_TYPE:TEXT}}"), "\(name).mustache must start with {{%CONTENT_TYPE:TEXT}}")
        }
    }

    @Test func overrideFolderReplacesOneTemplate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("swift"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let alias = "{{%CONTENT_TYPE:TEXT}}\n// custom alias template\npublic typealias {{name}} = {{target}}\n"
        try alias.write(to: folder.appendingPathComponent("swift/alias.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(overrideDirectory: folder.path)
        #expect(templates.overridden == ["swift/alias"])
        let files = try GoldenTests.render(fixture: "golden/client", templates: folder.path)
        let all = files.map(\.contents).joined()
        #expect(all.contains("// custom alias template\npublic typealias Parts = [PartsItem]"))
        #expect(all.contains("public struct Widget: JSONModel"))
    }

    @Test func brokenOverrideIsAClearError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("swift"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{#open}} never closed".write(
            to: folder.appendingPathComponent("swift/model.mustache"), atomically: true, encoding: .utf8)
        #expect {
            _ = try TemplateSet(overrideDirectory: folder.path)
        } throws: { error in
            String(describing: error).contains("swift/model.mustache:1:1: error: section 'open' is never closed")
        }
    }
}

/// The golden fixture's IR, for tests that render it with other settings.
enum FullSpecless {
    static func model() throws -> APIModel {
        try GeneratorPipeline.load(.init(specPath: Fixture.path("golden/client/openapi.yaml"))).model
    }
}
