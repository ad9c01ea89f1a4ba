import Crypto
import Foundation
import HTTPTypes
@_spi(Generated) import TelnyxRuntime
import Testing

@Suite("Webhook verification")
struct WebhookTests {
    let privateKey = Curve25519.Signing.PrivateKey()
    let payload = Data(
        #"{"data":{"event_type":"message.received","id":"e1","payload":{"text":"hi"}}}"#.utf8)
    let now = Date(timeIntervalSince1970: 1_706_696_430)

    var publicKeyBase64: String { privateKey.publicKey.rawRepresentation.base64EncodedString() }

    func headers(timestamp: Int, body: Data? = nil, key: Curve25519.Signing.PrivateKey? = nil) throws
        -> [String: String]
    {
        var message = Data("\(timestamp)|".utf8)
        message.append(body ?? payload)
        let signature = try (key ?? privateKey).signature(for: message)
        return [
            "Telnyx-Signature-Ed25519": signature.base64EncodedString(),
            "Telnyx-Timestamp": String(timestamp),
        ]
    }

    @Test("a correctly signed webhook is accepted, with headers in any case")
    func valid() throws {
        let verifier = try WebhookVerifier(publicKey: publicKeyBase64)
        let signed = try headers(timestamp: 1_706_696_400)
        try verifier.verify(payload: payload, headers: signed, now: now)
        let lowercased = Dictionary(
            uniqueKeysWithValues: signed.map { ($0.key.lowercased(), $0.value) })
        try verifier.verify(payload: payload, headers: lowercased, now: now)
        let json = try verifier.verifiedJSON(payload: payload, headers: signed, now: now)
        #expect(json["data"]?["event_type"] == "message.received")
    }

    @Test("a tampered body is rejected")
    func tampered() throws {
        let verifier = try WebhookVerifier(publicKey: publicKeyBase64)
        let signed = try headers(timestamp: 1_706_696_400)
        let tampered = Data(
            #"{"data":{"event_type":"message.received","id":"e2","payload":{"text":"hi"}}}"#.utf8)
        #expect(throws: WebhookVerificationError.invalidSignature) {
            try verifier.verify(payload: tampered, headers: signed, now: now)
        }
    }

    @Test("a signature from another key is rejected")
    func wrongKey() throws {
        let verifier = try WebhookVerifier(publicKey: publicKeyBase64)
        let signed = try headers(timestamp: 1_706_696_400, key: Curve25519.Signing.PrivateKey())
        #expect(throws: WebhookVerificationError.invalidSignature) {
            try verifier.verify(payload: payload, headers: signed, now: now)
        }
    }

    @Test("a changed timestamp breaks the signature")
    func changedTimestamp() throws {
        let verifier = try WebhookVerifier(publicKey: publicKeyBase64)
        var signed = try headers(timestamp: 1_706_696_400)
        signed["Telnyx-Timestamp"] = "1706696401"
        #expect(throws: WebhookVerificationError.invalidSignature) {
            try verifier.verify(payload: payload, headers: signed, now: now)
        }
    }

    @Test("stale and future timestamps are rejected")
    func stale() throws {
        let verifier = try WebhookVerifier(publicKey: publicKeyBase64)
        let old = try headers(timestamp: 1_706_696_430 - 301)
        #expect(throws: WebhookVerificationError.staleTimestamp) {
            try verifier.verify(payload: payload, headers: old, now: now)
        }
        let future = try headers(timestamp: 1_706_696_430 + 301)
        #expect(throws: WebhookVerificationError.staleTimestamp) {
            try verifier.verify(payload: payload, headers: future, now: now)
        }
        let edge = try headers(timestamp: 1_706_696_430 - 300)
        try verifier.verify(payload: payload, headers: edge, now: now)
    }

    @Test("missing headers, bad timestamps and bad signatures are rejected")
    func malformed() throws {
        let verifier = try WebhookVerifier(publicKey: publicKeyBase64)
        let signed = try headers(timestamp: 1_706_696_400)
        #expect(throws: WebhookVerificationError.missingHeader("telnyx-signature-ed25519")) {
            try verifier.verify(payload: payload, headers: ["Telnyx-Timestamp": "1706696400"], now: now)
        }
        #expect(throws: WebhookVerificationError.missingHeader("telnyx-timestamp")) {
            try verifier.verify(
                payload: payload,
                headers: ["Telnyx-Signature-Ed25519": signed["Telnyx-Signature-Ed25519"]!], now: now)
        }
        var badTime = signed
        badTime["Telnyx-Timestamp"] = "yesterday"
        #expect(throws: WebhookVerificationError.invalidTimestamp) {
            try verifier.verify(payload: payload, headers: badTime, now: now)
        }
        var badSignature = signed
        badSignature["Telnyx-Signature-Ed25519"] = "%%%"
        #expect(throws: WebhookVerificationError.invalidSignature) {
            try verifier.verify(payload: payload, headers: badSignature, now: now)
        }
    }

    @Test("invalid public keys are rejected")
    func invalidKey() {
        #expect(throws: WebhookVerificationError.invalidPublicKey) {
            try WebhookVerifier(publicKey: "not base64")
        }
        #expect(throws: WebhookVerificationError.invalidPublicKey) {
            try WebhookVerifier(publicKey: Data([1, 2, 3]).base64EncodedString())
        }
    }

    @Test("a verified body that is not JSON is an invalid payload")
    func invalidPayload() throws {
        let verifier = try WebhookVerifier(publicKey: publicKeyBase64)
        let body = Data("not json".utf8)
        let signed = try headers(timestamp: 1_706_696_400, body: body)
        #expect(throws: WebhookVerificationError.invalidPayload) {
            try verifier.verifiedJSON(payload: body, headers: signed, now: now)
        }
    }
}

/// A server framework's `HTTPFields` verify like a dictionary, names in any case.
@Suite struct WebhookHeadersTests {
    @Test func httpFieldsAndDictionariesFindHeadersInAnyCase() throws {
        var fields = HTTPFields()
        fields[HTTPField.Name("Telnyx-Signature-Ed25519")!] = "sig"
        #expect(fields.webhookHeader("telnyx-signature-ed25519") == "sig")
        #expect(["TELNYX-TIMESTAMP": "1"].webhookHeader("telnyx-timestamp") == "1")
        #expect(fields.webhookHeader("telnyx-timestamp") == nil)
    }

    @Test func aSignedDeliveryVerifiesFromHTTPFields() throws {
        let key = Curve25519.Signing.PrivateKey()
        let body = Data(#"{"data":{"event_type":"message.received","payload":{"text":"Hi"}}}"#.utf8)
        let timestamp = "1767225600"
        let signature = try key.signature(for: Data("\(timestamp)|".utf8) + body).base64EncodedString()
        var fields = HTTPFields()
        fields[HTTPField.Name("Telnyx-Signature-Ed25519")!] = signature
        fields[HTTPField.Name("Telnyx-Timestamp")!] = timestamp
        let verifier = WebhookVerifier(publicKey: key.publicKey)
        let json = try verifier.verifiedJSON(
            payload: body, headers: fields, now: Date(timeIntervalSince1970: 1_767_225_660))
        #expect(json["data"]?["payload"]?["text"] == "Hi")
        fields[HTTPField.Name("Telnyx-Timestamp")!] = "1767225601"
        #expect(throws: WebhookVerificationError.invalidSignature) {
            try verifier.verify(payload: body, headers: fields, now: Date(timeIntervalSince1970: 1_767_225_660))
        }
    }
}
