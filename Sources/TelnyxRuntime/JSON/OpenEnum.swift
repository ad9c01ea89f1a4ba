import Foundation

/// A forward-compatible enum: values the spec does not list decode to a generated `.unknown(raw)` case.
///
/// Generated enums implement a non-failable ``init(rawValue:)`` and `rawValue`;
/// everything else (JSON, `Codable`, query encoding, description) comes from here.
public protocol OpenEnum: RawRepresentable, JSONCodable, Hashable, CustomStringConvertible,
    QueryValue
where RawValue: JSONConvertible & Hashable & Sendable {
    /// Creates the case for `rawValue`, or `.unknown(rawValue)` for unlisted values.
    init(rawValue: RawValue)
}

extension OpenEnum {
    /// Converts the raw value and never fails on unlisted values.
    public init(json: JSONValue) throws { self.init(rawValue: try RawValue(json: json)) }

    /// The raw value's JSON.
    public var json: JSONValue { rawValue.json }

    /// The raw value as text.
    public var description: String { "\(rawValue)" }

    /// Cases are equal when their raw values are (so `.unknown` of a listed value equals that case).
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }

    /// Hashes the raw value.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// The raw value as text for query strings and headers.
    public var queryValues: [String] { [JSONValue.queryText(rawValue.json)] }
}

extension OpenEnum where RawValue == String {
    /// Decodes through ``JSONConvertible/init(json:)`` (more specific than the standard library's `RawRepresentable` decoding).
    public init(from decoder: any Decoder) throws {
        try self.init(json: JSONValue(from: decoder))
    }

    /// Encodes ``JSONConvertible/json`` (so mixed enums keep numbers as numbers).
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }

    /// The raw string.
    public var queryValues: [String] { [rawValue] }
}

extension OpenEnum where RawValue == Int {
    /// Decodes through ``JSONConvertible/init(json:)``.
    public init(from decoder: any Decoder) throws {
        try self.init(json: JSONValue(from: decoder))
    }

    /// Encodes ``JSONConvertible/json``.
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }

    /// The raw integer as text.
    public var queryValues: [String] { [String(rawValue)] }
}

extension String {
    /// Reads a JSON scalar as text: strings as they are, integers (`1`), numbers (`2.5`) and
    /// booleans (`true`) as their JSON text. Used by enums that mix numbers and strings,
    /// such as `webhook_api_version` (`1`, `2`, `"2010-04-01"`).
    /// - Throws: ``JSONConversionError`` for `null`, arrays and objects.
    @_spi(Generated) public init(lenientJSON json: JSONValue) throws {
        switch json {
        case .string(let text): self = text
        case .integer(let number): self = String(number)
        case .number(let number): self = number.description
        case .bool(let flag): self = flag ? "true" : "false"
        default: throw JSONConversionError.mismatch(expected: "string or number", found: json)
        }
    }
}

extension JSONValue {
    /// The text a scalar takes in a query string or form field (strings unquoted); JSON text for arrays and objects.
    public static func queryText(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return number.description
        case .bool(let flag): return flag ? "true" : "false"
        case .array, .object: return value.description
        }
    }
}
