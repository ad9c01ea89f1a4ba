import Crypto
import Foundation
import TelnyxRuntime

/// Signs webhook payloads as Telnyx does (Ed25519 over `"{timestamp}|{body}"`), with a key pair
/// made for tests, so a handler can be tested through `client.webhooks.unwrap`.
///
/// ```swift
/// let client = TelnyxClient(configuration: .testing(transport))  // trusts WebhookSigner.test
/// let delivery = WebhookSigner.test.sign(WebhookExamples.inboundMessage)
/// let event = try client.webhooks.unwrap(delivery.body, headers: delivery.headers)
/// ```
public struct WebhookSigner: Sendable {
    /// A fixed test key pair (never one of a real account).
    public static let test = WebhookSigner(
        privateKey: try! Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 7, count: 32)))

    public let privateKey: Curve25519.Signing.PrivateKey

    public init(privateKey: Curve25519.Signing.PrivateKey) {
        self.privateKey = privateKey
    }

    /// The base64 public key to configure (`TelnyxConfiguration(webhookPublicKey:)`).
    public var publicKey: String { privateKey.publicKey.rawRepresentation.base64EncodedString() }

    /// A signed delivery of `payload`, as sent at `date`.
    public func sign(_ payload: Data, at date: Date = Date()) -> SignedWebhook {
        let timestamp = String(Int64(date.timeIntervalSince1970))
        var message = Data("\(timestamp)|".utf8)
        message.append(payload)
        let signature = (try? privateKey.signature(for: message)) ?? Data()
        return SignedWebhook(
            body: payload,
            headers: [
                WebhookVerifier.signatureHeader: signature.base64EncodedString(),
                WebhookVerifier.timestampHeader: timestamp,
            ])
    }

    /// A signed delivery of an event's JSON (a value of `WebhookExamples`, or one you built).
    public func sign(_ event: some JSONConvertible, at date: Date = Date()) -> SignedWebhook {
        sign(TelnyxJSON.serialize(event.json), at: date)
    }
}

/// A webhook delivery: the raw body and the headers Telnyx sends with it.
public struct SignedWebhook: Sendable {
    public var body: Data
    public var headers: [String: String]
}

/// The spec's webhook payloads as typed values; the generated `TelnyxTesting` library adds one
/// static property per webhook (`WebhookExamples.inboundMessage`).
public enum WebhookExamples {
    /// Decodes a generated example; an example that does not decode is a generator bug.
    public static func decode<Event: JSONConvertible>(_ json: String, as type: Event.Type = Event.self) -> Event {
        do {
            return try Event(json: TelnyxJSON.parse(json))
        } catch {
            preconditionFailure("The webhook example for \(Event.self) does not decode: \(error)")
        }
    }
}

extension TelnyxConfiguration {
    /// A configuration for tests: `transport` answers every request, the API key is a placeholder,
    /// webhooks are verified with ``WebhookSigner/test``, retries wait a millisecond and nothing is logged.
    public static func testing(_ transport: TelnyxTestTransport, maxRetries: Int = 2) -> TelnyxConfiguration {
        TelnyxConfiguration(
            apiKey: "KEY_TEST", baseURL: defaultBaseURL, maxRetries: maxRetries, transport: transport,
            webhookPublicKey: WebhookSigner.test.publicKey,
            retryBackoff: RetryBackoff(initialDelay: 0.001, maxDelay: 0.001, maxRetryAfter: 0.001, jitter: 0),
            logger: nil)
    }
}
