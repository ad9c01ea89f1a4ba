import CodegenIR
import SpecReader
import Testing

/// `oneOf`/`anyOf` alternatives that only constrain an object's own members are no union.
struct ConstraintAlternativesTests {
    @Test func anObjectWhoseAlternativesOnlyConstrainItsMembersIsOneModel() throws {
        let root = try SpecFileReader.parse(
            """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Call:
                  oneOf:
                    - {title: With URL, required: [Url], properties: {Texml: {not: {}}}}
                    - {title: With TeXML, required: [Texml], properties: {Url: {not: {}}}}
                  required: [From]
                  properties:
                    From: {type: string}
                    Url: {type: string}
                    Texml: {type: string}
                Pick:
                  oneOf:
                    - {required: [a], properties: {a: {type: string}}}
                    - {required: [b], properties: {b: {type: integer}}}
                  properties:
                    c: {type: string}
            """, file: "t.yaml")
        let (model, _) = try IRBuilder.build(root)
        guard case .object(let call)? = model.schema(named: "Call")?.type else {
            Issue.record("Call is \(String(describing: model.schema(named: "Call")?.type))")
            return
        }
        #expect(call.properties.map(\.name) == ["From", "Url", "Texml"])
        #expect(call.properties.map(\.required) == [true, false, false])
        // Alternatives with members of their own stay a union.
        guard case .union? = model.schema(named: "Pick")?.type else {
            Issue.record("Pick is \(String(describing: model.schema(named: "Pick")?.type))")
            return
        }
    }
}
