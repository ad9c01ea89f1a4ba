import Testing

@testable import CodegenRender

/// Swift types are values written as text in one place.
@Suite struct SwiftTypeTests {
    @Test func typesAreWrittenAsSwift() {
        let profile = SwiftType.named("MessagingProfile.WebhookAPIVersion")
        #expect(SwiftType.optional(.array(profile)).description == "[MessagingProfile.WebhookAPIVersion]?")
        #expect(SwiftType.dictionary(.array(.string)).description == "[String: [String]]")
        #expect(profile.simpleName == "WebhookAPIVersion")
        #expect(SwiftType.array(.data).element == .data)
        #expect(SwiftType.dictionary(.json).name == nil && SwiftType.dictionary(.json).element == nil)
    }
}
