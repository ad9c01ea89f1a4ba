import Foundation

/// A generated object schema whose properties live in a JSON dictionary.
///
/// Generated structs store only ``storage`` and expose typed read-only properties that read
/// with ``value(forKey:)``; their memberwise initializers write with ``set(_:forKey:)-(T?,_)``.
/// Reads are lenient (a missing or malformed field reads as `nil`) so one bad
/// field never fails a whole response; unknown fields are kept and re-sent.
/// A field the caller does not set keeps the JSON it was decoded from, so it is re-sent
/// byte for byte (a date-time keeps its offset and fraction, a number its text); only a
/// value the caller sets is formatted anew.
public protocol JSONModel: JSONCodable, Hashable, CustomStringConvertible {
    /// The object's members as they appear on the wire. Read-only, so that generated models carry
    /// no setter for it; ``subscript(rawKey:)`` and the initializers write through ``init(storage:)``.
    @_spi(Generated) var storage: [String: JSONValue] { get }
    /// Wraps members without checking them.
    @_spi(Generated) init(storage: [String: JSONValue])
    /// The members the spec lists, the required ones (present, not `null` and of their type for
    /// ``JSONConvertible/init(json:)`` to succeed) first; by default none. ``validate()`` checks them all.
    @_spi(Generated) static var schemaMembers: [SchemaMember] { get }
}

/// A member the spec lists for a model: its wire name, its type, and whether decoding requires it
/// (then its property is non-optional).
@_spi(Generated) public struct SchemaMember: Sendable {
    /// The wire name (empty for ``othersAllowed``).
    public let key: String
    /// The member's type; nil for ``othersAllowed``.
    let type: (any JSONConvertible.Type)?
    let isRequired: Bool

    /// A member decoding checks: present, not `null`, and a `type` value.
    public static func required(_ key: String, _ type: any JSONConvertible.Type) -> SchemaMember {
        SchemaMember(key: key, type: type, isRequired: true)
    }

    /// A member that may be absent; ``JSONModel/validate()`` checks its type when present.
    public static func optional(_ key: String, _ type: any JSONConvertible.Type) -> SchemaMember {
        SchemaMember(key: key, type: type, isRequired: false)
    }

    /// The spec allows members it does not list (`additionalProperties`).
    public static let othersAllowed = SchemaMember(key: "", type: nil, isRequired: false)
}

extension JSONModel {
    /// No listed members.
    @_spi(Generated) public static var schemaMembers: [SchemaMember] { [] }

    /// Accepts a JSON object whose required ``schemaMembers`` are present and of their types.
    /// - Throws: ``JSONConversionError`` naming the model and the key when the value is not an
    ///   object or a required member is absent, `null` or of another type.
    public init(json: JSONValue) throws {
        guard case .object(let members) = json else {
            throw JSONConversionError.mismatch(expected: "object for \(Self.self)", found: json)
        }
        for member in Self.schemaMembers {
            // The required members come first.
            guard member.isRequired, let type = member.type else { break }
            guard let value = members[member.key], value != .null else {
                throw JSONConversionError(message: "\(Self.self): required key '\(member.key)' is missing")
            }
            do {
                _ = try type.init(json: value)
            } catch {
                throw JSONConversionError(message: "\(Self.self).\(member.key): \(error)")
            }
        }
        self.init(storage: members)
    }

    /// A required member, checked when the model was decoded.
    ///
    /// Traps when ``storage`` was built by hand or changed so that the member is gone: a
    /// programming error, like an array index out of range.
    @_spi(Generated) public func requiredValue<T: JSONConvertible>(forKey key: String) -> T {
        guard let value: T = value(forKey: key) else {
            preconditionFailure("\(Self.self): required member '\(key)' is missing from a value not made by decoding")
        }
        return value
    }

    /// ``JSONValue/object(_:)`` of ``storage``.
    public var json: JSONValue { .object(storage) }

    /// The member `key` converted to `T`; `nil` when absent, `null`, or not convertible.
    ///
    /// When `T` is a ``Nullable`` type, `null` reads as ``Nullable/null`` instead of `nil`.
    @_spi(Generated) public func value<T: JSONConvertible>(forKey key: String) -> T? {
        guard let member = storage[key] else { return nil }
        if case .null = member, !(T.self is any JSONNullRepresentable.Type) { return nil }
        return try? T(json: member)
    }

    /// Writes `value` under `key`; `nil` removes the key.
    @_spi(Generated) public mutating func set<T: JSONConvertible>(_ value: T?, forKey key: String) {
        updateStorage { $0[key] = value?.json }
    }

    /// Writes JSON `null` under each field's key: the fields a request clears.
    @_spi(Generated) public mutating func clear<Field: RawRepresentable<String>>(_ fields: [Field]) {
        updateStorage { members in
            for field in fields { members[field.rawValue] = .null }
        }
    }

    /// Writes a tri-state value: `nil` removes the key, ``Nullable/null`` writes `null`, ``Nullable/value(_:)`` writes the value.
    @_spi(Generated) public mutating func set<T: JSONConvertible>(_ value: Nullable<T>?, forKey key: String) {
        updateStorage { members in
            switch value {
            case nil: members[key] = nil
            case .null?: members[key] = .null
            case .value(let wrapped)?: members[key] = wrapped.json
            }
        }
    }

    /// Changes the members in place: ``storage`` is released while `change` runs, so the
    /// dictionary is not copied.
    private mutating func updateStorage(_ change: (inout [String: JSONValue]) -> Void) {
        var members = storage
        self = Self(storage: [:])
        change(&members)
        self = Self(storage: members)
    }

    /// Models are equal when their stored members are equal.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.storage == rhs.storage }

    /// Hashes the stored members.
    public func hash(into hasher: inout Hasher) { hasher.combine(storage) }

    /// Compact JSON text with sorted keys.
    public var description: String { TelnyxJSON.serializeToString(.object(storage)) }

    /// Reads a member as raw JSON (including unknown members), `nil` when absent.
    public subscript(rawKey key: String) -> JSONValue? {
        get { storage[key] }
        set { updateStorage { $0[key] = newValue } }
    }
}
