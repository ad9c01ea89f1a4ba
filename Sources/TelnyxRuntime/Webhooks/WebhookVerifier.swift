import Crypto
import Foundation

/// Verifies Telnyx webhook signatures (Ed25519 over `"{telnyx-timestamp}|{raw body}"`).
///
/// ```swift
/// let verifier = try WebhookVerifier(publicKey: "base64 key from the Mission Control portal")
/// try verifier.verify(payload: body, headers: headers)
/// ```
public struct WebhookVerifier: Sendable {
    /// The header holding the base64 Ed25519 signature.
    public static let signatureHeader = "telnyx-signature-ed25519"
    /// The header holding the Unix time (seconds) the webhook was signed.
    public static let timestampHeader = "telnyx-timestamp"

    /// The public key signatures are checked against.
    public let publicKey: Curve25519.Signing.PublicKey
    /// The largest accepted distance, in seconds, between the timestamp and now.
    public let tolerance: TimeInterval

    /// Creates a verifier from the account's base64 public key.
    /// - Throws: ``WebhookVerificationError/invalidPublicKey`` when the key is not base64 of 32 bytes.
    public init(publicKey base64: String, tolerance: TimeInterval = 300) throws {
        guard let raw = Data(base64Encoded: base64.trimmingCharacters(in: .whitespacesAndNewlines)),
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
        else { throw WebhookVerificationError.invalidPublicKey }
        self.init(publicKey: key, tolerance: tolerance)
    }

    /// Creates a verifier from a key object.
    public init(publicKey: Curve25519.Signing.PublicKey, tolerance: TimeInterval = 300) {
        self.publicKey = publicKey
        self.tolerance = tolerance
    }

    /// Checks the signature and timestamp of a webhook.
    /// - Parameters:
    ///   - payload: The raw request body, exactly as received.
    ///   - headers: The request headers, a `[String: String]` or `HTTPFields` (names matched case-insensitively).
    ///   - now: The current time.
    /// - Throws: ``WebhookVerificationError``.
    public func verify(payload: Data, headers: some WebhookHeaders, now: Date = Date()) throws {
        let signatureText = try Self.header(Self.signatureHeader, in: headers)
        let timestampText = try Self.header(Self.timestampHeader, in: headers)
        guard let timestamp = Int64(timestampText) else {
            throw WebhookVerificationError.invalidTimestamp
        }
        guard abs(now.timeIntervalSince1970 - Double(timestamp)) <= tolerance else {
            throw WebhookVerificationError.staleTimestamp
        }
        guard let signature = Data(base64Encoded: signatureText) else {
            throw WebhookVerificationError.invalidSignature
        }
        var message = Data("\(timestampText)|".utf8)
        message.append(payload)
        guard publicKey.isValidSignature(signature, for: message) else {
            throw WebhookVerificationError.invalidSignature
        }
    }

    /// Verifies a webhook and parses its body as JSON.
    /// - Throws: ``WebhookVerificationError`` (``WebhookVerificationError/invalidPayload`` when the body is not JSON).
    public func verifiedJSON(payload: Data, headers: some WebhookHeaders, now: Date = Date()) throws
        -> JSONValue
    {
        try verify(payload: payload, headers: headers, now: now)
        guard let json = try? TelnyxJSON.parse(payload) else {
            throw WebhookVerificationError.invalidPayload
        }
        return json
    }

    private static func header(_ name: String, in headers: some WebhookHeaders) throws -> String {
        let value = headers.webhookHeader(name)
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            throw WebhookVerificationError.missingHeader(name)
        }
        return value
    }
}
