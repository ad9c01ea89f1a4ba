import CodegenIR
import Foundation
import Testing

@testable import CodegenRender
@testable import TelnyxCodegen

/// The skill documents: the committed snippet file, the fixture documents and their facts.
@Suite struct SkillTests {
    @Test func snippetFileMatchesTheGeneratedDocuments() throws {
        let fresh = try SnippetFiles.source(
            skillsDirectory: RepoPaths.path(SnippetFiles.skillsFolder),
            catalogsDirectory: RepoPaths.path(SnippetFiles.catalogsFolder),
            extraFiles: [RepoPaths.path(SnippetFiles.readme)])
        let committed = try String(
            contentsOfFile: RepoPaths.path("Tests/SkillSnippets/Snippets.swift"), encoding: .utf8)
        #expect(fresh == committed, "Tests/SkillSnippets/Snippets.swift is stale; run scripts/record-golden.sh")
        #expect(committed.contains("func snippet_telnyx_messaging_profiles_swift_SKILL_"))
        #expect(committed.contains("func snippet_docc_TelnyxMessaging_TelnyxMessaging_docc_TelnyxMessaging_1("))
        #expect(committed.contains("func snippet_README_1("))
    }

    @Test func extractorWrapsEachSwiftBlockAndHoistsImports() {
        let markdown =
            "# T\n\n```swift\nimport Telnyx\n\nlet a = 1\n```\n\n```text\nnot swift\n```\n\n```swift\nprint(2)\n```\n"
        let source = SnippetExtractor.source(documents: [("telnyx-x-swift/SKILL.md", markdown)])
        #expect(
            source.contains(
                "func snippet_telnyx_x_swift_SKILL_1(client: TelnyxClient) async throws {\n\n    let a = 1\n}"))
        #expect(
            source.contains("func snippet_telnyx_x_swift_SKILL_2(client: TelnyxClient) async throws {\n    print(2)\n}")
        )
        #expect(!source.contains("not swift"))
        #expect(source.components(separatedBy: "import Telnyx\n").count == 2)
    }

    @Test func fixtureDocumentsFollowTheFormat() throws {
        let files = try GoldenTests.render(fixture: "golden/client")
        let skill = try #require(files.first { $0.path == "skills/telnyx-widgets-swift/SKILL.md" }).contents
        let details = try #require(files.first { $0.path == "skills/telnyx-widgets-swift/references/api-details.md" })
        #expect(skill.hasPrefix("---\nname: telnyx-widgets-swift\n"))
        let headings = skill.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings.prefix(4) == ["## Installation", "## Setup", "## Error Handling", "## Important Notes"])
        #expect(skill.contains("let response = try await client.widgets.create(name: "))
        #expect(skill.contains("`POST /widgets`"))
        #expect(details.contents.hasPrefix("# Widgets (Swift) — API Details"))
        #expect(!skill.contains("&quot;") && !skill.contains("&amp;"))
    }

    /// Installation names a published package by URL, and a local checkout until there is one.
    @Test func installationAddsThePackageByURLOnlyOnceItIsPublished() throws {
        let model = try Fixture.build("ir/surface.yaml").model
        func skill(_ curation: SkillCuration) throws -> String {
            let files = GeneratorPipeline.render(
                model, templates: try TemplateSet(), includeTesting: false, curation: curation)
            return try #require(files.first { $0.path.hasSuffix("SKILL.md") }).contents
        }
        let unpublished = try skill(SkillCuration())
        #expect(unpublished.contains(#".package(name: "telnyx-swift", path: "../telnyx-swift")"#))
        #expect(!unpublished.contains(".package(url:"))
        let published = try skill(SkillCuration(packageURL: "https://example.com/telnyx-swift.git"))
        #expect(published.contains(#".package(url: "https://example.com/telnyx-swift.git", from: "0.1.0")"#))
    }

    /// Every webhook of the committed documents names its Swift case and payload type.
    @Test func everyWebhookNamesItsSwiftCase() throws {
        let model = try EmbeddedSpec.model()
        let folder = RepoPaths.path("Generated/skills")
        var lines: [String] = []
        for product in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let skill = try String(contentsOfFile: "\(folder)/\(product)/SKILL.md", encoding: .utf8)
            lines += skill.split(separator: "\n").filter { $0.hasPrefix("Swift: `case .") }.map(String.init)
        }
        #expect(lines.count == model.webhooks.count)
        #expect(
            lines.contains(
                "Swift: `case .deliveryUpdate(let event)` of `MessagingWebhookEvent`, `event: OutboundMessageEvent`"))
    }

    @Test func descriptionsAreCutAtSixtyCharacters() {
        let long = String(repeating: "word ", count: 30)
        let cut = TypeNotation.shortDescription(long)
        #expect(cut.hasSuffix("...") && cut.count <= 63)
        #expect(TypeNotation.shortDescription("First sentence. Second one.") == "First sentence.")
        #expect(TypeNotation.shortDescription("a | b") == "a \\| b")
    }
}

/// The skill documents of the full Telnyx spec: coverage and the messaging-profiles facts.
@Suite(
    "Full-spec skill documents", .enabled(if: FullSpec.available, "../shared absent: full-spec tests skipped"))
struct FullSpecSkillTests {
    static let rendered: Result<[OutputFile], any Error> = Result {
        try GeneratorPipeline.run(
            .init(specPath: FullSpec.latest, configDirectory: FullSpec.configDirectory, includeTesting: false)
        ).files.filter { $0.path.hasPrefix("skills/") }
    }

    static func document(_ product: String, _ name: String = "SKILL.md") throws -> String {
        let path = "skills/telnyx-\(product)-swift/\(name == "SKILL.md" ? name : "references/" + name)"
        return try #require(try rendered.get().first { $0.path == path }, "no \(path)").contents
    }

    @Test func everyTagLandsInSomeProductDocument() throws {
        let model = try FullSpec.load().model
        let paths = Set(try Self.rendered.get().map(\.path))
        let tags = Set(model.operations.flatMap(\.tags))
        #expect(tags.count == 189)
        for tag in tags {
            let product = model.operations.first { $0.tags.contains(tag) }!.product
            #expect(
                paths.contains("skills/telnyx-\(product)-swift/SKILL.md"), "tag \(tag) (\(product)) has no document")
        }
    }

    @Test func everyOperationAppearsInExactlyOneDocument() throws {
        let model = try FullSpec.load().model
        let skills = try Self.rendered.get().filter { $0.path.hasSuffix("/SKILL.md") }
        #expect(model.operations.count == 1156)
        for operation in model.operations {
            let endpoint = "`\(operation.method.description) \(operation.path)`"
            let holders = skills.filter { $0.contents.components(separatedBy: endpoint).count == 2 }
            let anywhere = skills.filter { $0.contents.contains(endpoint) }
            #expect(holders.count == 1 && anywhere.count == 1, "\(operation.id) appears in \(anywhere.map(\.path))")
        }
        let tiers = Renderer.skillTiers(
            model, templates: try TemplateSet(), curation: try SkillCurationLoader.load(in: FullSpec.configDirectory))
        let listed = tiers.values.flatMap { $0.flatMap { $0 } }
        #expect(listed.count == model.operations.count && Set(listed).count == listed.count)
    }

    @Test func messagingProfileReturnsTheSeedFields() throws {
        let details = try Self.document("messaging-profiles", "api-details.md")
        let section = try #require(details.components(separatedBy: "\n### MessagingProfile\n").dropFirst().first)
        let table = section.components(separatedBy: "\n### ").first!
        // The wire name, beside the Swift name where they differ: `| \`aiAssistantID\` (\`ai_assistant_id\`) |`.
        let fields = table.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { row in
            let names = row.split(separator: "|")[0].split(separator: "`").filter {
                !$0.contains(" ") && !$0.contains("(")
            }
            return String(names.last ?? "")
        }
        let seed = [
            "ai_assistant_id", "alpha_sender", "created_at", "daily_spend_limit", "daily_spend_limit_enabled",
            "enabled",
            "health_webhook_url", "id", "mms_fall_back_to_sms", "mms_transcoding", "mobile_only", "name",
            "number_pool_settings", "organization_id", "record_type", "redaction_enabled", "redaction_level",
            "resource_group_id", "smart_encoding", "updated_at", "url_shortener_settings", "v1_secret",
            "webhook_api_version", "webhook_failover_url", "webhook_url", "whitelisted_destinations",
        ]
        #expect(fields.sorted() == seed)
        for summary in [
            "List messaging profiles", "Create a messaging profile", "Retrieve a messaging profile",
            "Update a messaging profile", "Delete a messaging profile",
        ] {
            #expect(
                section.hasPrefix("\n**Returned by:**") && table.contains(summary),
                "\(summary) not under MessagingProfile")
        }
        #expect(
            table.contains(
                "| `webhookAPIVersion` (`webhook_api_version`) | `MessagingProfile.WebhookAPIVersionValue?` | No |"))
        #expect(table.contains("| `aiAssistantID` (`ai_assistant_id`) | `String?` | No |"))
    }

    @Test func parameterTablesUseTheSwiftLabelsInTheMethodsOrder() throws {
        let skill = try Self.document("messaging")
        let send = try #require(skill.components(separatedBy: "### Send a message\n").dropFirst().first)
        let table = send.components(separatedBy: "| Parameter |").dropFirst().first ?? ""
        let rows = table.split(separator: "\n").prefix { !$0.hasPrefix("```") }.filter { $0.hasPrefix("| `") }
        #expect(rows.map { $0.split(separator: "`")[1] } == ["to", "from", "mediaURLs", "messagingProfileID"])
        #expect(rows[2].hasPrefix("| `mediaURLs` (`media_urls`) |"))
        #expect(send.contains("try await client.messages.send(\n    to: \"+18445550001\",\n    from: "))
    }

    @Test func createMessagingProfileListsItsRequiredFields() throws {
        let skill = try Self.document("messaging-profiles")
        let create = try #require(skill.components(separatedBy: "### Create a messaging profile\n").dropFirst().first)
        let table = create.components(separatedBy: "| Parameter |").dropFirst().first ?? ""
        let required = table.split(separator: "\n").prefix { !$0.hasPrefix("```") }.filter { $0.contains("| Yes |") }
        #expect(required.map { $0.split(separator: "`")[1] } == ["name", "whitelistedDestinations"])
        #expect(
            create.contains(
                """
                try await client.messagingProfiles.create(
                    name: "My name",
                    whitelistedDestinations: ["US"],
                """))
        #expect(skill.contains("for try await messagingProfile in client.messagingProfiles.list() {"))
    }
}
