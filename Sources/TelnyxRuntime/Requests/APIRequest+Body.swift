import Foundation

extension APIRequest {
    /// Sends `value` as `application/json`.
    @_spi(Generated) public mutating func setJSONBody(_ value: some JSONConvertible) {
        body = .json(value.json)
    }

    /// Sends the members of a JSON object as `application/x-www-form-urlencoded` fields.
    ///
    /// Keys are written in sorted order; arrays repeat the key, nested objects become
    /// `key[sub]`, `null` members are skipped.
    @_spi(Generated) public mutating func setFormBody(_ value: JSONValue) {
        var items: [QueryItem] = []
        if case .object(let members) = value {
            for key in members.keys.sorted() { Self.appendFormField(key, members[key]!, to: &items) }
        }
        body = .form(items)
    }

    private static func appendFormField(
        _ name: String, _ value: JSONValue, to items: inout [QueryItem]
    ) {
        switch value {
        case .null:
            return
        case .array(let elements):
            for element in elements { appendFormField(name, element, to: &items) }
        case .object(let members):
            for key in members.keys.sorted() {
                appendFormField("\(name)[\(key)]", members[key]!, to: &items)
            }
        default:
            items.append(QueryItem(name: name, value: JSONValue.queryText(value)))
        }
    }

    /// Sends the members of a JSON object as `multipart/form-data`, one part per key (sorted).
    ///
    /// Keys in `binaryFields` hold base64 text in the JSON and are sent as raw bytes with
    /// `filename` = key and `application/octet-stream` (an array sends one part per element;
    /// text that is not base64 is sent as its UTF-8 bytes). Other strings, numbers and booleans
    /// are text parts; objects and arrays are `application/json` parts; `null` is skipped.
    @_spi(Generated) public mutating func setMultipartBody(_ value: JSONValue, binaryFields: Set<String> = []) {
        var parts: [MultipartPart] = []
        if case .object(let members) = value {
            for key in members.keys.sorted() {
                let member = members[key]!
                if binaryFields.contains(key) {
                    let elements: [JSONValue]
                    if case .array(let array) = member { elements = array } else { elements = [member] }
                    for element in elements {
                        guard case .string(let text) = element else { continue }
                        let bytes = Data(base64Encoded: text) ?? Data(text.utf8)
                        parts.append(.file(key, filename: key, data: bytes))
                    }
                    continue
                }
                switch member {
                case .null:
                    continue
                case .array, .object:
                    parts.append(
                        MultipartPart(
                            name: key, contentType: "application/json", data: TelnyxJSON.serialize(member))
                    )
                default:
                    parts.append(.text(key, JSONValue.queryText(member)))
                }
            }
        }
        body = .multipart(parts)
    }

    /// Sends raw bytes with the given content type.
    @_spi(Generated) public mutating func setBinaryBody(_ data: Data, contentType: String) {
        body = .binary(data, contentType: contentType)
    }

    /// Sends text with the given content type.
    @_spi(Generated) public mutating func setTextBody(_ text: String, contentType: String) {
        body = .text(text, contentType: contentType)
    }
}
