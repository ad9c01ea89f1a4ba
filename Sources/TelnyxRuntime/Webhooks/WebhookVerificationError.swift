import Foundation

/// Why a webhook was rejected.
public enum WebhookVerificationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A required header is absent (its name).
    case missingHeader(String)
    /// `telnyx-timestamp` is not a whole number of seconds.
    case invalidTimestamp
    /// The timestamp is further from now than the tolerance (a replay, or a badly wrong clock).
    case staleTimestamp
    /// The signature is not base64, or does not match the payload and timestamp.
    case invalidSignature
    /// The configured public key is not a base64 32-byte Ed25519 key.
    case invalidPublicKey
    /// The verified payload is not JSON of the expected shape.
    case invalidPayload

    /// A readable explanation.
    public var description: String {
        switch self {
        case .missingHeader(let name): return "Webhook header '\(name)' is missing"
        case .invalidTimestamp: return "Webhook timestamp is not a Unix time in seconds"
        case .staleTimestamp: return "Webhook timestamp is outside the allowed tolerance"
        case .invalidSignature: return "Webhook signature does not match the payload"
        case .invalidPublicKey: return "Webhook public key is not a base64 Ed25519 key"
        case .invalidPayload: return "Webhook payload is not valid JSON"
        }
    }
}
