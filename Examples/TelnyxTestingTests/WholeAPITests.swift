// TelnyxTesting knows the whole API: every operation answers from the spec, every webhook has an example.
import Telnyx
import TelnyxTesting
import Testing

@Suite struct WholeAPITests {
    @Test func everyWebhookExampleDecodes() {
        // `allEvents` decodes each example of the spec; a bad one stops the test run.
        #expect(WebhookExamples.allEvents.count >= 60)
    }

    /// Strict mode answers every operation with its example: each example fits its response schema.
    @Test func everyExampleAnswerFitsItsResponseSchema() {
        let misfits = TelnyxTestCatalog.spec.exampleViolations()
        #expect(misfits.isEmpty, "\(misfits.count) misfits, first: \(misfits.prefix(5))")
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

    /// README's grouped query families, as written there.
    @Test func queryFamiliesAreGroupedValues() async throws {
        let transport = TelnyxTestTransport()
        let client = TelnyxClient(configuration: .testing(transport))
        _ = try await client.phoneNumbers.list(
            filter: .init(status: .active, tag: "support"), page: .init(number: 2, size: 50)
        ).pages.first { _ in true }
        let sent = try #require(transport.requests(for: .phoneNumbers.list).first)
        #expect(sent.queryValue("filter[status]") == "active" && sent.queryValue("filter[tag]") == "support")
        #expect(sent.queryValue("page[number]") == "2" && sent.queryValue("page[size]") == "50")
    }

    /// README's escape hatches, as written there, against the spec's examples.
    @Test func escapeHatchesOfTheReadme() async throws {
        let transport = TelnyxTestTransport()
        let client = TelnyxClient(configuration: .testing(transport))
        let balance = try await client.request("GET", "/balance")
        #expect(balance["data"]?["balance"] != nil)
        let options = RequestOptions(extraQuery: ["preview": "true"], extraBody: ["new_field": "value"])
        let sent = try await client.messages.send(
            to: "+18445550001", from: "+18005550101", text: "Hi", options: options)
        #expect(sent.data?[rawKey: "new_member"] == nil)
        let request = try #require(transport.requests(for: .messages.send).first)
        #expect(request.queryValue("preview") == "true" && request.json?["new_field"] == "value")
    }
}
