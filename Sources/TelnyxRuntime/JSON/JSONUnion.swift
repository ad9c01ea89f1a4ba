import Foundation

/// Marker for generated `oneOf`/`anyOf` enums with associated values.
///
/// Conforming enums implement ``JSONConvertible/init(json:)`` and
/// ``JSONConvertible/json`` themselves, typically with ``UnionDecoding``.
public protocol JSONUnion: JSONCodable, Hashable {}

/// Helpers for decoding unions.
@_spi(Generated) public enum UnionDecoding {
    /// `json[property]` when it is a string (the discriminator value), otherwise `nil`.
    public static func discriminator(_ json: JSONValue, _ property: String) -> String? {
        json[property]?.stringValue
    }

    /// The error thrown when no branch of a union accepts a value.
    public static func noMatch(_ json: JSONValue, union: String) -> JSONConversionError {
        JSONConversionError.mismatch(expected: "one of the shapes of \(union)", found: json)
    }
}

extension JSONUnion {
    /// The member `key` of whichever variant this is, converted to `T`; `nil` when absent, `null`
    /// or not convertible. Generated unions expose the members all their variants share through it.
    @_spi(Generated) public func member<T: JSONConvertible>(forKey key: String) -> T? {
        guard let member = json[key] else { return nil }
        if case .null = member, !(T.self is any JSONNullRepresentable.Type) { return nil }
        return try? T(json: member)
    }
}
