import CodegenIR
import Foundation
import SpecReader
import Testing

@testable import CodegenRender
@testable import TelnyxCodegen

/// The generator's side of TelnyxTesting: bodies built from schemas, the catalog lines, raw literals.
@Suite("TelnyxTesting generation")
struct TestingLibraryTests {
    static let here = SourceLocation(file: "test.yaml", line: 1, column: 1)

    static func schema(_ name: String, _ type: TypeRef, example: SpecJSON? = nil) -> Schema {
        var schema = Schema(name: name, type: type, nullable: false, title: nil, description: nil, location: here)
        schema.example = example
        return schema
    }

    static func synthesizer(_ schemas: [Schema]) -> ExampleSynthesizer {
        ExampleSynthesizer(
            model: APIModel(title: "T", version: "1", operations: [], schemas: schemas, webhooks: [], products: []))
    }

    @Test func objectsListRequiredAndExemplifiedMembersAndUseFormats() {
        let node = TypeRef.object(
            ObjectShape(properties: [
                Property(name: "id", type: .primitive(.string, format: "uuid"), required: true),
                Property(name: "at", type: .primitive(.string, format: "date-time")),
                Property(name: "to", type: .primitive(.string, format: nil), example: json(#""+18445550001""#)),
                Property(name: "secret", type: .primitive(.string, format: nil), writeOnly: true),
                Property(
                    name: "kind",
                    type: .enumeration(EnumShape(kind: .string, values: [.string("sms")], includesNull: false))),
                Property(name: "tags", type: .array(.primitive(.integer, format: nil))),
            ]))
        let json = Self.synthesizer([]).example(node)
        #expect(!json.fromSpec)
        #expect(
            json.json.text
                == #"{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","at":"2026-01-15T10:30:00Z","to":"+18445550001","kind":"sms","tags":[1]}"#
        )
    }

    @Test func deepObjectsKeepOnlyRequiredOrExemplifiedMembers() {
        func nest(_ inner: TypeRef) -> TypeRef {
            .object(
                ObjectShape(properties: [
                    Property(name: "n", type: inner),
                    Property(name: "r", type: .primitive(.boolean, format: nil), required: true),
                ]))
        }
        let deep = nest(nest(nest(nest(.primitive(.integer, format: nil)))))
        #expect(
            Self.synthesizer([]).example(deep).json.text == #"{"n":{"n":{"n":{"r":true},"r":true},"r":true},"r":true}"#)
    }

    @Test func unionsTakeTheirFirstBranchWithItsDiscriminatorValue() {
        let schemas = [
            Self.schema(
                "Cat",
                .object(
                    ObjectShape(properties: [
                        Property(name: "type", type: .primitive(.string, format: nil), required: true)
                    ]))),
            Self.schema("Dog", .primitive(.string, format: nil)),
        ]
        let union = TypeRef.union(
            UnionShape(
                kind: .oneOf, variants: [.null, .reference("Cat"), .reference("Dog")],
                discriminator: Discriminator(propertyName: "type", mapping: [.init(value: "cat", schema: "Cat")])))
        #expect(Self.synthesizer(schemas).example(union).json.text == #"{"type":"cat"}"#)
    }

    @Test func namedExamplesWinAndCyclesEnd() {
        let schemas = [
            Self.schema(
                "Node",
                .object(ObjectShape(properties: [Property(name: "next", type: .reference("Node"), required: true)]))),
            Self.schema("Money", .object(ObjectShape(properties: [])), example: json(#"{"amount":"1.00"}"#)),
        ]
        let synthesizer = Self.synthesizer(schemas)
        #expect(synthesizer.example(.reference("Node")).json.text == #"{"next":{}}"#)
        let money = synthesizer.example(.reference("Money"))
        #expect(money.fromSpec && money.json.text == #"{"amount":"1.00"}"#)
    }

    @Test func specExamplesTheClientCannotDecodeAreReplaced() {
        let thing = TypeRef.object(
            ObjectShape(properties: [
                Property(name: "id", type: .primitive(.string, format: nil), required: true),
                Property(name: "count", type: .primitive(.integer, format: nil), required: true),
                Property(name: "note", type: .primitive(.string, format: nil), required: true, nullable: true),
                Property(name: "size", type: .primitive(.integer, format: nil)),
            ]))
        let synthesizer = Self.synthesizer([])
        #expect(synthesizer.example(thing, given: json(#"{"id":"a","count":2,"note":null,"size":"big"}"#)).fromSpec)
        #expect(!synthesizer.example(thing, given: json(#"{"id":"a","note":"x"}"#)).fromSpec)
        #expect(!synthesizer.example(thing, given: json(#"{"id":1,"count":2,"note":"x"}"#)).fromSpec)
        #expect(!synthesizer.example(thing, given: json(#"{"id":"a","count":"2","note":"x"}"#)).fromSpec)
        let fit = ExampleFit(schemas: [:])
        #expect(fit.problem(json(#"{"id":"a","note":"x"}"#), thing) == "$.count: missing")
        #expect(
            fit.problem(json(#"[{"id":"a","count":1.5,"note":null}]"#), .array(thing))
                == "$[0].count: expected a integer, got 1.5")
    }

    @Test func rawDelimitersOutgrowTheText() {
        #expect(SwiftLiteral.rawDelimiter(for: #"{"a":"b"}"#) == "#")
        #expect(SwiftLiteral.rawDelimiter(for: ##"{"a":"#b"}"##) == "##")
        #expect(SwiftLiteral.rawDelimiter(for: ###"x\##y"###) == "###")
        #expect(SwiftLiteral.rawDelimiter(for: "#tag") == "#")
    }

    @Test func theEmbeddedSpecsCatalogHasEveryOperationOnce() throws {
        let model = try EmbeddedSpec.model()
        let files = GeneratorPipeline.render(model, templates: try TemplateSet(), includeSkills: false)
        let catalog = try #require(files.first { $0.path == "Testing/Catalog.swift" }?.contents)
        let lines = Self.operationLines(catalog)
        #expect(lines.count == model.operations.count)
        let ids = lines.compactMap { $0["id"] as? String }
        #expect(Set(ids) == Set(model.operations.map(\.id)))
        let send = try #require(lines.first { $0["id"] as? String == "SendMessage" })
        #expect(send["name"] as? String == "messages.send")
        let body = try #require(send["body"] as? [String: Any])
        #expect((body["schema"] as? [String: Any])?["ref"] as? String == "CreateMessageRequest")
        let operations = try #require(files.first { $0.path == "Testing/Operations.swift" }?.contents)
        #expect(operations.contains(#"public let send = TelnyxOperation("SendMessage", name: "messages.send")"#))
    }

    /// With ../shared: every operation of the full spec has a catalog line whose JSON parses, with a
    /// unique client name; prints how many answer with the spec's own example.
    @Test(.enabled(if: FullSpec.available, "../shared absent: full-spec catalog check skipped"))
    func theFullSpecsCatalog() throws {
        let model = try FullSpec.load().model
        let surface = SwiftRenderer(model: model, templates: try TemplateSet()).build().surface
        let catalog = TestCatalog(model: model, surface: surface, synthesizer: ExampleSynthesizer(model: model))
        #expect(catalog.operationLines.count == model.operations.count)
        let lines = catalog.operationLines.compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(lines.count == catalog.operationLines.count, "a catalog line is not valid JSON")
        let names = lines.compactMap { $0["name"] as? String }
        #expect(Set(names).count == model.operations.count)
        let schemas = catalog.schemaLines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) }
        #expect(schemas.count == catalog.schemaLines.count)
        print(
            "TelnyxTesting catalog: \(lines.count) operations, \(catalog.specExamples) with a spec example, "
                + "\(catalog.synthesizedExamples) synthesized, \(catalog.schemaLines.count) request schemas")
        #expect(catalog.specExamples >= 60)
    }

    /// The figures behind the choice for a 2xx answer that lacks a required member (README, "Errors"):
    /// every success-response example the spec gives, checked against its schema as the client
    /// decodes it. None lacks a required member, so failing loudly never refuses what the spec shows.
    @Test func theSpecsOwnResponseExamplesFitTheirSchemas() throws {
        let model = try EmbeddedSpec.model()
        let fit = ExampleFit(schemas: Dictionary(model.schemas.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a }))
        var checked = 0
        var problems: [String] = []
        func check(_ name: String, _ example: SpecJSON?, _ type: TypeRef?) {
            guard let type else { return }
            var example = example
            if example == nil, case .reference(let schema) = type { example = model.schema(named: schema)?.example }
            guard let example else { return }
            checked += 1
            if let problem = fit.problem(example, type) { problems.append("\(name): \(problem)") }
        }
        for operation in model.operations {
            for content in operation.successResponse?.contents ?? [] where content.kind == .json {
                check(operation.id, content.example, content.schema)
            }
        }
        for webhook in model.webhooks { check(webhook.name, webhook.payloadExample, webhook.payload) }
        print("spec response examples: \(checked) checked, \(problems.count) do not fit: \(problems)")
        #expect(checked >= 60, "only \(checked) response examples")  // 69 on spec3-2026-07-16
        #expect(!problems.contains { $0.hasSuffix(": missing") }, "\(problems)")
    }

    static func operationLines(_ catalog: String) -> [[String: Any]] {
        guard let start = catalog.range(of: "private let operationLines = #\"\"\"\n"),
            let end = catalog.range(of: "\n\"\"\"#", range: start.upperBound..<catalog.endIndex)
        else { return [] }
        return catalog[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}
