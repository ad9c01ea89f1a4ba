import Foundation
import Testing

@testable import CodegenRender

/// Every key a template names must be one its view models offer: checked for the embedded
/// templates here and for `--templates` overrides when they load.
@Suite struct TemplateKeysTests {
    @Test(arguments: TemplateName.allCases)
    func embeddedTemplateUsesOnlyKeysItsViewsOffer(_ name: TemplateName) throws {
        let text = try #require(try TemplateSet.read(directory: RepoPaths.path("Templates"))[name.rawValue])
        #expect(TemplateKeys.problems(in: text, template: name).isEmpty)
        #expect(!TemplateKeys.tags(in: text).isEmpty)
    }

    @Test func everyTemplateFileIsOneTheRendererUses() throws {
        let onDisk = Set(try TemplateSet.read(directory: RepoPaths.path("Templates")).keys)
        #expect(onDisk == Set(TemplateName.allCases.map(\.rawValue)))
    }

    @Test func tagsKnowTheirKindNameAndPosition() {
        let text =
            "{{%CONTENT_TYPE:TEXT}}\nA {{name}}\n{{#items}}{{ label }}{{/items}} {{! note }}{{{raw}}}{{> skills/webhook}}"
        let tags = TemplateKeys.tags(in: text)
        #expect(
            tags == [
                .init(kind: nil, name: "name", line: 2, column: 3),
                .init(kind: "#", name: "items", line: 3, column: 1),
                .init(kind: nil, name: "label", line: 3, column: 11),
                .init(kind: "/", name: "items", line: 3, column: 22),
                .init(kind: "&", name: "raw", line: 3, column: 44),
                .init(kind: ">", name: "skills/webhook", line: 3, column: 53),
            ])
    }

    @Test func misspeltKeyIsReportedWithItsPosition() {
        let text = "{{%CONTENT_TYPE:TEXT}}\npublic typealias {{name}} = {{targte}}\n"
        let problems = TemplateKeys.problems(in: text, template: .alias)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.column == 29)
        #expect(problems.first?.message.contains("'targte' is not a value of swift/alias") == true)
    }

    @Test func unknownPartialAndDelimiterChangeAreProblems() {
        let problems = TemplateKeys.problems(in: "{{> skills/missing}}\n{{=<% %>=}}", template: .skill)
        #expect(problems.map(\.line) == [1, 2])
    }

    @Test func keyOfAnEnclosingSectionsViewIsAllowed() {
        // Mustache looks a name up through the enclosing contexts: a variant may name the union's `name`.
        let text = "{{#variants}}{{caseName}} of {{name}}{{/variants}}"
        #expect(TemplateKeys.problems(in: text, template: .union).isEmpty)
    }

    @Test func overrideWithAnUnknownKeyFailsToLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("swift"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let model =
            "{{%CONTENT_TYPE:TEXT}}\npublic struct {{name}} {\n{{#properties}}\n    var {{nmae}}: {{type}}\n{{/properties}}\n}\n"
        try model.write(to: folder.appendingPathComponent("swift/model.mustache"), atomically: true, encoding: .utf8)
        #expect {
            _ = try TemplateSet(overrideDirectory: folder.path)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("swift/model.mustache:4:9: error: 'nmae' is not a value of swift/model")
        }
    }

    @Test func viewAnswersOnlyItsKeys() {
        let view = AliasView(name: "Parts", doc: [], target: "[PartsItem]")
        #expect(view.child(named: "target") as? String == "[PartsItem]")
        #expect((view.child(named: "doc") as? [DocLineView])?.isEmpty == true)
        #expect(view.child(named: "missing") == nil)
    }

    @Test func valuesSayWhatTheyAreWithoutCasts() {
        let texts = ["a", "b"].templateContent
        guard case .list(let list) = texts else {
            Issue.record("a [String] is not a list: \(texts)")
            return
        }
        var seen: [String] = []
        list.forEachContent { if case .text(let text) = $0 { seen.append(text) } }
        #expect(seen == ["a", "b"])
        if case .list(let empty) = [String]().templateContent {
            #expect(empty.isEmpty)
        } else {
            Issue.record("[] is not a list")
        }
        guard case .flag(true) = true.templateContent,
            case .view(let view) = AliasView(name: "A", doc: [], target: "B").templateContent
        else {
            Issue.record("a Bool or a view has the wrong content")
            return
        }
        #expect(view.child(named: "target") as? String == "B")
    }
}
