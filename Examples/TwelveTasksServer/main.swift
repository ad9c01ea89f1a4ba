import Crypto
import FlyingFox
import Foundation
import Telnyx
import TwelveTasks

// Runs the twelve tasks against a local stand-in for the Telnyx API and checks every request it
// received; exits non-zero on a failed task or an unexpected request (CompileTests runs it).

/// A request as the server saw it.
struct Seen: Sendable {
    var method: String
    var path: String
    var query: [String: String]
    var body: String
}

actor Recorder {
    var requests: [Seen] = []
    func record(_ request: Seen) -> Int {
        requests.append(request)
        return requests.filter { $0.method == request.method && $0.path == request.path }.count
    }
}

struct StandIn: HTTPHandler {
    let recorder: Recorder

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        var query: [String: String] = [:]
        for item in request.query { query[item.name] = item.value }
        let body = String(decoding: try await request.bodyData, as: UTF8.self)
        let seen = Seen(method: request.method.rawValue, path: request.path, query: query, body: body)
        let count = await recorder.record(seen)
        let (status, headers, json) = Self.answer(seen, count: count)
        var all = FlyingFox.HTTPHeaders()
        all[FlyingFox.HTTPHeader.contentType] = "application/json"
        for (name, value) in headers { all[FlyingFox.HTTPHeader(name)] = value }
        return HTTPResponse(statusCode: HTTPStatusCode(status, phrase: ""), headers: all, body: Data(json.utf8))
    }

    static func answer(_ request: Seen, count: Int) -> (Int, [String: String], String) {
        switch (request.method, request.path) {
        case ("POST", "/messages"):
            if request.body.contains(#""to":"+1""#) {
                return (422, [:], #"{"errors":[{"code":"40310","title":"Invalid to","detail":"bad number"}]}"#)
            }
            if request.body.contains("no retry") || (request.body.contains("retried") && count == 5) {
                return (429, ["Retry-After": "1"], #"{"errors":[{"code":"10011","title":"Too many requests"}]}"#)
            }
            return (200, [:], #"{"data":{"id":"msg-\#(count)","record_type":"message"}}"#)
        case ("POST", "/messages/schedule"): return (200, [:], #"{"data":{"id":"sched-1"}}"#)
        case ("DELETE", "/messages/sched-1"): return (200, [:], #"{"id":"sched-1"}"#)
        case ("GET", "/messaging_profiles"):
            let page = Int(request.query["page[number]"] ?? "1") ?? 1
            let names = page == 1 ? ["one", "two"] : ["three"]
            let items = names.map { #"{"id":"mp-\#($0)","name":"\#($0)"}"# }.joined(separator: ",")
            return (
                200, [:],
                #"{"data":[\#(items)],"meta":{"page_number":\#(page),"page_size":2,"total_pages":2,"total_results":3}}"#
            )
        case ("POST", "/messaging_profiles"): return (200, [:], #"{"data":{"id":"mp-1","name":"Twelve tasks"}}"#)
        case ("PATCH", "/messaging_profiles/mp-1"):
            return (200, [:], #"{"data":{"id":"mp-1","name":"Twelve tasks (updated)"}}"#)
        case ("GET", "/phone_numbers"):
            return (
                200, [:],
                #"{"data":[{"id":"pn-1","phone_number":"+18445550009","country_iso_alpha2":"US","record_type":"phone_number","status":"active","tags":["twelve"],"external_pin":null,"created_at":"2026-01-01T00:00:00Z","phone_number_type":"local","purchased_at":"2026-01-01T00:00:00Z","deletion_lock_enabled":false}],"meta":{"page_number":1,"page_size":20,"total_pages":1,"total_results":1}}"#
            )
        case ("GET", "/available_phone_numbers"): return (200, [:], #"{"data":[{"phone_number":"+18445550003"}]}"#)
        case ("POST", "/number_orders"): return (200, [:], #"{"data":{"id":"order-1"}}"#)
        case ("POST", "/calls"):
            return (
                200, [:],
                #"{"data":{"call_control_id":"cc-1","call_leg_id":"leg-1","call_session_id":"session-1","is_alive":true,"record_type":"call"}}"#
            )
        case ("POST", "/calls/cc-1/actions/speak"), ("POST", "/calls/cc-1/actions/hangup"):
            return (200, [:], #"{"data":{"result":"ok"}}"#)
        default: return (404, [:], #"{"errors":[{"code":"404","title":"Not found"}]}"#)
        }
    }
}

let recorder = Recorder()
let server = HTTPServer(
    address: try .inet(ip4: "127.0.0.1", port: 0), logger: .disabled, handler: StandIn(recorder: recorder))
Task { try await server.run() }
try await server.waitUntilListening(timeout: 60)
guard case .ip4(_, let port)? = await server.listeningAddress else { fatalError("the server has no port") }
let client = TelnyxClient(apiKey: "KEY-twelve-tasks", baseURL: URL(string: "http://127.0.0.1:\(port)"))
let (webhook, publicKey) = try signedWebhook()
var failed = false
do {
    for line in try await runTwelveTasks(client: client, webhook: webhook, publicKey: publicKey) { print(line) }
} catch {
    print("FAILED: \(error)")
    failed = true
}
let problems = mismatches(await recorder.requests)
for problem in problems { print("UNEXPECTED: \(problem)") }
await server.stop(timeout: 0)
exit(failed || !problems.isEmpty ? 1 : 0)
