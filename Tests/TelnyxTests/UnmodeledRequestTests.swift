import Foundation
import MessagingSliceClient
@_spi(Generated) import TelnyxRuntime
import Testing

/// The escape hatches of the official SDKs: an endpoint or a parameter the spec does not list yet,
/// sent with the client's authentication, retries and errors.
@Suite("Requests the spec does not list")
struct UnmodeledRequestTests {
    @Test("client.request sends any endpoint with auth and retries, and decodes JSON or a model")
    func unmodeledEndpoint() async throws {
        try await withTestServer({ request, index in
            if index == 0 { return .json("{}", status: 503, headers: ["Retry-After": "0"]) }
            if request.path == "/missing" { return .json(#"{"errors":[{"code":"10005"}]}"#, status: 404) }
            return .json(#"{"data":{"balance":"300.00","currency":"USD"}}"#)
        }) { server in
            let client = TelnyxClient(configuration: server.configuration())
            let balance = try await client.request("get", "/balance", query: ["b": "2", "a": "1"])
            #expect(balance["data"]?["balance"] == "300.00")
            let requests = await server.requests()
            #expect(requests.count == 2 && requests.allSatisfy { $0.method == "GET" && $0.path == "/balance" })
            #expect(requests[1].rawQuery == "b=2&a=1")
            #expect(requests[1].headers["authorization"] == "Bearer \(testAPIKey)")
            let profile = try await client.request(
                "POST", "/messaging_profiles", body: ["name": "Support"], as: DataEnvelope<MessagingProfile>.self)
            #expect(profile.data?[rawKey: "balance"] == "300.00")
            #expect(await server.requests().last?.bodyText == #"{"name":"Support"}"#)
            let error = await #expect(throws: TelnyxError.self) { try await client.request("GET", "/missing") }
            #expect(error?.status == 404 && error?.code == "10005")
        }
    }

    @Test("extra query parameters and body members reach the server on a modeled call")
    func extraQueryAndBody() async throws {
        try await withTestServer({ _, _ in .json(#"{"data":{"id":"m1"}}"#) }) { server in
            let client = TelnyxClient(configuration: server.configuration())
            let options = RequestOptions(
                extraQuery: ["preview": "true"], extraBody: ["text": "replaced", "undocumented": ["a": 1]])
            _ = try await client.messages.send(to: "+18445550001", from: "+18005550101", text: "Hi", options: options)
            let sent = try #require(await server.requests().first)
            #expect(sent.queryValue("preview") == "true")
            let body = try JSONSerialization.jsonObject(with: sent.body) as? [String: Any]
            #expect(body?["text"] as? String == "replaced" && body?["to"] as? String == "+18445550001")
            #expect((body?["undocumented"] as? [String: Int]) == ["a": 1])
        }
    }
}
