import Foundation

/// Renders request and response bodies for debug logs with secrets removed.
///
/// JSON bodies (at any depth) and form bodies have the values of secret-looking keys replaced by
/// `"<redacted>"`: a key whose lowercased name contains `password`, `passwd`, `secret`, `token`,
/// `api_key`, `apikey`, `private_key` or `authorization`. Other text is kept; binary and multipart
/// content is summarised by size. Output longer than ``limit`` characters is truncated.
enum LogRedaction {
    static let sensitiveKeyParts = [
        "password", "passwd", "secret", "token", "api_key", "apikey", "private_key", "authorization",
    ]
    static let placeholder = "<redacted>"
    static let limit = 4096

    static func isSensitive(_ key: String) -> Bool {
        let name = key.lowercased()
        return sensitiveKeyParts.contains { name.contains($0) }
    }

    static func render(_ body: Data, contentType: String?) -> String {
        let type = contentType?.lowercased() ?? ""
        let text: String
        if type.contains("json") || (type.isEmpty && body.first.map { $0 == 0x7B || $0 == 0x5B } == true),
            let json = try? TelnyxJSON.parse(body)
        {
            text = TelnyxJSON.serializeToString(redact(json))
        } else if type.hasPrefix("application/x-www-form-urlencoded") {
            text = redactForm(String(decoding: body, as: UTF8.self))
        } else if type.hasPrefix("text/") || type.contains("xml") {
            text = String(decoding: body, as: UTF8.self)
        } else {
            return "<\(body.count) bytes\(type.isEmpty ? "" : " of \(type)")>"
        }
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "... (\(body.count) bytes)"
    }

    static func redact(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            var redacted: [String: JSONValue] = [:]
            for (key, member) in members {
                redacted[key] = isSensitive(key) && member != .null ? .string(placeholder) : redact(member)
            }
            return .object(redacted)
        case .array(let elements):
            return .array(elements.map(redact))
        default:
            return value
        }
    }

    static func redactForm(_ text: String) -> String {
        text.split(separator: "&", omittingEmptySubsequences: false).map { pair in
            let name = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            let decoded = name.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? name
            return isSensitive(decoded) ? name + "=" + placeholder : String(pair)
        }
        .joined(separator: "&")
    }
}
