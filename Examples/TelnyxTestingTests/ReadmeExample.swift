// The README's TelnyxTesting example, verbatim (ReadmeTests checks that it stays so).
import Telnyx
import TelnyxTesting
import Testing

@Test func notifiesTheCustomer() async throws {
    let transport = TelnyxTestTransport()
    let client = TelnyxClient(configuration: .testing(transport))  // test key, 1 ms retries, trusts WebhookSigner.test
    transport.stub(.messagingProfiles.list, .pages([[["name": "Alerts"]], [["name": "Support"]]]))
    #expect(try await client.messagingProfiles.list().collect().compactMap(\.name) == ["Alerts", "Support"])
    transport.stub(.messages.send, .status(429), .example)  // answers in order, the last repeats
    _ = try await client.messages.send(to: "+18445550001", from: "+18005550101", text: "Hi")
    #expect(transport.requests(for: .messages.send).count == 2)

    let delivery = WebhookSigner.test.sign(WebhookExamples.inboundMessage)
    guard case .inboundMessage(let event) = try client.webhooks.unwrap(delivery.body, headers: delivery.headers)
    else {
        Issue.record("not an inbound message")
        return
    }
    #expect(event.data?.payload?.text != nil)
}
