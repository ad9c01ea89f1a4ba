import CodegenIR
import SpecReader
import Testing

/// The IR's one reference follower: chains end, cycles and unknown names do not.
@Suite struct TypeReferencesTests {
    static func schema(_ name: String, _ type: TypeRef, nullable: Bool = false) -> Schema {
        Schema(
            name: name, type: type, nullable: nullable, title: nil, description: nil,
            location: SourceLocation(file: "t.yaml", line: 1, column: 1))
    }

    @Test func chainEndsAtItsTypeAndCollectsNullability() {
        let references = TypeReferences(schemas: [
            Self.schema("A", .reference("B")), Self.schema("B", .reference("C"), nullable: true),
            Self.schema("C", .object(ObjectShape(properties: []))),
        ])
        let resolved = references.resolve(.reference("A"))
        #expect(resolved?.nullable == true)
        #expect(references.objectShape(.reference("A")) == ObjectShape(properties: []))
        #expect(references.resolve(.primitive(.string, format: nil))?.type == .primitive(.string, format: nil))
    }

    @Test func cyclesAndUnknownNamesDoNotResolve() {
        let references = TypeReferences(schemas: [Self.schema("A", .reference("B")), Self.schema("B", .reference("A"))])
        #expect(references.resolve(.reference("A")) == nil)
        #expect(references.resolve(.reference("Missing")) == nil)
        #expect(references.objectShape(nil) == nil)
    }
}
