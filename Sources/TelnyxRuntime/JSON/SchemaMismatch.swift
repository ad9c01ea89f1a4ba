/// A place where a JSON value differs from what the spec, and so the client, says it holds: the
/// live API has drifted from the spec (or the spec was wrong). Found by ``JSONModel/validate()``
/// and, for every response, by the client when ``TelnyxConfiguration/driftHandler`` or a debug
/// ``TelnyxConfiguration/logger`` listens.
///
/// A mismatch never holds a member's value (which may be secret), only its path, the JSON kind it
/// had and, for an enum, the value the client does not list.
public struct SchemaMismatch: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The member holds another kind of JSON than its Swift type reads (`expected` names the
        /// Swift type, `found` the JSON kind: `"string"`, `"number"`, ...); an optional property
        /// then reads as `nil`.
        case wrongType(expected: String, found: String)
        /// A member the spec requires is absent or `null` (decoding the model then fails).
        case missingRequired
        /// An enum member holds a value the client does not list; it reads as `.unknown(value)`.
        case unknownEnumValue(String)
        /// A union member fits none of its variants; it reads as `.unknown(json)`.
        case noMatchingVariant
        /// A member the spec does not list; `model[rawKey:]` reads it.
        case unlistedMember
    }

    /// The member's wire names from the checked value, joined by `.`, with `[]` for any element of
    /// an array and `*` for any value of a map: `data.to[].status`; empty for the value itself.
    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// `data.to[].status: unknown enum value "sending"`.
    public var description: String {
        let place = path.isEmpty ? "(the value)" : path
        switch kind {
        case .wrongType(let expected, let found): return "\(place): expected \(expected), found \(found)"
        case .missingRequired: return "\(place): required member missing"
        case .unknownEnumValue(let value): return "\(place): unknown enum value \"\(value)\""
        case .noMatchingVariant: return "\(place): fits no variant of its union"
        case .unlistedMember: return "\(place): member not in the spec"
        }
    }

    /// A value at `path` that is not `type`'s kind of JSON.
    static func wrongType(_ type: Any.Type, _ json: JSONValue, at path: String) -> SchemaMismatch {
        SchemaMismatch(path: path, kind: .wrongType(expected: "\(type)", found: json.typeName))
    }

    /// `path` extended by the member `key`.
    static func member(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
}

extension JSONConvertible {
    /// Reports the value as of the wrong type when it does not convert to `Self`.
    @_spi(Generated) public static func collectMismatches(
        in json: JSONValue, at path: String, into mismatches: inout [SchemaMismatch]
    ) {
        guard (try? Self(json: json)) == nil else { return }
        mismatches.append(.wrongType(Self.self, json, at: path))
    }

    /// Every mismatch of `json` against this type, from its top.
    static func mismatches(in json: JSONValue) -> [SchemaMismatch] {
        var mismatches: [SchemaMismatch] = []
        collectMismatches(in: json, at: "", into: &mismatches)
        return mismatches
    }
}

extension JSONModel {
    /// Every member of the wrong type, required and missing, of an unlisted enum value, fitting no
    /// union variant or not in the spec, in this value and the values it holds; empty when the
    /// value fits its schema. Members the spec marks optional that are `null` count as absent.
    public func validate() -> [SchemaMismatch] { Self.mismatches(in: json) }

    /// Checks each member of ``schemaMembers`` and reports the members it does not list.
    @_spi(Generated) public static func collectMismatches(
        in json: JSONValue, at path: String, into mismatches: inout [SchemaMismatch]
    ) {
        guard case .object(let members) = json else {
            mismatches.append(.wrongType(Self.self, json, at: path))
            return
        }
        let table = schemaMembers
        var othersAllowed = table.isEmpty
        for member in table {
            guard let type = member.type else {
                othersAllowed = true
                continue
            }
            let inner = SchemaMismatch.member(path, member.key)
            if let value = members[member.key], value != .null || type is any JSONNullRepresentable.Type {
                type.collectMismatches(in: value, at: inner, into: &mismatches)
            } else if member.isRequired {
                mismatches.append(SchemaMismatch(path: inner, kind: .missingRequired))
            }
        }
        guard !othersAllowed, members.count > 0 else { return }
        let listed = Set(table.map(\.key))
        for key in members.keys.sorted() where !listed.contains(key) {
            mismatches.append(SchemaMismatch(path: SchemaMismatch.member(path, key), kind: .unlistedMember))
        }
    }
}

extension OpenEnum {
    /// Reports a value of the wrong JSON type, or one the enum does not list.
    @_spi(Generated) public static func collectMismatches(
        in json: JSONValue, at path: String, into mismatches: inout [SchemaMismatch]
    ) {
        guard let value = try? Self(json: json) else {
            mismatches.append(.wrongType(Self.self, json, at: path))
            return
        }
        // Generated enums keep an unlisted value in their `unknown` case.
        if Mirror(reflecting: value).children.first?.label == "unknown" {
            mismatches.append(SchemaMismatch(path: path, kind: .unknownEnumValue(value.description)))
        }
    }
}

extension JSONUnion {
    /// Every mismatch of the value against its schema (see ``JSONModel/validate()``).
    public func validate() -> [SchemaMismatch] { Self.mismatches(in: json) }

    /// Reports a value that fits no variant, else checks it against the variant it decoded to.
    @_spi(Generated) public static func collectMismatches(
        in json: JSONValue, at path: String, into mismatches: inout [SchemaMismatch]
    ) {
        // Generated unions keep a value that fits no variant in their `unknown` case.
        guard let value = try? Self(json: json), let variant = Mirror(reflecting: value).children.first,
            variant.label != "unknown"
        else {
            mismatches.append(SchemaMismatch(path: path, kind: .noMatchingVariant))
            return
        }
        if let payload = variant.value as? any JSONConvertible {
            type(of: payload).collectMismatches(in: json, at: path, into: &mismatches)
        }
    }
}
