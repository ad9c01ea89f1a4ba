import Testing

@testable import CodegenRender

/// Swift types are values written as text in one place.
@Suite struct SwiftTypeTests {
    @Test func typesAreWrittenAsSwift() {
        let profile = SwiftType.named(QualifiedName("MessagingProfile").nested("WebhookAPIVersion"))
        #expect(SwiftType.optional(.array(profile)).description == "[MessagingProfile.WebhookAPIVersion]?")
        #expect(SwiftType.dictionary(.array(.string)).description == "[String: [String]]")
        #expect(profile.simpleName == "WebhookAPIVersion")
        #expect(SwiftType.array(.data).element == .data)
        #expect(SwiftType.dictionary(.json).name == nil && SwiftType.dictionary(.json).element == nil)
    }

    @Test func qualifiedNamesKeepTheirComponents() {
        let nested = QualifiedName("MessagesResource").nested("SendParameters").nested("Filter")
        #expect(nested.components == ["MessagesResource", "SendParameters", "Filter"])
        #expect(nested.description == "MessagesResource.SendParameters.Filter")
        #expect(nested.simpleName == "Filter")
        #expect(nested.parent == QualifiedName("MessagesResource").nested("SendParameters"))
        #expect(QualifiedName("String").parent == nil)
        #expect(QualifiedName("A").nested("B") < QualifiedName("AB"))
    }

    @Test func dataOnlyResponsesAreWrittenAsTheRuntimeEnvelopes() {
        func data(_ type: SwiftType, required: Bool, nullable: Bool = false, wire: String = "data") -> SwiftProperty {
            SwiftProperty(
                name: wire, wireName: wire, type: type, required: required, nullable: nullable, readOnly: false,
                doc: DocComment())
        }
        let profile = SwiftType.named("MessagingProfile")
        let optional = ModelDeclaration(properties: [data(profile, required: false)], buildable: false)
        #expect(optional.envelope?.description == "DataEnvelope<MessagingProfile>")
        let required = ModelDeclaration(properties: [data(.array(profile), required: true)], buildable: false)
        #expect(required.envelope?.description == "RequiredDataEnvelope<[MessagingProfile]>")
        let nullable = ModelDeclaration(
            properties: [data(profile, required: true, nullable: true)], buildable: false)
        #expect(nullable.envelope?.description == "DataEnvelope<MessagingProfile>")
        // Declared in full: request bodies, types that hold nested types, other members.
        #expect(ModelDeclaration(properties: [data(profile, required: true)], buildable: true).envelope == nil)
        #expect(
            ModelDeclaration(properties: [data(profile, required: false)], buildable: false, holdsNestedTypes: true)
                .envelope == nil)
        #expect(
            ModelDeclaration(
                properties: [data(profile, required: false), data(.string, required: false, wire: "meta")],
                buildable: false
            ).envelope == nil)
        #expect(
            ModelDeclaration(properties: [data(profile, required: false, wire: "item")], buildable: false).envelope
                == nil)
    }

    @Test func requestPathsAreCutAtTheirParameters() {
        let parameters = ["call_control_id": "callControlID", "id": "id"]
        #expect(
            PathSegment.segments("/calls/{call_control_id}/actions/hangup", parameters: parameters) == [
                .literal("/calls/"), .parameter("callControlID"), .literal("/actions/hangup"),
            ])
        // A brace that names no parameter stays text; text is escaped for a Swift literal.
        #expect(
            PathSegment.segments("/a\"b/{other}/{id}{id}", parameters: parameters) == [
                .literal("/a\\\"b/{other}/"), .parameter("id"), .parameter("id"),
            ])
        #expect(PathSegment.segments("/plain", parameters: [:]) == [.literal("/plain")])
    }
}
