import FlyingFox
import Foundation
import Telnyx

// An app that adds the whole API (`.product(name: "Telnyx", package: "telnyx-swift")`): it dials a
// call and hangs it up against a local stand-in for the API, which checks each request, and decodes
// a call webhook as the umbrella's `WebhookEvent`. scripts/test-plugin.sh builds it outside the
// repository (sharing the repository's build folder) and runs it.

struct StandIn: HTTPHandler {
    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let body = try JSONSerialization.jsonObject(with: try await request.bodyData) as? [String: String]
        let authorized = request.headers[FlyingFox.HTTPHeader("Authorization")] == "Bearer KEY-dial-call"
        let json: String
        switch (request.method, request.path, body) {
        case (.POST, "/calls", ["connection_id": "7267xxxxxxxxxxxxxx", "from": "+18005550101", "to": "+18445550001"]?)
        where authorized:
            json =
                #"{"data":{"call_control_id":"v3:call-1","call_leg_id":"leg-1","call_session_id":"s-1","is_alive":true,"record_type":"call"}}"#
        case (.POST, "/calls/v3:call-1/actions/hangup", [:]?) where authorized:
            json = #"{"data":{"result":"ok"}}"#
        default:
            return HTTPResponse(statusCode: .badRequest, body: Data(#"{"errors":[{"code":"400","title":"?"}]}"#.utf8))
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json"], body: Data(json.utf8))
    }
}

let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), logger: .disabled, handler: StandIn())
Task { try await server.run() }
try await server.waitUntilListening(timeout: 60)
guard case .ip4(_, let port)? = await server.listeningAddress else { fatalError("the server has no port") }

let client = TelnyxClient(apiKey: "KEY-dial-call", baseURL: URL(string: "http://127.0.0.1:\(port)"))
let call = try await client.calls.dial(connectionID: "7267xxxxxxxxxxxxxx", from: "+18005550101", to: "+18445550001")
let callControlID = call.data?.callControlID ?? "?"
print("dialed \(callControlID)")
let hangup = try await client.calls.actions.hangup(callControlID: callControlID)
print("hung up: \(hangup.data?.result ?? "?")")
await server.stop(timeout: 0)
