import SpecReader

/// A use of a type: what it is, plus whether `null` is allowed.
public indirect enum TypeRef: Sendable, Hashable, Codable {
    /// A string, integer, number or boolean, with its format (`uuid`, `date-time`, `int64`, ...).
    case primitive(Primitive, format: String?)
    case array(TypeRef)
    /// An object with arbitrary keys whose values have this type (`additionalProperties`).
    case map(TypeRef)
    /// A named component schema.
    case reference(String)
    /// An object declared in place.
    case object(ObjectShape)
    /// An enumeration declared in place.
    case enumeration(EnumShape)
    /// A `oneOf`/`anyOf` declared in place.
    case union(UnionShape)
    /// Any JSON value (free-form object, or no type at all).
    case json
    /// Only `null`.
    case null
}

public enum Primitive: String, Sendable, Hashable, Codable {
    case string
    case integer
    case number
    case boolean
}

/// A named component schema.
public struct Schema: Sendable, Hashable, Codable {
    public var name: String
    public var type: TypeRef
    public var nullable: Bool
    public var title: String?
    public var description: String?
    public var location: SourceLocation
    /// The schema's own `example` (used for code examples; left out of the IR dump).
    public var example: SpecJSON?

    private enum CodingKeys: String, CodingKey {
        case name, type, nullable, title, description, location
    }

    public init(
        name: String, type: TypeRef, nullable: Bool, title: String?, description: String?, location: SourceLocation
    ) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.title = title
        self.description = description
        self.location = location
    }
}

/// An object with named properties (after `allOf` merging).
public struct ObjectShape: Sendable, Hashable, Codable {
    /// Properties in spec order.
    public var properties: [Property]
    /// The type of extra keys, when `additionalProperties` gives one.
    public var additionalProperties: TypeRef?
    /// The property names the object's own `example` uses, in its order: how the API's authors
    /// write a request (`from`, `to`, `text`), so initializers can take the arguments in that order.
    /// Left out of the IR dump.
    public var exampleOrder: [String]
    /// `additionalProperties` allows members the spec does not list (`true`, or a schema). Left out of
    /// the IR dump.
    public var allowsUnlistedMembers: Bool

    private enum CodingKeys: String, CodingKey {
        case properties, additionalProperties
    }

    public init(
        properties: [Property], additionalProperties: TypeRef? = nil, exampleOrder: [String] = [],
        allowsUnlistedMembers: Bool? = nil
    ) {
        self.properties = properties
        self.additionalProperties = additionalProperties
        self.exampleOrder = exampleOrder
        self.allowsUnlistedMembers = allowsUnlistedMembers ?? (additionalProperties != nil)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        properties = try container.decode([Property].self, forKey: .properties)
        additionalProperties = try container.decodeIfPresent(TypeRef.self, forKey: .additionalProperties)
        exampleOrder = []
        allowsUnlistedMembers = additionalProperties != nil
    }

    public var requiredProperties: [Property] { properties.filter(\.required) }
}

/// A property of an object.
public struct Property: Sendable, Hashable, Codable {
    /// The wire name.
    public var name: String
    public var type: TypeRef
    public var required: Bool
    public var nullable: Bool
    public var readOnly: Bool
    public var writeOnly: Bool
    public var deprecated: Bool
    public var description: String?
    /// The example value.
    public var example: SpecJSON?
    /// The default value.
    public var defaultValue: SpecJSON?
    /// Non-standard format hints such as `x-format: +E.164`.
    public var extendedFormat: String?

    public init(
        name: String, type: TypeRef, required: Bool = false, nullable: Bool = false, readOnly: Bool = false,
        writeOnly: Bool = false, deprecated: Bool = false, description: String? = nil, example: SpecJSON? = nil,
        defaultValue: SpecJSON? = nil, extendedFormat: String? = nil
    ) {
        self.name = name
        self.type = type
        self.required = required
        self.nullable = nullable
        self.readOnly = readOnly
        self.writeOnly = writeOnly
        self.deprecated = deprecated
        self.description = description
        self.example = example
        self.defaultValue = defaultValue
        self.extendedFormat = extendedFormat
    }
}

/// An enumeration of literal values, in spec order.
public struct EnumShape: Sendable, Hashable, Codable {
    public enum ValueKind: String, Sendable, Hashable, Codable {
        case string
        case integer
        case number
        case boolean
        /// Strings and numbers together (`webhook_api_version`: `1`, `2`, `2010-04-01`).
        case mixed
    }

    public var kind: ValueKind
    /// The listed values other than `null`, as written.
    public var values: [EnumValue]
    /// True when the list contains `null`.
    public var includesNull: Bool

    public init(kind: ValueKind, values: [EnumValue], includesNull: Bool) {
        self.kind = kind
        self.values = values
        self.includesNull = includesNull
    }
}

/// One literal value of an enumeration or a `const`.
public enum EnumValue: Sendable, Hashable, Codable {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)

    /// The value as text (`1`, `2010-04-01`, `true`).
    public var text: String {
        switch self {
        case .string(let value): value
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .boolean(let value): String(value)
        }
    }
}

/// A `oneOf` or `anyOf`.
public struct UnionShape: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case oneOf
        case anyOf
    }

    public var kind: Kind
    public var variants: [TypeRef]
    public var discriminator: Discriminator?

    public init(kind: Kind, variants: [TypeRef], discriminator: Discriminator?) {
        self.kind = kind
        self.variants = variants
        self.discriminator = discriminator
    }
}

/// How a union tells its variants apart.
public struct Discriminator: Sendable, Hashable, Codable {
    public struct Mapping: Sendable, Hashable, Codable {
        public var value: String
        public var schema: String

        public init(value: String, schema: String) {
            self.value = value
            self.schema = schema
        }
    }

    public var propertyName: String
    /// Explicit mappings in spec order; empty when the schema names are the values.
    public var mapping: [Mapping]

    public init(propertyName: String, mapping: [Mapping]) {
        self.propertyName = propertyName
        self.mapping = mapping
    }
}
