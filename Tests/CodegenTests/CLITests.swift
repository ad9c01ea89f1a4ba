import Foundation
import TelnyxCodegen
import Testing

@Suite("CLI: dump-ir and lint")
struct CLITests {
    private func topLevel(_ json: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func dumpIRHasTopLevelArrays() throws {
        let result = Commands.dumpIR(.init(specPath: Fixture.path("ir/refs.yaml")))
        #expect(result.status == 0)
        let json = try topLevel(result.output)
        let operations = try #require(json["operations"] as? [Any])
        let schemas = try #require(json["schemas"] as? [[String: Any]])
        #expect(json["webhooks"] is [Any])
        #expect(operations.count == 1)
        #expect(
            schemas.map { $0["name"] as? String } == ["Alias", "Error", "Errors", "Node", "NodeEnvelope"])
        #expect(json["title"] as? String == "Refs")
    }

    @Test func dumpIRIsByteIdenticalAcrossRuns() throws {
        let path = Fixture.path("ir/pagination.yaml")
        let first = Commands.dumpIR(.init(specPath: path))
        let second = Commands.dumpIR(.init(specPath: path))
        #expect(!first.output.isEmpty)
        #expect(Data(first.output.utf8) == Data(second.output.utf8))
        #expect(first.errors == second.errors)
    }

    @Test(.enabled(if: FullSpec.available, "../shared absent: full-spec tests skipped"))
    func dumpIRIsByteIdenticalOnTheFullSpec() throws {
        let first = Commands.dumpIR(.init(specPath: FullSpec.latest, configDirectory: FullSpec.configDirectory))
        let second = Commands.dumpIR(.init(specPath: FullSpec.latest, configDirectory: FullSpec.configDirectory))
        #expect(first.status == 0)
        #expect(first.output.utf8.count > 1_000_000)
        #expect(first.output == second.output)
        let json = try topLevel(first.output)
        #expect((json["operations"] as? [Any])?.count == 1156)
    }

    @Test func dumpIRFailsOnErrors() {
        let result = Commands.dumpIR(.init(specPath: Fixture.path("broken/self-ref.yaml")))
        #expect(result.status != 0)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("self-ref.yaml:8:5: error: $ref cycle: Loop -> Loop"))
    }

    @Test func lintExitsZeroWithWarnings() {
        let path = Fixture.path("ir/bodies.yaml")
        let result = Commands.lint(.init(specPath: path))
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("\(path):140:13: warning: malformed content type '*'"))
        #expect(result.errors.hasSuffix("\(path): 9 operations, 0 schemas, 0 webhooks\n"))
    }

    @Test func lintUsesTheConfigurationFolder() {
        let result = Commands.lint(
            .init(
                specPath: Fixture.path("ir/product-assignment.yaml"), configDirectory: Fixture.path("config/products")))
        #expect(result.status == 0)
        #expect(result.errors.components(separatedBy: "maps to no product").count - 1 == 2)
    }

    @Test func lintFailsOnErrors() {
        let path = Fixture.path("broken/dangling-ref.yaml")
        let result = Commands.lint(.init(specPath: path))
        #expect(result.status != 0)
        #expect(
            result.errors.contains(
                "\(path):20:17: error: $ref '#/components/schemas/Missing' points to nothing in this document"
            ))
        #expect(!result.errors.contains("operations,"))
    }

    @Test func lintFailsOnMalformedYAML() {
        let path = Fixture.path("broken/malformed.yaml")
        let result = Commands.lint(.init(specPath: path))
        #expect(result.status != 0)
        #expect(
            result.errors == "\(path):4:11: error: mapping values are not allowed in this context\n")
    }

    @Test func lintFailsOnAMissingFile() {
        let result = Commands.lint(.init(specPath: Fixture.path("nothing-here.yaml")))
        #expect(result.status != 0)
        #expect(result.errors.hasSuffix("nothing-here.yaml:1:1: error: cannot read file\n"))
    }
}
