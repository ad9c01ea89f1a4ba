import Foundation
import Telnyx

/// Task 8: dial a call, speak text on it, hang up.
func callFlow(client: TelnyxClient) async throws -> [String] {
    let call = try await client.calls.dial(
        connectionID: "1494404757140276705", from: "+18445550002", to: "+18445550001")
    let id = call.data?.callControlID ?? ""
    _ = try await client.calls.actions.speak(callControlID: id, payload: "Hello from Swift", voice: "female")
    _ = try await client.calls.actions.hangup(callControlID: id)
    return ["call \(id): spoke, hung up"]
}

/// Task 9: verify a webhook's Ed25519 signature and switch on its event.
func verifyWebhook(client: TelnyxClient, webhook: WebhookDelivery, publicKey: String) throws -> String {
    switch try client.webhooks.unwrap(webhook.body, headers: webhook.headers, publicKey: publicKey) {
    case .deliveryUpdate(let event):
        let message = event.data?.payload
        return "webhook \(event.data?.eventType?.rawValue ?? "?"): message \(message?.id ?? "?")"
    case .inboundMessage(let event):
        return "webhook inbound message: \(event.json)"
    case .callAnswered(let event):
        return "webhook call answered: \(event.json)"
    case .unknown(let json):
        return "webhook of unknown type: \(json)"
    default:
        return "webhook of another type"
    }
}

/// Task 10: a 422 is a `TelnyxError` with the API's error details.
func validationError(client: TelnyxClient) async throws -> String {
    do {
        _ = try await client.messages.send(to: "+1", from: "+18445550002", text: "invalid")
        return "422 expected, the send succeeded"
    } catch let error as TelnyxError {
        guard case .http(status: 422) = error.kind else { throw error }
        return "422: \(error.code ?? "?") \(error.errors.compactMap(\.detail).joined(separator: "; "))"
    }
}

/// Task 11: a 429 is retried by the client; without retries it surfaces with `retryAfter`.
func rateLimit(client: TelnyxClient) async throws -> [String] {
    var log: [String] = []
    do {
        _ = try await client.messages.send(
            to: "+18445550001", from: "+18445550002", text: "no retry", options: RequestOptions(maxRetries: 0))
        log.append("429 expected, the send succeeded")
    } catch let error as TelnyxError {
        guard case .http(status: 429) = error.kind else { throw error }
        log.append("429 without retries: retry after \(error.retryAfter.map { "\($0)" } ?? "?")")
    }
    let retried = try await client.messages.send(to: "+18445550001", from: "+18445550002", text: "retried")
    log.append("429 retried: sent \(retried.data?.id ?? "?")")
    return log
}
