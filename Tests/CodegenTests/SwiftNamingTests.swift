import CodegenIR
import PluginsShared
import Testing

@testable import CodegenRender

/// The naming pass (``SwiftNaming``): the names it decides for a model and the rules it gives
/// members, cases and methods.
struct SwiftNamingTests {
    @Test func thePassNamesResourcesSchemasAndMethodsOnce() throws {
        let built = try Fixture.build("broken/name-collisions.yaml")
        let naming = SwiftNaming(model: built.model)
        #expect(naming.resources.node(["messages"])?.typeName == "MessagesResource")
        #expect(naming.resources.node(["messages"])?.operationsTypeName == "MessagesOperations")
        #expect(naming.resources.node([])?.typeName == "TelnyxClient")
        // A schema named like the resource type gives way to it, as the warnings say.
        #expect(naming.types.typeName(ofSchema: "MessagesResource") == "MessagesResource2")
        #expect(naming.types.typeName(ofSchema: "PhoneNumber") == "PhoneNumber")
        #expect(naming.types.typeName(ofSchema: "phone_number") == "PhoneNumber2")
        #expect(naming.methods == ["listMessages": "retrieve"])
        // The renderer declares what the pass decided.
        let surface = SwiftRenderer(model: built.model, templates: try TemplateSet(), naming: naming).build().surface
        #expect(surface.operations["listMessages"]?.methodName == "retrieve")
        #expect(surface.declarations[QualifiedName("MessagesResource2")] != nil)
    }

    @Test func propertiesTakeValueForAModelsOwnMembersThenANumber() {
        let names = SwiftNaming.properties(["storage", "storage_value", "id", "ID", "default", "json"])
        #expect(names.map(\.given) == ["storageValue", "storageValue2", "id", "id2", "`default`", "jsonValue"])
        #expect(names.map(\.wanted) == ["storageValue", "storageValue", "id", "id", "`default`", "jsonValue"])
    }

    @Test func casesTakeValueForAnEnumsOwnMembersThenANumber() {
        let names = SwiftNaming.cases(["init", "rawValue", "unknown", "long-code", "long_code", "default", ""])
        #expect(
            names.map(\.given) == [
                "initValue", "rawValueValue", "unknownValue", "longCode", "longCode2", "`default`", "empty",
            ])
    }

    @Test func methodsNamedLikeAChildResourceTakeTheMethodSuffix() {
        #expect(
            SwiftNaming.methodName("participants", children: ["participants", "recordings"]) == "participantsMethod")
        #expect(SwiftNaming.methodName("list", children: ["participants"]) == "list")
        #expect(SwiftNaming.methodName("import", children: []) == "`import`")
        #expect(SwiftNaming.methodName("import", children: ["import"]) == "importMethod")
    }

    /// `client.ai.conversations.insightGroups.create(...)`, never `.insightGroups.insightGroups(...)`
    /// or `calls.retrieveCalls(...)`, `ai.missions.tools.create`, never `.createTool`: no method is its
    /// resource's name, or a verb and that name.
    @Test func noMethodOfTheClientRepeatsItsResource() throws {
        let model = try EmbeddedSpec.model()
        let naming = SwiftNaming(model: model)
        let repeating = model.operations.filter { operation in
            guard let resource = operation.resourcePath.last, let method = naming.methods[operation.id]
            else { return false }
            let words = NameWords.split(SwiftNames.unescaped(method)).map { $0.lowercased() }
            let noun = NameWords.split(resource).map { $0.lowercased() }.joined()
            let rest = words.dropFirst().joined()
            return words.joined() == noun || rest == noun || (noun.hasSuffix("s") && rest == noun.dropLast())
        }.map { "\($0.method) \($0.path)" }
        #expect(repeating == [])
        #expect(naming.methods.count == model.operations.count)
    }

    @Test func collisionWarningsNameTheMembersThatGotANumber() throws {
        let built = try Fixture.build("broken/name-collisions.yaml")
        let warnings = SwiftNaming(model: built.model).collisionWarnings(in: built.model).map(\.message)
        #expect(warnings.contains { $0.hasPrefix("properties 'phone_number' and 'PhoneNumber' of 'PhoneNumber'") })
        #expect(warnings.contains { $0.hasPrefix("values '+E.164' and 'E.164' of 'PhoneNumber.format'") })
        #expect(warnings.count == 5)
    }
}
