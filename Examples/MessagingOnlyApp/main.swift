import Crypto
import FlyingFox
import Foundation
import TelnyxMessaging

// An app that adds only the messaging product (`.product(name: "TelnyxMessaging", package: "telnyx-swift")`):
// it sends an SMS to a local stand-in for the API, which checks the request, and verifies and decodes a
// signed messaging webhook. CompileTests builds it in a package outside this repository and checks that
// no other product's module was compiled.

struct StandIn: HTTPHandler {
    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let body = try JSONSerialization.jsonObject(with: try await request.bodyData) as? [String: String]
        let expected = ["to": "+18445550001", "from": "+18005550101", "text": "Hello from TelnyxMessaging"]
        guard request.method == .POST, request.path == "/messages", body == expected,
            request.headers[FlyingFox.HTTPHeader("Authorization")] == "Bearer KEY-messaging-only"
        else {
            return HTTPResponse(statusCode: .badRequest, body: Data(#"{"errors":[{"code":"400","title":"?"}]}"#.utf8))
        }
        var headers = FlyingFox.HTTPHeaders()
        headers[FlyingFox.HTTPHeader.contentType] = "application/json"
        let json =
            #"{"data":{"id":"msg-1","record_type":"message","direction":"outbound","text":"Hello from TelnyxMessaging"}}"#
        return HTTPResponse(statusCode: .ok, headers: headers, body: Data(json.utf8))
    }
}

let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), logger: .disabled, handler: StandIn())
Task { try await server.run() }
try await server.waitUntilListening(timeout: 60)
guard case .ip4(_, let port)? = await server.listeningAddress else { fatalError("the server has no port") }

let client = TelnyxClient(apiKey: "KEY-messaging-only", baseURL: URL(string: "http://127.0.0.1:\(port)"))
let sent = try await client.messages.send(to: "+18445550001", from: "+18005550101", text: "Hello from TelnyxMessaging")
print("sent \(sent.data?.id ?? "?")")
await server.stop(timeout: 0)

// A delivery signed as Telnyx signs it: Ed25519 over "{timestamp}|{raw body}".
let key = Curve25519.Signing.PrivateKey()
let body = Data(
    #"{"data":{"event_type":"message.received","id":"ev-1","payload":{"id":"msg-2","text":"Hi back"},"record_type":"event"}}"#
        .utf8)
let timestamp = String(Int(Date().timeIntervalSince1970))
let signature = try key.signature(for: Data("\(timestamp)|".utf8) + body)
let headers = ["telnyx-signature-ed25519": signature.base64EncodedString(), "telnyx-timestamp": timestamp]
let publicKey = key.publicKey.rawRepresentation.base64EncodedString()
switch try client.webhooks.unwrap(body, headers: headers, as: MessagingWebhookEvent.self, publicKey: publicKey) {
case .inboundMessage(let event): print("received \(event.data?.payload?.text ?? "?")")
default: fatalError("not an inbound message")
}
