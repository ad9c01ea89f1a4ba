// Tests of messaging code written the way an app's own tests would use TelnyxTesting: no network,
// no API key, the spec's own examples as answers. Built and run by the repository's `swift test`.
import Foundation
import Telnyx
import TelnyxTesting
import Testing

/// The code under test: what an app would write on top of the client.
struct Notifier {
    let client: TelnyxClient

    /// Sends a text and returns the message id.
    func notify(_ phoneNumber: String, _ text: String) async throws -> String? {
        let response = try await client.messages.send(to: phoneNumber, from: "+18005550101", text: text)
        return response.data?.id
    }

    /// The names of every messaging profile, across pages.
    func profileNames() async throws -> [String] {
        try await client.messagingProfiles.list(page: .init(size: 2)).collect().compactMap(\.name)
    }

    /// The text of an inbound message webhook, after checking its signature.
    func inboundText(body: Data, headers: [String: String]) throws -> String? {
        guard case .inboundMessage(let event) = try client.webhooks.unwrap(body, headers: headers) else { return nil }
        return event.data?.payload?.text
    }
}

@Suite struct NotifierTests {
    let transport = TelnyxTestTransport()
    var notifier: Notifier { Notifier(client: TelnyxClient(configuration: .testing(transport))) }

    @Test func sendsATextAndReturnsTheSpecExampleID() async throws {
        let id = try await notifier.notify("+18445550001", "Your code is 1234")
        #expect(id != nil)
        let sent = try #require(transport.requests(for: .messages.send).first)
        #expect(sent.json?["to"] == "+18445550001")
        #expect(sent.json?["text"] == "Your code is 1234")
        #expect(transport.violations.isEmpty)
    }

    @Test func collectsEveryPageOfProfiles() async throws {
        transport.stub(
            .messagingProfiles.list, .pages([[["name": "Alerts"], ["name": "Billing"]], [["name": "Support"]]]))
        #expect(try await notifier.profileNames() == ["Alerts", "Billing", "Support"])
        let pages = transport.requests(for: .messagingProfiles.list).map { $0.queryValue("page[number]") }
        #expect(pages == [nil, "2"])
    }

    @Test func reportsA422WithItsErrorCode() async throws {
        transport.stub(.messages.send, .status(422, errors: [.init(code: "40310", title: "Invalid 'to' address")]))
        let error = await #expect(throws: TelnyxError.self) { try await notifier.notify("+1", "Hi") }
        #expect(error?.status == 422)
        #expect(error?.code == "40310")
        #expect(error?.requestID != nil)
    }

    @Test func ridesOutA429() async throws {
        transport.stub(.messages.send, .status(429, headers: ["retry-after": "0"]), .example)
        #expect(try await notifier.notify("+18445550001", "Hi") != nil)
        #expect(transport.requests(for: .messages.send).count == 2)
    }

    @Test func readsASignedInboundWebhook() throws {
        let delivery = WebhookSigner.test.sign(WebhookExamples.inboundMessage)
        #expect(try notifier.inboundText(body: delivery.body, headers: delivery.headers) != nil)
        var forged = delivery.headers
        forged["telnyx-timestamp"] = "1"
        #expect(throws: WebhookVerificationError.self) {
            try notifier.inboundText(body: delivery.body, headers: forged)
        }
    }

    @Test func rejectsARequestTheSpecDoesNotAllow() async throws {
        let client = TelnyxClient(configuration: .testing(transport))
        let error = await #expect(throws: TelnyxError.self) {
            try await client.messages.send(to: "+18445550001", type: .unknown("FAX"))
        }
        #expect(error?.kind == .invalidRequest)
        #expect(error?.message.contains("messages.send (POST /messages)") == true)
        #expect(transport.violations.count == 1)
    }
}
