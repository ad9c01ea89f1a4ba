import Foundation
import Mustache
import Testing

@testable import CodegenRender
@testable import TelnyxCodegen

/// The generator's own Mustache renderer, checked against swift-mustache (the reference
/// implementation) on every render of the embedded spec, and on the rules one by one.
@Suite struct TemplateRenderingTests {
    /// A view as swift-mustache sees it: the same keys, lists and nested views.
    struct Reference: MustacheParent {
        let view: any TemplateView

        func child(named name: String) -> Any? { view.child(named: name).map { Self.wrap($0.templateContent) } }

        static func wrap(_ content: TemplateContent) -> Any {
            switch content {
            case .text(let text): text
            case .flag(let flag): flag
            case .view(let view): Reference(view: view)
            case .list(let list):
                {
                    var elements: [Any] = []
                    list.forEachContent { elements.append(wrap($0)) }
                    return elements
                }()
            }
        }
    }

    /// Every template render of `spec`, with the text swift-mustache gives for the same template and view.
    static func compareWithReference(spec: String, config: String) throws -> (renders: Int, differing: [String]) {
        var library = MustacheLibrary()
        for (name, text) in EmbeddedTemplates.all { try library.register(text, named: name) }
        let reference = library
        let results = Tally()
        var templates = try TemplateSet()
        templates.observer = { name, view, text in
            let expected =
                (view as? NestedView).map { nestedReference($0, reference) }
                ?? reference.render(Reference(view: view), withTemplate: name.rawValue)
            let difference = expected == text ? nil : GoldenTests.firstDifference(expected ?? "", text)
            results.add(difference.map { "\(name.rawValue): \($0)" })
        }
        let model = try GeneratorPipeline.load(.init(specPath: spec)).model
        let products = try SpecLoader.configuration(in: config).products.map(\.name)
        let curation = try SkillCurationLoader.load(in: config)
        _ = GeneratorPipeline.render(model, templates: templates, configuredProducts: products, curation: curation)
        return results.value
    }

    /// swift-mustache indents only some lines of a standalone partial that holds sections, where the
    /// Mustache spec indents each line of the partial; blank lines stay empty in Swift files. So a
    /// nested declaration is checked as its declaration's reference text with every non-empty line
    /// indented, inside `extension Parent { ... }`.
    static func nestedReference(_ view: NestedView, _ reference: MustacheLibrary) -> String? {
        let (template, inner) = view.content.template
        guard let text = reference.render(Reference(view: inner), withTemplate: template.rawValue) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
        return "extension \(view.parent) {\n" + lines.joined(separator: "\n") + "}\n"
    }

    /// The renders counted from several threads.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var renders = 0
        private var differing: [String] = []

        func add(_ difference: String?) {
            lock.withLock {
                renders += 1
                if let difference { differing.append(difference) }
            }
        }

        var value: (renders: Int, differing: [String]) { lock.withLock { (renders, differing) } }
    }

    @Test(arguments: ["spec", "Tests/CodegenTests/Fixtures/golden/client"])
    func everyRenderMatchesSwiftMustache(folder: String) throws {
        let (renders, differing) = try Self.compareWithReference(
            spec: RepoPaths.path("\(folder)/openapi.yaml"), config: RepoPaths.path(folder))
        #expect(renders > 50)
        #expect(differing.isEmpty, "\(differing.count) of \(renders) renders differ, first: \(differing.prefix(3))")
    }

    static func render(_ text: String, _ view: some TemplateView, partials: [String: String] = [:]) throws -> String {
        var templates = try partials.mapValues { try Template($0) }
        templates["main"] = try Template(text)
        var rendering = TemplateRendering(templates: templates, view: view)
        rendering.render(templates["main"]!.nodes)
        return rendering.output
    }

    static let alias = AliasView(name: "Parts", doc: DocComment("A & B").lineViews, target: "[PartsItem]")

    @Test func standaloneSectionLinesLeaveNoTrace() throws {
        let text =
            "{{%CONTENT_TYPE:TEXT}}\nstart\n  {{#doc}}  \n{{text}}\n  {{/doc}}\n{{^doc}}\nnone\n{{/doc}}\nend {{! note }}\n"
        #expect(try Self.render(text, Self.alias) == "start\nA & B\nend \n")
    }

    @Test func tagsSharingALineWithTextKeepTheLine() throws {
        let text = "{{%CONTENT_TYPE:TEXT}}\n- {{#doc}}yes{{/doc}} -\n"
        #expect(try Self.render(text, Self.alias) == "- yes -\n")
    }

    @Test func variablesAreHTMLEscapedWithoutTheTextPragma() throws {
        let view = AliasView(name: "Parts", doc: [], target: "A & B")
        #expect(try Self.render("{{target}}|{{{target}}}|{{&target}}", view) == "A &amp; B|A & B|A & B")
    }

    @Test func listsRepeatAndInvertedSectionsRenderForEmptyLists() throws {
        let file = FileView(
            specTitle: "T", specVersion: "1", imports: ["Foundation", "Dispatch"], exportedImports: [],
            generatedImports: [], sections: [])
        let text =
            "{{%CONTENT_TYPE:TEXT}}\n{{#imports}}\nimport {{.}} ({{specTitle}})\n{{/imports}}\n{{^sections}}\nno sections\n{{/sections}}\n"
        #expect(try Self.render(text, file) == "import Foundation (T)\nimport Dispatch (T)\nno sections\n")
    }

    @Test func standalonePartialIsIndentedByTheWhitespaceBeforeIt() throws {
        let output = try Self.render(
            "{{%CONTENT_TYPE:TEXT}}\nbefore\n    {{> part}}\nafter\n", Self.alias,
            partials: ["part": "{{%CONTENT_TYPE:TEXT}}\nlet a = {{target}}\n\nlet b = 1\n"])
        #expect(output == "before\n    let a = [PartsItem]\n\n    let b = 1\nafter\n")
    }

    @Test func syntaxErrorsNameTheirLineAndColumn() {
        let cases: [(String, TemplateSyntaxError)] = [
            ("a\n  {{#open}} never closed", .init(line: 2, column: 3, message: "section 'open' is never closed")),
            ("{{#a}}\n{{/b}}", .init(line: 2, column: 1, message: "'{{/b}}' closes section 'a'")),
            ("x {{/a}}", .init(line: 1, column: 3, message: "'{{/a}}' closes no section")),
            ("\n\n {{name", .init(line: 3, column: 2, message: "this tag is never closed with '}}'")),
            ("{{=<% %>=}}", .init(line: 1, column: 1, message: "changing the delimiters is not supported")),
        ]
        for (text, expected) in cases {
            #expect(throws: expected) { _ = try Template(text) }
        }
    }

    @Test func partialsThatIncludeEachOtherAreFound() throws {
        let templates = try ["a": "{{> b}}", "b": "x {{> a}}", "c": "{{> b}}"].mapValues { try Template($0) }
        #expect(TemplateSet.partialCycle(templates) == ["a", "b", "a"])
        #expect(TemplateSet.partialCycle(try ["a": Template("{{> b}}"), "b": Template("x")]) == nil)
    }

    @Test func callsAndExampleBlocksAreLaidOutByTheirTemplates() throws {
        let templates = try TemplateSet()
        let arguments: [SwiftExamples.Argument] = [("to", #""+18445550001""#), (nil, ".init()")]
        let single = SkillCallView(head: "client.messages.send", arguments: arguments, multiline: false)
        #expect(templates.renderFragment(.skillCall, single) == #"client.messages.send(to: "+18445550001", .init())"#)
        let multiline = SkillCallView(head: "client.messages.send", arguments: arguments, multiline: true)
        #expect(
            templates.renderFragment(.skillCall, multiline)
                == "client.messages.send(\n    to: \"+18445550001\",\n    .init()\n)")
        #expect(
            templates.renderFragment(.skillCall, SkillCallView(head: ".init", arguments: [], multiline: false))
                == ".init()")
        let call = "client.calls.dial(\n    to: \"+1\"\n)"
        let loop = SkillExampleView(call: call, form: .loop(variable: "call"), printed: "print(call.id)")
        #expect(
            templates.renderFragment(.skillExample, loop)
                == "for try await call in client.calls.dial(\n    to: \"+1\"\n) {\n    print(call.id)\n}")
        let response = SkillExampleView(
            call: "client.x.retrieve()", form: .response, printed: "print(response.data.id)")
        #expect(
            templates.renderFragment(.skillExample, response)
                == "let response = try await client.x.retrieve()\nprint(response.data.id)")
        let void = SkillExampleView(call: "client.x.delete()", form: .call, printed: "")
        #expect(templates.renderFragment(.skillExample, void) == "try await client.x.delete()")
        let responseChain = MemberChain(root: "response")
        let printed: [(PrintedView, String)] = [
            (PrintedView(chain: responseChain.member("data").member("id")), "print(response.data.id)"),
            (
                PrintedView(chain: MemberChain(root: "call").member("id"), optional: true),
                "if let id = call.id { print(id) }"
            ),
            (
                PrintedView(chain: responseChain.member("data", canBeNil: true).member("`default`"), optional: true),
                "if let `default` = response.data?.`default` { print(`default`) }"
            ),
            (
                PrintedView(chain: responseChain.member("data").firstElement, optional: true),
                "if let data = response.data[0] { print(data) }"
            ),
            (
                PrintedView(
                    chain: responseChain.member("data", canBeNil: true).firstElement.member("id"), optional: true),
                "if let id = response.data?[0].id { print(id) }"
            ),
            (
                PrintedView(chain: MemberChain(root: nil).member("data", canBeNil: true).member("payload")),
                "print(data?.payload)"
            ),
        ]
        for (view, text) in printed { #expect(templates.renderFragment(.skillPrinted, view) == text) }
    }

    /// Doc comments keep the spec's words; the template writes the `///`.
    @Test func docCommentsAreParagraphsTheTemplatesPrefix() throws {
        let doc = DocComment(
            paragraphs: ["\n  Sends a message.  \n\n\n  From a number.\r\n\n", nil, "   ", "`POST /messages`"],
            example: "a `b`")
        #expect(
            doc.lines == ["  Sends a message.", "", "  From a number.", "", "`POST /messages`", "", "Example: `a 'b'`"])
        #expect(DocComment("x", example: String(repeating: "e", count: 201)).lines == ["x"])
        #expect(DocComment("x", example: "two\nlines").lines == ["x"])
        #expect(DocComment().lines.isEmpty && DocComment("\n \n").lines.isEmpty)
        let text = try TemplateSet().render(
            .alias, AliasView(name: "Parts", doc: DocComment(paragraphs: ["One.", "Two."]).lineViews, target: "[Part]"))
        #expect(text == "/// One.\n///\n/// Two.\npublic typealias Parts = [Part]\n")
    }

    /// A nested declaration is its own template inside `extension Parent { ... }`, indented by the nested template.
    @Test func nestedDeclarationsAreIndentedByTheirTemplate() throws {
        let declaration = SwiftDeclaration(
            name: "Parts", parent: "Order", doc: DocComment(paragraphs: ["One.", "Two."]), kind: .alias(target: .string)
        )
        let text = DeclarationView.render(declaration, with: try TemplateSet(), surface: APISurface())
        #expect(
            text == "extension Order {\n    /// One.\n    ///\n    /// Two.\n    public typealias Parts = String\n}\n")
    }

    /// Example values are decided in Swift and written by `skills/value` (an initializer by `skills/call`).
    @Test func exampleValuesAreWrittenByTheirTemplate() throws {
        let examples = SwiftExamples(surface: APISurface(), templates: try TemplateSet())
        let cases: [(ExampleValue, String)] = [
            (.literal(#""+13125550001""#), #""+13125550001""#),
            (.array([.literal("1"), .enumCase("sms")]), "[1, .sms]"),
            (.array([]), "[]"),
            (.unionCase("string", .literal(#""x""#)), #".string("x")"#),
            (.initializer([]), ".init()"),
            (
                .initializer([.init(label: "to", value: .literal(#""+1""#)), .init(label: nil, value: .now)]),
                #".init(to: "+1", Date())"#
            ),
            (.emptyModel, "try .init(json: [:])"),
            (.emptyUnion, "try .init(json: [:])"),
            (.now, "Date()"),
            (.emptyData, "Data()"),
            (.emptyObject, "[:]"),
        ]
        for (value, text) in cases { #expect(examples.text(value) == text) }
    }
}
