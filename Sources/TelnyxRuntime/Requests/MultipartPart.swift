import Foundation

/// One part of a `multipart/form-data` body.
public struct MultipartPart: Sendable, Hashable {
    /// The form field name.
    public var name: String
    /// The file name, for file parts.
    public var filename: String?
    /// The part's `Content-Type`; `nil` sends none (plain text field).
    public var contentType: String?
    /// The part's bytes.
    public var data: Data

    /// Creates a part.
    public init(name: String, filename: String? = nil, contentType: String? = nil, data: Data) {
        self.name = name
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }

    /// A text field.
    public static func text(_ name: String, _ value: String) -> MultipartPart {
        MultipartPart(name: name, data: Data(value.utf8))
    }

    /// A file field.
    public static func file(
        _ name: String,
        filename: String,
        data: Data,
        contentType: String = "application/octet-stream"
    ) -> MultipartPart {
        MultipartPart(name: name, filename: filename, contentType: contentType, data: data)
    }
}

/// Writes `multipart/form-data` bodies.
enum MultipartEncoder {
    /// A fresh boundary that cannot occur by chance in the parts.
    public static func makeBoundary() -> String {
        "telnyx-swift-" + UUID().uuidString.lowercased()
    }

    /// The encoded body for `parts` separated by `boundary`.
    public static func encode(_ parts: [MultipartPart], boundary: String) -> Data {
        var body = Data()
        for part in parts {
            body.append(Data("--\(boundary)\r\n".utf8))
            var disposition = "Content-Disposition: form-data; name=\"\(escape(part.name))\""
            if let filename = part.filename { disposition += "; filename=\"\(escape(filename))\"" }
            body.append(Data((disposition + "\r\n").utf8))
            if let contentType = part.contentType {
                body.append(Data("Content-Type: \(contentType)\r\n".utf8))
            }
            body.append(Data("\r\n".utf8))
            body.append(part.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return body
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}
