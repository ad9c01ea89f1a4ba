import Foundation

/// Any JSON value: the common currency between the wire and the generated models.
///
/// Generated models keep their properties in a `[String: JSONValue]` dictionary
/// (see ``JSONModel``), so unknown fields survive a decode/encode round trip and a
/// single unexpected field never makes a whole response fail.
///
/// ``description`` is compact JSON text with sorted keys, so it is stable and
/// suitable for logs and tests.
public enum JSONValue: Sendable, Hashable {
    /// JSON `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number without fraction or exponent that fits in `Int`.
    case integer(Int)
    /// Any other number; a parsed one keeps its text so it is re-sent exactly as it arrived.
    case number(JSONNumber)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object.
    case object([String: JSONValue])

    /// The member named `key` when this is an object that has it; otherwise `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The element at `index` when this is an array and the index is in range; otherwise `nil`.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// `true` for ``null``.
    public var isNull: Bool { self == .null }

    /// The string when this is ``string(_:)``.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number as `Int` when this is ``integer(_:)`` (or a whole ``number(_:)`` in range).
    public var intValue: Int? {
        switch self {
        case .integer(let value): return value
        case .number(let value): return Int(exactly: value.value)
        default: return nil
        }
    }

    /// The number as `Double` when this is ``integer(_:)`` or ``number(_:)``.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value.value
        default: return nil
        }
    }

    /// The value when this is ``bool(_:)``.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements when this is ``array(_:)``.
    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The members when this is ``object(_:)``.
    public var objectValue: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// A short name of the JSON type (`"string"`, `"object"`, ...) for error messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .integer: return "integer"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

/// The payload of ``JSONValue/number(_:)``: a `Double`, and for a parsed number the text it
/// arrived as, so a value nobody changed is serialized byte for byte as it came in
/// (`1.10` stays `1.10`, `1e3` stays `1e3`).
///
/// Numbers are equal (and hash alike) when their values are equal, whatever their text.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible, ExpressibleByFloatLiteral {
    /// The numeric value.
    public let value: Double
    /// The JSON text the number was parsed from; `nil` for a number built from a `Double`.
    public let text: String?

    /// A number built in code; it serializes in its shortest form (see ``description``).
    public init(_ value: Double) {
        self.value = value
        self.text = nil
    }

    /// A parsed number and its (valid JSON) text.
    init(value: Double, text: String) {
        self.value = value
        self.text = text
    }

    /// Creates a number from a literal.
    public init(floatLiteral value: Double) { self.init(value) }

    /// The JSON text: the parsed text when there is one; otherwise integral values within ±2^53
    /// without a fraction (`18`), others in the shortest form that round-trips (`2.5`, `1e-07`),
    /// and `null` for non-finite values.
    public var description: String { text ?? JSONSerializer.format(value) }

    /// Equal values, whatever their text.
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool { lhs.value == rhs.value }

    /// Hashes the value.
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension JSONValue {
    /// ``number(_:)`` of a `Double` built in code.
    public static func number(_ value: Double) -> JSONValue { .number(JSONNumber(value)) }
}

extension JSONValue: CustomStringConvertible {
    /// Compact JSON text with sorted object keys.
    public var description: String { TelnyxJSON.serializeToString(self) }
}

extension JSONValue: ExpressibleByNilLiteral {
    /// Creates ``null``.
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    /// Creates ``bool(_:)``.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    /// Creates ``integer(_:)``.
    public init(integerLiteral value: Int) { self = .integer(value) }
}

extension JSONValue: ExpressibleByFloatLiteral {
    /// Creates ``number(_:)``.
    public init(floatLiteral value: Double) { self = .number(JSONNumber(value)) }
}

extension JSONValue: ExpressibleByStringLiteral {
    /// Creates ``string(_:)``.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
    /// Creates ``array(_:)``.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// Creates ``object(_:)``; a repeated key keeps the last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
