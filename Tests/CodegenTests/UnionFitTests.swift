import CodegenIR
import Testing

@testable import TelnyxCodegen

/// ``UnionFit``: how a union without a discriminator tells its variants apart (fixture `ir/unions.yaml`).
@Suite("Unions: telling variants apart")
struct UnionFitTests {
    static let fixture = "ir/unions.yaml"

    func fit(_ type: TypeRef, _ built: Built) throws -> UnionFit {
        guard case .union(let shape) = type else { throw FixtureError.unexpectedShape }
        return UnionFit(shape, references: TypeReferences(schemas: built.model.schemas))
    }

    @Test func aMemberWithValuesOfItsOwnInEachVariantDecides() throws {
        let built = try Fixture.build(Self.fixture)
        let operation = try built.operation(id: "GetMessage")
        let response = try #require(operation.successResponse?.contents.first?.schema)
        let data = try #require(TypeReferences(schemas: built.model.schemas).objectShape(response)?.property("data"))
        let fit = try fit(data.type, built)
        #expect(fit.decidingMember == "direction")
        #expect(fit.shadowed.isEmpty)
        // `id` and `text` are alike in both variants, so they are left out; `sent_at` tells them apart too.
        #expect(fit.variants.map { $0.members.map(\.key) } == [["direction", "sent_at"], ["direction"]])
        #expect(fit.variants[1].members[0].shape.values == ["inbound"])
    }

    @Test func requiredAndKnownMembersTellASubsetApart() throws {
        let built = try Fixture.build(Self.fixture)
        let fit = try fit(try built.schema("ScheduledEvent").type, built)
        #expect(fit.decidingMember == nil)
        #expect(fit.shadowed.isEmpty)
        #expect(fit.variants[0].members.map(\.key) == ["call_status"])
        #expect(fit.variants[1].members.map(\.key) == ["text"])
        #expect(fit.variants[1].members[0].required)
    }

    @Test func kindsAndListedValuesTellScalarsApart() throws {
        let built = try Fixture.build(Self.fixture)
        let fit = try fit(try built.schema("Mixed").type, built)
        #expect(fit.variants.map(\.kind) == [.number, .integer, .string, .string, .object])
        #expect(fit.variants[2].values == ["auto"])
        // A string that takes any value comes after the one that lists `auto`, and is not shadowed by it.
        #expect(fit.shadowed.isEmpty)
    }

    @Test func variantsThatCannotBeToldApartAreWarnedAtTheirSchema() throws {
        let built = try Fixture.build(Self.fixture)
        let fit = try fit(try built.schema("Twins").type, built)
        #expect(fit.shadowed.map(\.earlier) == [0])
        #expect(fit.shadowed.map(\.later) == [1])
        let warnings = built.diagnostics(containing: "cannot be told")
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.severity == .warning)
        #expect(
            warning.description
                == "\(Self.fixture):70:5: warning: union in schema 'Twins': variant 2 (Cursor) cannot be told from "
                + "variant 1 (Offset) and always decodes as it; a discriminator, or a member with values of its own "
                + "in each variant, would tell them apart")
    }

    @Test func lintPrintsTheWarning() {
        let path = Fixture.path(Self.fixture)
        let result = Commands.lint(.init(specPath: path))
        #expect(result.status == 0)
        #expect(result.errors.contains("\(path):70:5: warning: union in schema 'Twins': variant 2 (Cursor)"))
    }
}
