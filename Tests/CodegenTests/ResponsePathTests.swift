import CodegenIR
import Foundation
import TelnyxCodegen
import Testing

@testable import CodegenRender

/// The skill documents name response fields as Swift paths (`response.data.completedAt`): each
/// must exist on the type the documented method returns.
@Suite(
    "Response paths in the skill documents",
    .enabled(if: FullSpec.available, "../shared absent: full-spec tests skipped"))
struct ResponsePathTests {
    struct Listed {
        var document: String
        var method: String
        var path: String
    }

    @Test func everyDocumentedResponsePathExistsOnTheReturnedType() throws {
        let model = try FullSpec.load().model
        let products = try SpecLoader.configuration(in: FullSpec.configDirectory).products.map(\.name)
        let templates = try TemplateSet()
        let pass = SwiftRenderer(model: model, templates: templates, configuredProducts: products).build()
        let curation = try SkillCurationLoader.load(in: FullSpec.configDirectory)
        let documents = SkillRenderer(model: model, swift: pass, templates: templates, curation: curation)
            .render().filter { $0.path.hasSuffix("/SKILL.md") }
        let methods = Dictionary(
            pass.surface.operations.values.map { ("\($0.call)()", $0) },
            uniquingKeysWith: { first, _ in first })
        let listed = documents.flatMap(Self.listedPaths)
        #expect(listed.count > 500)
        for item in listed {
            let operation = try #require(methods[item.method], "\(item.document): no method \(item.method)")
            #expect(
                Self.resolves(item.path, operation, pass.surface), "\(item.document): \(item.method) → \(item.path)")
        }
        #expect(!listed.contains { $0.path.contains("_") }, "wire names instead of Swift properties")
    }

    /// The `- \`path\`` lines under "Primary response fields:" of each operation section.
    static func listedPaths(_ document: OutputFile) -> [Listed] {
        document.contents.components(separatedBy: "\n### ").flatMap { section -> [Listed] in
            guard let methodLine = section.split(separator: "\n").first(where: { $0.contains("` — `") }),
                let fields = section.components(separatedBy: "| Field | Swift type | Always present |\n").dropFirst()
                    .first
            else { return [] }
            let method = String(methodLine.dropFirst().prefix { $0 != "`" })
            return fields.split(separator: "\n").dropFirst().prefix { $0.hasPrefix("| `") }.map {
                Listed(document: document.path, method: method, path: String($0.dropFirst(3).prefix { $0 != "`" }))
            }
        }
    }

    /// The webhook tables give each field as the Swift chain on the event (`data?.payload?.id`),
    /// which must compile: each member exists, and `?` follows exactly the optional ones.
    @Test func everyDocumentedWebhookFieldIsAChainOnTheEvent() throws {
        let model = try FullSpec.load().model
        let templates = try TemplateSet()
        let pass = SwiftRenderer(model: model, templates: templates).build()
        let curation = try SkillCurationLoader.load(in: FullSpec.configDirectory)
        let documents = SkillRenderer(model: model, swift: pass, templates: templates, curation: curation)
            .render().filter { $0.path.hasSuffix("/references/api-details.md") }
        var checked = 0
        for document in documents {
            for section in document.contents.components(separatedBy: "\n### ").dropFirst() {
                // `Delivery Update: \`OutboundMessageEvent\`` → the webhook's summary.
                let title = String(section.prefix { $0 != "\n" }).components(separatedBy: ": `")[0]
                guard section.contains("| Field | Swift type |"),
                    let webhook = model.webhooks.first(where: { ($0.summary ?? $0.name) == title }),
                    let type = pass.surface.webhookTypes[webhook.name]
                else { continue }
                for row in section.split(separator: "\n") where row.hasPrefix("| `") {
                    let chain = String(row.dropFirst(3).prefix { $0 != "`" })
                    #expect(
                        !chain.isEmpty && Self.resolves(chain, from: type, pass.surface),
                        "\(document.path): \(title) → \(row)")
                    checked += 1
                }
            }
        }
        #expect(checked > 800)  // 877 rows for spec3-2026-07-16
    }

    /// Walks `path` from the method's result (or its paged item) property by property.
    static func resolves(_ path: String, _ operation: APISurface.OperationSurface, _ surface: APISurface) -> Bool {
        var parts = path.split(separator: ".").map(String.init)
        let root = parts.removeFirst()
        guard let type = root == "response" ? operation.returnType : operation.itemType else { return false }
        return resolves(parts.joined(separator: "."), from: type, surface)
    }

    /// Walks `path` (`data?.payload.id`, `data[0].id`) from `type` property by property.
    static func resolves(_ path: String, from root: SwiftType, _ surface: APISurface) -> Bool {
        let parts = path.split(separator: ".").map(String.init)
        var type = root
        for (index, part) in parts.enumerated() {
            let indexed = part.hasSuffix("[0]")
            var name = indexed ? String(part.dropLast(3)) : part
            let chained = name.hasSuffix("?")
            if chained { name.removeLast() }
            guard let property = properties(of: type, surface)?.first(where: { SwiftNames.unescaped($0.name) == name })
            else { return false }
            // A property read through (not the last) is chained with `?` exactly when it is optional.
            if index < parts.count - 1, chained != readsAsOptional(property, in: type, surface) { return false }
            type = property.type
            if indexed {
                guard case .array(let element) = type else { return false }
                type = element
            }
        }
        return true
    }

    /// Request models' properties are all optional; response models' required ones are not.
    static func readsAsOptional(_ property: SwiftProperty, in type: SwiftType, _ surface: APISurface) -> Bool {
        guard case .model(let model)? = surface.declaration(type)?.kind else { return true }
        return model.buildable || !property.decodedAsRequired
    }

    static func properties(of type: SwiftType, _ surface: APISurface) -> [SwiftProperty]? {
        switch surface.declaration(type)?.kind {
        case .model(let model): model.properties
        case .alias(let target): properties(of: target, surface)
        default: nil
        }
    }
}
