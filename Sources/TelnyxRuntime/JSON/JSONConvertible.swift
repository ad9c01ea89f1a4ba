import Foundation

/// A type that converts to and from ``JSONValue``.
///
/// Generated models, enums and unions conform, as do the Swift types used for
/// schema primitives. Conversions that cannot succeed throw
/// ``JSONConversionError`` with a readable message.
public protocol JSONConvertible: Sendable {
    /// Converts a JSON value, throwing when it has the wrong shape.
    init(json: JSONValue) throws
    /// The JSON representation.
    var json: JSONValue { get }
    /// Appends each way `json` differs from this type's schema, at `path` (see ``SchemaMismatch``);
    /// by default, that it does not convert.
    @_spi(Generated) static func collectMismatches(
        in json: JSONValue, at path: String, into mismatches: inout [SchemaMismatch])
}

extension JSONValue: JSONConvertible {
    /// The value itself.
    public init(json: JSONValue) throws { self = json }
    /// The value itself.
    public var json: JSONValue { self }
}

extension String: JSONConvertible {
    /// Accepts only a JSON string.
    public init(json: JSONValue) throws {
        guard case .string(let value) = json else {
            throw JSONConversionError.mismatch(expected: "string", found: json)
        }
        self = value
    }
    /// ``JSONValue/string(_:)``.
    public var json: JSONValue { .string(self) }
}

extension Bool: JSONConvertible {
    /// Accepts only a JSON boolean.
    public init(json: JSONValue) throws {
        guard case .bool(let value) = json else {
            throw JSONConversionError.mismatch(expected: "boolean", found: json)
        }
        self = value
    }
    /// ``JSONValue/bool(_:)``.
    public var json: JSONValue { .bool(self) }
}

extension Int: JSONConvertible {
    /// Accepts a JSON integer, or a number with no fractional part that fits.
    public init(json: JSONValue) throws {
        guard let value = json.intValue else {
            throw JSONConversionError.mismatch(expected: "integer", found: json)
        }
        self = value
    }
    /// ``JSONValue/integer(_:)``.
    public var json: JSONValue { .integer(self) }
}

extension Int32: JSONConvertible {
    /// Accepts a JSON integer in the range of `Int32`.
    public init(json: JSONValue) throws {
        guard let wide = json.intValue, let value = Int32(exactly: wide) else {
            throw JSONConversionError.mismatch(expected: "32-bit integer", found: json)
        }
        self = value
    }
    /// ``JSONValue/integer(_:)``.
    public var json: JSONValue { .integer(Int(self)) }
}

extension Int64: JSONConvertible {
    /// Accepts a JSON integer in the range of `Int64`.
    public init(json: JSONValue) throws {
        guard let wide = json.intValue, let value = Int64(exactly: wide) else {
            throw JSONConversionError.mismatch(expected: "64-bit integer", found: json)
        }
        self = value
    }
    /// ``JSONValue/integer(_:)``.
    public var json: JSONValue { .integer(Int(self)) }
}

extension Double: JSONConvertible {
    /// Accepts a JSON number or integer.
    public init(json: JSONValue) throws {
        guard let value = json.doubleValue else {
            throw JSONConversionError.mismatch(expected: "number", found: json)
        }
        self = value
    }
    /// ``JSONValue/number(_:)``: integral values within ±2^53 serialize without a fraction (`18`).
    public var json: JSONValue { .number(JSONNumber(self)) }
}

extension Float: JSONConvertible {
    /// Accepts a JSON number or integer.
    public init(json: JSONValue) throws {
        guard let value = json.doubleValue else {
            throw JSONConversionError.mismatch(expected: "number", found: json)
        }
        self = Float(value)
    }
    /// ``JSONValue/number(_:)``.
    public var json: JSONValue { .number(JSONNumber(Double(self))) }
}

extension Data: JSONConvertible {
    /// Accepts a base64 JSON string.
    public init(json: JSONValue) throws {
        guard case .string(let text) = json, let value = Data(base64Encoded: text) else {
            throw JSONConversionError.mismatch(expected: "base64 string", found: json)
        }
        self = value
    }
    /// The base64 text as ``JSONValue/string(_:)``.
    public var json: JSONValue { .string(base64EncodedString()) }
}

extension Date: JSONConvertible {
    /// Accepts an ISO 8601 string with or without fractional seconds, or a plain date such as `2024-01-31`.
    public init(json: JSONValue) throws {
        guard case .string(let text) = json, let value = TelnyxJSON.parseDate(text) else {
            throw JSONConversionError.mismatch(expected: "ISO 8601 date", found: json)
        }
        self = value
    }
    /// ISO 8601 in UTC (`2024-01-31T10:00:00Z`), with up to six fractional digits when not on a whole second.
    public var json: JSONValue { .string(TelnyxJSON.formatDate(self)) }
}

extension UUID: JSONConvertible {
    /// Accepts a UUID string.
    public init(json: JSONValue) throws {
        guard case .string(let text) = json, let value = UUID(uuidString: text) else {
            throw JSONConversionError.mismatch(expected: "UUID string", found: json)
        }
        self = value
    }
    /// The lowercase canonical form.
    public var json: JSONValue { .string(uuidString.lowercased()) }
}

extension URL: JSONConvertible {
    /// Accepts a URL string.
    public init(json: JSONValue) throws {
        guard case .string(let text) = json, let value = URL(string: text) else {
            throw JSONConversionError.mismatch(expected: "URL string", found: json)
        }
        self = value
    }
    /// The absolute string.
    public var json: JSONValue { .string(absoluteString) }
}

extension Array: JSONConvertible where Element: JSONConvertible {
    /// Accepts a JSON array whose elements all convert; the error names the failing index.
    public init(json: JSONValue) throws {
        guard case .array(let elements) = json else {
            throw JSONConversionError.mismatch(expected: "array", found: json)
        }
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        for (position, element) in elements.enumerated() {
            do {
                result.append(try Element(json: element))
            } catch {
                throw JSONConversionError(message: "[\(position)]: \(error)")
            }
        }
        self = result
    }
    /// ``JSONValue/array(_:)`` of the elements' JSON.
    public var json: JSONValue { .array(map(\.json)) }

    /// Checks every element, at `path[]`.
    @_spi(Generated) public static func collectMismatches(
        in json: JSONValue, at path: String, into mismatches: inout [SchemaMismatch]
    ) {
        guard case .array(let elements) = json else {
            mismatches.append(.wrongType(Self.self, json, at: path))
            return
        }
        for element in elements { Element.collectMismatches(in: element, at: path + "[]", into: &mismatches) }
    }
}

extension Dictionary: JSONConvertible where Key == String, Value: JSONConvertible {
    /// Accepts a JSON object whose values all convert; the error names the failing key.
    public init(json: JSONValue) throws {
        guard case .object(let members) = json else {
            throw JSONConversionError.mismatch(expected: "object", found: json)
        }
        var result: [String: Value] = [:]
        result.reserveCapacity(members.count)
        for (key, member) in members {
            do {
                result[key] = try Value(json: member)
            } catch {
                throw JSONConversionError(message: "\(key): \(error)")
            }
        }
        self = result
    }
    /// ``JSONValue/object(_:)`` of the values' JSON.
    public var json: JSONValue { .object(mapValues(\.json)) }

    /// Checks every value, at `path.*`.
    @_spi(Generated) public static func collectMismatches(
        in json: JSONValue, at path: String, into mismatches: inout [SchemaMismatch]
    ) {
        guard case .object(let members) = json else {
            mismatches.append(.wrongType(Self.self, json, at: path))
            return
        }
        let values = SchemaMismatch.member(path, "*")
        for key in members.keys.sorted() {
            Value.collectMismatches(in: members[key]!, at: values, into: &mismatches)
        }
    }
}
