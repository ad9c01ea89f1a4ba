import Foundation

/// A ``JSONConvertible`` type that is also `Codable`, by way of ``JSONValue``.
///
/// Conforming types implement only ``JSONConvertible/init(json:)`` and
/// ``JSONConvertible/json``; `init(from:)` and `encode(to:)` come from this
/// protocol's extension, so generated code needs no synthesized `Codable`.
public protocol JSONCodable: JSONConvertible, Codable {}

extension JSONCodable {
    /// Decodes a ``JSONValue`` and converts it with ``JSONConvertible/init(json:)``.
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        do {
            try self.init(json: value)
        } catch let error as DecodingError {
            throw error
        } catch {
            throw DecodingError.typeMismatch(
                Self.self,
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: "\(error)", underlyingError: error)
            )
        }
    }

    /// Encodes ``JSONConvertible/json``.
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}

/// A `CodingKey` for any string key, used in errors about missing properties.
public struct JSONCodingKey: CodingKey, Sendable, Hashable {
    /// The key.
    public var stringValue: String
    /// Always `nil`.
    public var intValue: Int? { nil }

    /// Creates a key.
    public init(stringValue: String) { self.stringValue = stringValue }

    /// Creates a key from an index.
    public init?(intValue: Int) { self.stringValue = String(intValue) }
}
