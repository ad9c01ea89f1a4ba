import CodegenIR
import Testing

/// Issue 10 items 1-4: any local JSON pointer, `$ref`s to the wrong kind of component, schemas without
/// `type`, discriminators without `mapping` (fixture `ir/pointers.yaml`).
@Suite("IR: JSON pointers and spec defects")
struct PointerIRTests {
    static let built = Result { try Fixture.build("ir/pointers.yaml") }

    @Test func deepPointerIsOneNamedSchemaSharedByEveryReference() throws {
        let built = try Self.built.get()
        let address = try built.object("BusinessIdentity.Address")
        #expect(address.properties.map(\.name) == ["street", "city"])
        #expect(try built.schema("BusinessIdentity.Address").location.lineColumn == "72:11")
        #expect(try built.property("Company", "headquarters").type == .reference("BusinessIdentity.Address"))
        #expect(try built.property("Company", "branch").type == .reference("BusinessIdentity.Address"))
        // The inline schema the pointer reaches is the same type, not a copy.
        #expect(try built.property("BusinessIdentity", "address").type == .reference("BusinessIdentity.Address"))
        #expect(built.model.schemas.filter { $0.name.hasPrefix("BusinessIdentity") }.count == 2)
    }

    @Test func pointerIntoPathsWithEscapesIsNamedAfterTheOperation() throws {
        let built = try Self.built.get()
        #expect(try built.property("Company", "order_meta").type == .reference("GetOrder.Response.Meta"))
        #expect(try built.object("GetOrder.Response.Meta").properties.map(\.name) == ["total"])
        let response = try built.operation(id: "GetOrder").responses[0].contents[0].schema
        #expect(response?.objectShape?.property("meta")?.type == .reference("GetOrder.Response.Meta"))
    }

    @Test func wrongKindReferencesWarnAndUseTheSchemaAReaderMeans() throws {
        let built = try Self.built.get()
        #expect(
            built.issues.map(\.description) == [
                "ir/pointers.yaml:86:17: warning: $ref '#/components/parameters/ConnectionId' in a schema points to components/parameters; using its schema",
                "ir/pointers.yaml:21:23: warning: $ref '#/components/responses/IdentityResponse' in a schema points to components/responses; using its schema",
                "ir/pointers.yaml:14:21: warning: $ref '#/components/requestBodies/IdentityBody' in a schema points to components/requestBodies; using its schema",
            ])
        // A parameter → its schema; a response → its JSON content's schema; a request body → likewise.
        #expect(try built.property("Company", "connection_id").type == .reference("ConnectionId"))
        #expect(try built.schema("ConnectionId").type == .primitive(.string, format: "uuid"))
        let operation = try built.operation(id: "CreateIdentity")
        #expect(operation.requestBody?.contents.first?.schema == .reference("Company"))
        #expect(operation.responses[0].contents.first?.schema == .reference("IdentityResponse"))
        #expect(try built.property("IdentityResponse", "data").type == .reference("Company"))
    }

    @Test func schemasWithoutTypeAreInferredFromTheirKeywords() throws {
        let built = try Self.built.get()
        #expect(try built.property("Company", "tags").type == .array(.primitive(.string, format: nil)))
        #expect(try built.property("Company", "labels").type == .map(.primitive(.integer, format: nil)))
        let contact = try built.property("Company", "contact").type.objectShape
        #expect(contact?.properties.map(\.name) == ["email"])
    }

    @Test func discriminatorWithoutMappingUsesTheValueEachBranchFixes() throws {
        let union = try #require(try Self.built.get().schema("SummaryLine").type.unionShape)
        let discriminator = try #require(union.discriminator)
        #expect(discriminator.propertyName == "type")
        // `enum: [simple]` and `const: comparative` (inside allOf) fix the value; PlainLine fixes none,
        // so it keeps the default: its schema name.
        #expect(
            discriminator.mapping == [
                Discriminator.Mapping(value: "simple", schema: "SimpleLine"),
                Discriminator.Mapping(value: "comparative", schema: "ComparativeLine"),
            ])
    }
}
