import Foundation

/// A value that is either present or explicitly JSON `null`.
///
/// Generated initializers take plain values and list the fields to send as `null` in
/// `clearing:`; `Nullable` is the tri-state value underneath (`nil` absent, `.null`, `.value(x)`),
/// for code that reads or writes a model's members directly. Literals work directly.
public enum Nullable<Wrapped: Sendable>: Sendable {
    /// JSON `null`.
    case null
    /// A present value.
    case value(Wrapped)

    /// The wrapped value, or `nil` for ``null``.
    public var wrapped: Wrapped? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// Creates ``value(_:)`` from a non-nil optional and ``null`` from `nil`.
    public init(_ optional: Wrapped?) {
        self = optional.map(Nullable.value) ?? .null
    }
}

/// A type whose values include JSON `null` (``Nullable``), so reading `null` gives a value rather than `nil`.
public protocol JSONNullRepresentable {}

extension Nullable: JSONNullRepresentable {}

extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}

extension Nullable: JSONConvertible where Wrapped: JSONConvertible {
    /// ``null`` for JSON `null`, otherwise the converted value.
    public init(json: JSONValue) throws {
        if case .null = json {
            self = .null
        } else {
            self = .value(try Wrapped(json: json))
        }
    }

    /// `null` or the wrapped value's JSON.
    public var json: JSONValue {
        switch self {
        case .null: return .null
        case .value(let value): return value.json
        }
    }
    /// `null` fits; another value is checked as `Wrapped`.
    @_spi(Generated) public static func collectMismatches(
        in json: JSONValue, at path: String, into mismatches: inout [SchemaMismatch]
    ) {
        guard json != .null else { return }
        Wrapped.collectMismatches(in: json, at: path, into: &mismatches)
    }
}

extension Nullable: Encodable where Wrapped: JSONConvertible {
    /// Encodes ``json``.
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}

extension Nullable: Decodable where Wrapped: JSONConvertible {
    /// Decodes a ``JSONValue`` and converts it.
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        do {
            try self.init(json: value)
        } catch {
            throw DecodingError.typeMismatch(
                Self.self,
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: "\(error)", underlyingError: error)
            )
        }
    }
}

extension Nullable: CustomStringConvertible {
    /// `null` or the wrapped value's description.
    public var description: String {
        switch self {
        case .null: return "null"
        case .value(let value): return String(describing: value)
        }
    }
}

extension Nullable: ExpressibleByUnicodeScalarLiteral where Wrapped == String {
    /// Creates ``value(_:)``.
    public init(unicodeScalarLiteral value: String) { self = .value(value) }
}

extension Nullable: ExpressibleByExtendedGraphemeClusterLiteral where Wrapped == String {
    /// Creates ``value(_:)``.
    public init(extendedGraphemeClusterLiteral value: String) { self = .value(value) }
}

extension Nullable: ExpressibleByStringLiteral where Wrapped == String {
    /// Creates ``value(_:)``.
    public init(stringLiteral value: String) { self = .value(value) }
}

extension Nullable: ExpressibleByIntegerLiteral where Wrapped == Int {
    /// Creates ``value(_:)``.
    public init(integerLiteral value: Int) { self = .value(value) }
}

extension Nullable: ExpressibleByBooleanLiteral where Wrapped == Bool {
    /// Creates ``value(_:)``.
    public init(booleanLiteral value: Bool) { self = .value(value) }
}

extension Nullable: ExpressibleByFloatLiteral where Wrapped == Double {
    /// Creates ``value(_:)``.
    public init(floatLiteral value: Double) { self = .value(value) }
}
