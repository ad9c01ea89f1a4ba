import CodegenIR
import Foundation
import SpecReader
import Testing

@testable import TelnyxCodegen

/// `telnyx-codegen facts`: the spec without its prose, written as YAML that reads back the same.
@Suite("Spec facts")
struct SpecFactsTests {
    func facts(_ fixture: String) throws -> SpecNode {
        let text = SpecYAMLWriter.text(SpecFacts.strip(try Fixture.node(fixture)))
        return try SpecFileReader.parse(text, file: "facts.yaml")
    }

    @Test func descriptionTextsGoWhereTheyAreTheKeyword() throws {
        let facts = try facts("facts/published.yaml")
        let text = facts.jsonText
        for prose in ["Prose about", "Prose."] { #expect(!text.contains(prose), "\(prose) left in \(text)") }
        #expect(facts["info"]?["description"] == nil)
        #expect(facts["tags"]?.items.first?["description"] == nil)
        let operation = try #require(facts["paths"]?["/messages/{id}"]?["get"])
        #expect(operation["summary"]?.string == "Retrieve a message")
        #expect(operation["parameters"]?.items.first?["description"] == nil)
        // A Response Object keeps an empty description (OpenAPI requires one); a `$ref` stays as it is.
        #expect(operation["responses"]?["200"]?["description"]?.string == "")
        #expect(operation["responses"]?["404"]?["$ref"]?.string == "#/components/responses/NotFound")
        #expect(facts["components"]?["responses"]?["NotFound"]?["description"]?.string == "")
        let example = try #require(
            operation["responses"]?["200"]?["content"]?["application/json"]?["examples"]?["text"])
        #expect(example["summary"]?.string == "A text message" && example["description"] == nil)
        #expect(
            example["value"]?.jsonText == #"{"id":"m1","description":"data: kept","count":3,"flag":true,"quoted":"42"}"#
        )
        #expect(operation["x-note"]?["description"]?.string == "an extension keeps its text")
    }

    @Test func namesThatSpellTheKeywordStay() throws {
        let facts = try facts("facts/published.yaml")
        let schemas = try #require(facts["components"]?["schemas"])
        #expect(schemas["description"]?["type"]?.string == "string")
        let message = try #require(schemas["Message"])
        #expect(message["description"] == nil)
        #expect(message["required"]?.jsonText == #"["id","description"]"#)
        #expect(message["properties"]?["description"]?["default"]?.string == "none: yet")
        #expect(message["properties"]?["description"]?["description"] == nil)
        #expect(message["properties"]?["id"]?["example"]?.string == "m1")
        #expect(message["properties"]?["kind"]?["enum"]?.jsonText == #"["sms","mms"]"#)
        #expect(message["examples"]?.jsonText == #"[{"id":"m1","description":"list example kept"}]"#)
    }

    /// Every fixture spec, written and read back, is the same tree (as JSON, which keeps scalar types).
    @Test func writtenYAMLReadsBackTheSame() throws {
        let folder = Fixture.directory.appendingPathComponent("ir")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(names.count > 5)
        for name in names.sorted() {
            let node = try Fixture.node("ir/\(name)")
            let again = try SpecFileReader.parse(SpecYAMLWriter.text(node), file: name)
            #expect(again.jsonText == node.jsonText, "\(name) changed")
        }
    }

    @Test func plainScalarsStayPlainOnlyWhereYAMLReadsThemBack() {
        for text in ["string", "date-time", "/messages/{id}", "+E.164", "3", "true", "a b"] {
            #expect(SpecYAMLWriter.isSafePlain(text), "\(text)")
        }
        for text in ["", " x", "x ", "a: b", "a #b", "-x", "*x", "'x'", "\"x\"", "a\nb", "{x}", "x:"] {
            #expect(!SpecYAMLWriter.isSafePlain(text), "\(text)")
        }
    }

    /// The full spec's facts generate the same Swift client as the published spec, doc comments aside.
    @Test(.enabled(if: FullSpec.available, "../shared absent: full-spec facts check skipped"))
    func fullSpecFactsGenerateTheSameClient() throws {
        let published = try SpecLoader.read(specPath: FullSpec.latest).root
        let text = SpecYAMLWriter.text(SpecFacts.strip(published))
        #expect(text.utf8.count < 3_200_000, "\(text.utf8.count) bytes")
        let facts = FileManager.default.temporaryDirectory.appendingPathComponent("telnyx-facts.yaml")
        try Data(text.utf8).write(to: facts)
        func swift(_ spec: String) throws -> [String: String] {
            let files = try GeneratorPipeline.run(
                .init(
                    specPath: spec, configDirectory: FullSpec.configDirectory, includeSkills: false,
                    includeTesting: false)
            ).files
            return Dictionary(
                uniqueKeysWithValues: files.map { file in
                    (
                        file.path,
                        file.contents.split(separator: "\n").filter {
                            !$0.trimmingCharacters(in: .whitespaces).hasPrefix("///")
                        }.joined(separator: "\n")
                    )
                })
        }
        let fromFacts = try swift(facts.path)
        let fromPublished = try swift(FullSpec.latest)
        #expect(fromFacts.keys.sorted() == fromPublished.keys.sorted())
        for (path, contents) in fromPublished where fromFacts[path] != contents {
            Issue.record("\(path) differs beyond doc comments")
        }
        for prose in [
            "Whether the conference soft-ends when this participant exits", "Identifies the type of the resource",
        ] {
            #expect(!text.contains(prose), "the description '\(prose)' was kept")
        }
    }
}

extension SpecNode {
    /// The node as compact JSON text.
    fileprivate var jsonText: String { SpecJSON(self, limit: .max)!.text }
}
