// TelnyxTesting knows the whole API: every operation answers from the spec, every webhook has an example.
import Telnyx
import TelnyxTesting
import Testing

@Suite struct WholeAPITests {
    @Test func everyWebhookExampleDecodes() {
        // `allEvents` decodes each example of the spec; a bad one stops the test run.
        #expect(WebhookExamples.allEvents.count >= 60)
    }

    @Test func everyOperationIsInTheCatalog() async throws {
        let transport = TelnyxTestTransport()
        #expect(transport.catalog.operationCount > 1_000)
        let client = TelnyxClient(configuration: .testing(transport))
        let dialed = try await client.calls.dial(
            connectionID: "7267xxxxxxxxxxxxxx", from: "+18005550101", to: "+18445550001")
        #expect(dialed.data?.callControlID != nil)
        let numbers = try await client.availablePhoneNumbers.list(
            filter: .init(features: [.sms], phoneNumberType: .local)
        ).collect()
        #expect(!numbers.isEmpty)
        #expect(transport.requests.count == 2 && transport.violations.isEmpty)
    }
}
