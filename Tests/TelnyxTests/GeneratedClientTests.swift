import Crypto
import Foundation
@_spi(Generated) import MessagingSliceClient
@_spi(Generated) import TelnyxRuntime
import Testing

/// The client generated from `spec/` (Generated/Swift) against a real HTTP server on 127.0.0.1.
@Suite("Generated client")
struct GeneratedClientTests {
    func client(_ server: TestServer, timeout: TimeInterval = 10, maxRetries: Int = 2) -> TelnyxClient {
        TelnyxClient(configuration: server.configuration(timeout: timeout, maxRetries: maxRetries))
    }

    static func profilesPage(_ page: Int, of total: Int) -> String {
        let names = (1...2).map {
            #"{"id":"p\#(page)-\#($0)","name":"profile \#(page)-\#($0)","record_type":"messaging_profile"}"#
        }
        return
            #"{"data":[\#(names.joined(separator: ","))],"meta":{"page_number":\#(page),"page_size":2,"total_pages":\#(total),"total_results":\#(total * 2)}}"#
    }

    @Test("list() pages through three pages on demand")
    func autoPaging() async throws {
        try await withTestServer({ request, _ in
            let page = Int(request.queryValue("page[number]") ?? "1") ?? 1
            return .json(Self.profilesPage(page, of: 3))
        }) { server in
            var names: [String] = []
            for try await profile in client(server).messagingProfiles.list(page: .init(size: 2)) {
                names.append(profile.name ?? "?")
            }
            #expect(
                names == ["profile 1-1", "profile 1-2", "profile 2-1", "profile 2-2", "profile 3-1", "profile 3-2"])
            let requests = await server.requests()
            #expect(requests.map { $0.queryValue("page[number]") } == [nil, "2", "3"])
            #expect(requests.allSatisfy { $0.path == "/messaging_profiles" && $0.queryValue("page[size]") == "2" })
        }
    }

    @Test("the first page is available whole, with its meta")
    func firstPage() async throws {
        try await withTestServer({ _, _ in .json(Self.profilesPage(1, of: 3)) }) { server in
            let page = try await client(server).messagingProfiles.list().firstPage()
            #expect(page.items.map(\.id) == ["p1-1", "p1-2"])
            #expect(page.json["meta"]?["total_pages"] == 3)
            #expect(page.hasNextPage)
        }
    }

    @Test("429 and 503 with Retry-After are retried, then the response decodes")
    func retries() async throws {
        try await withTestServer({ _, index in
            switch index {
            case 0:
                .json(
                    #"{"errors":[{"code":"10011","title":"Too many requests"}]}"#, status: 429,
                    headers: ["Retry-After": "0"])
            case 1: .json("{}", status: 503, headers: ["Retry-After": "0"])
            default: .json(#"{"data":{"id":"abc","name":"Support","enabled":true}}"#)
            }
        }) { server in
            let response = try await client(server).messagingProfiles.retrieve(id: "abc")
            #expect(response.data?.name == "Support")
            #expect(response.data?.enabled == true)
            #expect(await server.requests().count == 3)
        }
    }

    @Test("errors carry the status, the Telnyx error codes and the request id, never the API key")
    func errorDecoding() async throws {
        let body =
            #"{"errors":[{"code":"10015","title":"Bad Request","detail":"The 'name' is required.","source":{"pointer":"/name"},"meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10015"}}]}"#
        try await withTestServer({ _, _ in .json(body, status: 422, headers: ["x-request-id": "req-42"]) }) { server in
            do {
                _ = try await client(server).messagingProfiles.create(.init(name: "", whitelistedDestinations: ["US"]))
                Issue.record("expected an error")
            } catch let error as TelnyxError {
                #expect(error.kind == .http(status: 422))
                #expect(error.status == 422)
                #expect(error.requestID == "req-42")
                #expect(error.errors.first?.code == "10015")
                #expect(error.errors.first?.source?.pointer == "/name")
                #expect(error.errors.first?.meta?.url == "https://developers.telnyx.com/docs/overview/errors/10015")
                let text = "\(error) \(String(reflecting: error)) \(error.localizedDescription)"
                #expect(text.contains("10015") && text.contains("req-42"))
                #expect(!text.contains(testAPIKey))
            }
        }
    }

    @Test("PATCH sends an explicit null for a required nullable field given nil, and leaves out unset fields")
    func explicitNull() async throws {
        try await withTestServer({ _, _ in .json(#"{"data":{"id":"sc1","messaging_profile_id":null}}"#) }) { server in
            let updated = try await client(server).shortCodes.update(id: "sc1", messagingProfileID: nil)
            #expect(updated.data?.messagingProfileID == nil)
            let request = try #require(await server.requests().first)
            #expect(request.method == "PATCH")
            #expect(request.path == "/short_codes/sc1")
            let sent = try JSONSerialization.jsonObject(with: request.body) as? [String: Any]
            #expect(sent?.keys.sorted() == ["messaging_profile_id"])
            #expect(sent?["messaging_profile_id"] is NSNull)
        }
    }

    @Test("body fields are labeled arguments taking plain values; clearing: sends null for nullable fields")
    func flattenedBodyAndClearing() async throws {
        try await withTestServer({ _, _ in .json(#"{"data":{"id":"m1"}}"#) }) { server in
            let url = "https://example.com/hooks"
            let sendAt: Date? = nil
            _ = try await client(server).messages.send(
                to: "+18445550001", from: "+18005550101", text: "Hello", webhookURL: url, sendAt: sendAt,
                clearing: [.sendAt])
            let request = try #require(await server.requests().first)
            let sent = try JSONSerialization.jsonObject(with: request.body) as? [String: Any]
            #expect(sent?.keys.sorted() == ["from", "send_at", "text", "to", "webhook_url"])
            #expect(sent?["webhook_url"] as? String == url)
            #expect(sent?["send_at"] is NSNull)
        }
    }

    @Test("members every variant of a union shares read without a switch")
    func unionMembers() async throws {
        let body = #"{"data":{"id":"m7","direction":"inbound","text":"hi","messaging_profile_id":"p1"}}"#
        try await withTestServer({ _, _ in .json(body) }) { server in
            let message = try await client(server).messages.retrieve(id: "m7")
            #expect(message.data?.id == "m7")
            #expect(message.data?.text == "hi")
            #expect(message.data?.messagingProfileID == "p1")
        }
    }

    @Test("required response members are non-optional; a response missing one is a decoding error naming it")
    func requiredMembersAreChecked() async throws {
        let config =
            #"{"id":"c1","op":"start","keywords":["START"],"country_code":"US","created_at":"2026-01-02T03:04:05Z","#
            + #""updated_at":"2026-01-02T03:04:05Z"}"#
        try await withTestServer({ request, _ in
            request.path.hasSuffix("/c1")
                ? .json(#"{"data":"# + config + "}")
                : .json(#"{"data":{"id":"c2","op":"start"}}"#, headers: ["x-request-id": "req-7"])
        }) { server in
            let telnyx = client(server)
            let found = try await telnyx.messagingProfiles.autorespConfigs.retrieve(profileID: "p", autorespCfgID: "c1")
            let keywords: [String] = found.data.keywords
            #expect(found.data.id == "c1" && keywords == ["START"])
            do {
                _ = try await telnyx.messagingProfiles.autorespConfigs.retrieve(profileID: "p", autorespCfgID: "c2")
                Issue.record("a response without its required members decoded")
            } catch let error as TelnyxError {
                #expect(error.kind == .decoding)
                #expect(error.requestID == "req-7")
                #expect(error.underlying?.contains("AutorespConfigSchema: required key 'keywords' is missing") == true)
                // The request succeeded: the error says so, and the raw answer is there.
                #expect(error.requestSucceeded && error.status == 200)
                #expect(error.description.contains("the request itself succeeded"))
                #expect(
                    error.responseBody.map { String(decoding: $0, as: UTF8.self) }
                        == #"{"data":{"id":"c2","op":"start"}}"#)
            }
        }
    }

    @Test("an enum value the spec does not list decodes to .unknown and re-encodes unchanged")
    func unknownEnum() async throws {
        let body = #"{"data":{"id":"p1","webhook_api_version":"2031-01-01","number_pool_settings":null}}"#
        try await withTestServer({ _, _ in .json(body) }) { server in
            let profile = try #require(try await client(server).messagingProfiles.retrieve(id: "p1").data)
            let version = try #require(profile.webhookAPIVersion)
            #expect(version == .unknown("2031-01-01"))
            #expect(version.rawValue == "2031-01-01")
            let encoded = try JSONEncoder().encode(profile)
            let decoded = try JSONDecoder().decode(MessagingProfile.self, from: encoded)
            #expect(decoded == profile)
            #expect(String(decoding: encoded, as: UTF8.self).contains("2031-01-01"))
        }
    }

    @Test("a request slower than the timeout fails with a timeout error")
    func timeout() async throws {
        try await withTestServer({ _, _ in .json("{}", delay: 10) }) { server in
            do {
                _ = try await client(server, timeout: 0.3, maxRetries: 0).messagingProfiles.retrieve(id: "slow")
                Issue.record("expected a timeout")
            } catch let error as TelnyxError {
                #expect(error.kind == .timeout)
            }
        }
    }

    @Test("request builders are pure: path, deepObject query keys and JSON body")
    func requestBuilder() throws {
        let list = MessagingProfilesResource.ListParameters(
            filter: .init(name: "Support"), page: .init(number: 2, size: 20)
        )
        .makeRequest()
        #expect(list.method == "GET")
        #expect(list.path == "/messaging_profiles")
        #expect(
            list.query == [
                QueryItem(name: "filter[name]", value: "Support"), QueryItem(name: "page[number]", value: "2"),
                QueryItem(name: "page[size]", value: "20"),
            ])
        let update = ShortCodesResource.UpdateParameters(id: "a b/c", .init(messagingProfileID: "mp-1")).makeRequest()
        #expect(update.path == "/short_codes/a%20b%2Fc")
        #expect(update.body == .json(["messaging_profile_id": "mp-1"]))
    }
}

/// `client.webhooks.unwrap` with a real Ed25519 key pair.
@Suite("Generated webhooks")
struct GeneratedWebhookTests {
    let key = Curve25519.Signing.PrivateKey()
    let body = Data(#"{"data":{"event_type":"message.received","id":"ev1","payload":{"id":"m1","text":"hello"}}}"#.utf8)
    let now = Date(timeIntervalSince1970: 1_760_000_000)

    var client: TelnyxClient {
        TelnyxClient(
            configuration: TelnyxConfiguration(
                apiKey: nil, webhookPublicKey: key.publicKey.rawRepresentation.base64EncodedString()))
    }

    func headers(_ body: Data, timestamp: Int, signer: Curve25519.Signing.PrivateKey? = nil) throws -> [String: String]
    {
        let signature = try (signer ?? key).signature(for: Data("\(timestamp)|".utf8) + body)
        return ["telnyx-signature-ed25519": signature.base64EncodedString(), "telnyx-timestamp": String(timestamp)]
    }

    @Test func validEventIsAcceptedAndTyped() throws {
        let event = try client.webhooks.unwrap(body, headers: try headers(body, timestamp: 1_760_000_000), now: now)
        guard case .inboundMessage(let inbound) = event else {
            Issue.record("expected .inboundMessage, got \(event)")
            return
        }
        #expect(inbound.data?.id == "ev1")
    }

    @Test func tamperedBodyIsRejected() throws {
        let signed = try headers(body, timestamp: 1_760_000_000)
        let tampered = Data(String(decoding: body, as: UTF8.self).replacingOccurrences(of: "hello", with: "HELLO").utf8)
        #expect(throws: WebhookVerificationError.invalidSignature) {
            try client.webhooks.unwrap(tampered, headers: signed, now: now)
        }
    }

    @Test func wrongKeyIsRejected() throws {
        let signed = try headers(body, timestamp: 1_760_000_000, signer: Curve25519.Signing.PrivateKey())
        #expect(throws: WebhookVerificationError.invalidSignature) {
            try client.webhooks.unwrap(body, headers: signed, now: now)
        }
    }

    @Test func staleTimestampIsRejected() throws {
        let signed = try headers(body, timestamp: 1_760_000_000 - 301)
        #expect(throws: WebhookVerificationError.staleTimestamp) {
            try client.webhooks.unwrap(body, headers: signed, now: now)
        }
    }

    @Test func missingHeadersAreRejected() throws {
        #expect(throws: WebhookVerificationError.missingHeader("telnyx-signature-ed25519")) {
            try client.webhooks.unwrap(body, headers: ["telnyx-timestamp": "1760000000"], now: now)
        }
        #expect(throws: (any Error).self) {
            try client.webhooks.unwrap(body, headers: [:], now: now)
        }
    }

    @Test func unknownEventTypeDecodesAsUnknown() throws {
        let other = Data(#"{"data":{"event_type":"message.exploded","id":"x"}}"#.utf8)
        let event = try client.webhooks.unwrap(other, headers: try headers(other, timestamp: 1_760_000_000), now: now)
        guard case .unknown(let json) = event else {
            Issue.record("expected .unknown, got \(event)")
            return
        }
        #expect(json["data"]?["event_type"] == "message.exploded")
    }
}
