import Crypto
import Foundation
import TwelveTasks

/// What each request must be, in order: method, path, and text its body or query must contain.
let expected: [(method: String, path: String, contains: [String])] = [
    ("POST", "/messages", [#""text":"Hello, World!""#, #""to":"+18445550001""#]),
    ("POST", "/messages", [#""media_urls":["https://example.com/cat.jpg"]"#, #""subject":"A picture""#]),
    ("POST", "/messages/schedule", [#""send_at":"2030-03-17T17:46:40Z""#, #""text":"Later""#]),
    ("DELETE", "/messages/sched-1", []),
    ("GET", "/messaging_profiles", ["page[size]=2"]),
    ("GET", "/messaging_profiles", ["page[size]=2", "page[number]=2"]),
    ("POST", "/messaging_profiles", [#""whitelisted_destinations":["US"]"#, #""webhook_failover_url""#]),
    ("PATCH", "/messaging_profiles/mp-1", [#""webhook_failover_url":null"#, #""name":"Twelve tasks (updated)""#]),
    ("GET", "/phone_numbers", ["filter[status]=active", "filter[tag]=twelve"]),
    ("GET", "/available_phone_numbers", ["filter[country_code]=US", "filter[limit]=1"]),
    ("POST", "/number_orders", [#""phone_number":"+18445550003""#]),
    ("POST", "/calls", [#""connection_id":"1494404757140276705""#, #""to":"+18445550001""#]),
    ("POST", "/calls/cc-1/actions/speak", [#""payload":"Hello from Swift""#, #""voice":"female""#]),
    ("POST", "/calls/cc-1/actions/hangup", []),
    ("POST", "/messages", [#""to":"+1""#]),
    ("POST", "/messages", ["no retry"]),
    ("POST", "/messages", ["retried"]),
    ("POST", "/messages", ["retried"]),
]

/// The differences between the requests received and `expected`.
func mismatches(_ requests: [Seen]) -> [String] {
    var problems: [String] = []
    if requests.count != expected.count { problems.append("\(requests.count) requests, expected \(expected.count)") }
    for (index, (request, wanted)) in zip(requests, expected).enumerated() {
        let text =
            request.body + " "
            + request.query.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        guard request.method == wanted.method, request.path == wanted.path else {
            problems.append("#\(index): \(request.method) \(request.path), expected \(wanted.method) \(wanted.path)")
            continue
        }
        for part in wanted.contains where !text.contains(part) {
            problems.append("#\(index) \(request.method) \(request.path): no \(part) in \(text)")
        }
    }
    return problems
}

/// A `message.sent` delivery signed with a fresh Ed25519 key, and that key's public half (base64).
func signedWebhook() throws -> (WebhookDelivery, String) {
    let key = Curve25519.Signing.PrivateKey()
    let body = Data(
        #"{"data":{"event_type":"message.sent","id":"0ccc7b54-4df3-4bca-a65a-3da1ecc777f0","occurred_at":"2026-01-01T00:00:00Z","payload":{"id":"msg-1"},"record_type":"event"}}"#
            .utf8)
    let timestamp = String(Int(Date().timeIntervalSince1970))
    let signature = try key.signature(for: Data("\(timestamp)|".utf8) + body)
    let headers = ["telnyx-signature-ed25519": signature.base64EncodedString(), "telnyx-timestamp": timestamp]
    return (WebhookDelivery(body: body, headers: headers), key.publicKey.rawRepresentation.base64EncodedString())
}
