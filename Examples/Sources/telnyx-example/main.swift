import FlyingFox
import Foundation
import TelnyxMessagingClient
import TelnyxRuntime

// Lists messaging profiles with the client the build-tool plugin generated, against a tiny local
// stand-in for the Telnyx API (three pages of two profiles), or against `--base-url URL` when given.

/// Answers `GET /messaging_profiles` with page `page[number]` of three.
struct ProfilesHandler: HTTPHandler {
    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET, request.path == "/messaging_profiles" else {
            return HTTPResponse(statusCode: .notFound, body: Data(#"{"errors":[{"code":"404"}]}"#.utf8))
        }
        let page = request.query["page[number]"].flatMap(Int.init) ?? 1
        let profiles = (1...2).map {
            #"{"id":"p\#(page)-\#($0)","name":"profile \#(page)-\#($0)","record_type":"messaging_profile"}"#
        }
        let body =
            #"{"data":[\#(profiles.joined(separator: ","))],"#
            + #""meta":{"page_number":\#(page),"page_size":2,"total_pages":3,"total_results":6}}"#
        return HTTPResponse(
            statusCode: .ok, headers: [.contentType: "application/json"], body: Data(body.utf8))
    }
}

let arguments = CommandLine.arguments.dropFirst()
var baseURL = arguments.first { $0.hasPrefix("http") }.flatMap(URL.init(string:))
var server: HTTPServer?
if baseURL == nil {
    let local = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), logger: .disabled, handler: ProfilesHandler())
    Task { try await local.run() }
    try await local.waitUntilListening(timeout: 60)
    guard case .ip4(_, let port)? = await local.listeningAddress else { fatalError("no port") }
    baseURL = URL(string: "http://127.0.0.1:\(port)")
    server = local
}

let client = TelnyxClient(configuration: TelnyxConfiguration(apiKey: "KEY-example", baseURL: baseURL))
var count = 0
for try await profile in client.messagingProfiles.list(page: .init(size: 2)) {
    print("\(profile.id ?? "?"): \(profile.name ?? "")")
    count += 1
}
print("listed \(count) messaging profiles from \(baseURL!.absoluteString)")
await server?.stop(timeout: 0)
