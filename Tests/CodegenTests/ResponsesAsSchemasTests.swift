import CodegenIR
import Testing

/// A `components/responses` (or `requestBodies`) entry shaped as a schema, used where a schema
/// belongs, is read as that schema with a located warning; an entry that is neither stays an error
/// (fixture `ir/responses-as-schemas.yaml`, as three published Telnyx spec versions write it).
@Suite struct ResponsesAsSchemasTests {
    @Test func entriesShapedAsSchemasAreReadAsSchemas() throws {
        let (model, diagnostics) = try IRBuilder.build(try Fixture.node("ir/responses-as-schemas.yaml"))
        #expect(
            diagnostics.map(\.description).filter { $0.contains("shaped as a schema") } == [
                "ir/responses-as-schemas.yaml:20:29: warning: $ref '#/components/responses/NumberRecord' in a schema points to components/responses, whose entry is shaped as a schema; reading it as one",
                "ir/responses-as-schemas.yaml:22:27: warning: $ref '#/components/requestBodies/PageMeta' in a schema points to components/requestBodies, whose entry is shaped as a schema; reading it as one",
            ])
        let response = try #require(model.operations.first?.responses.first?.contents.first?.schema?.objectShape)
        guard case .array(.reference(let record))? = response.property("data")?.type else {
            Issue.record("data is \(String(describing: response.property("data")?.type))")
            return
        }
        let shape = try #require(model.schema(named: record)?.type.objectShape)
        #expect(shape.properties.map(\.name) == ["phone_number", "status"])
        guard case .reference(let meta)? = response.property("meta")?.type else {
            Issue.record("meta is \(String(describing: response.property("meta")?.type))")
            return
        }
        #expect(model.schema(named: meta)?.type.objectShape?.properties.map(\.name) == ["total_pages"])
    }

    @Test func anEntryThatIsNoSchemaStaysAnError() throws {
        let errors = try Fixture.buildErrors("broken/response-without-schema.yaml").map(\.description)
        #expect(
            errors == [
                "broken/response-without-schema.yaml:15:17: error: $ref '#/components/responses/Empty' points to components/responses, which holds no schema"
            ])
    }
}
