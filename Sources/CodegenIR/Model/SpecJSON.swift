import SpecReader

/// A JSON value the spec writes (an `example`, a `default`), typed once when the IR is built: a
/// YAML scalar that reads as null, a boolean or a number is one, any other scalar a string.
public indirect enum SpecJSON: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number as the spec writes it (`1.50` stays `1.50`).
    case number(String)
    case string(String)
    case array([SpecJSON])
    /// Members in the spec's order.
    case object([Member])

    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: SpecJSON

        public init(_ key: String, _ value: SpecJSON) {
            self.key = key
            self.value = value
        }
    }

    /// Compact JSON text, members in order.
    public var text: String {
        var output = ""
        append(to: &output)
        return output
    }

    public func append(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): SpecNode.appendQuoted(text, to: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.append(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                SpecNode.appendQuoted(member.key, to: &output)
                output += ":"
                member.value.append(to: &output)
            }
            output += "}"
        }
    }

    /// The member `key` of an object (the first, should the spec repeat it); nil otherwise.
    public subscript(key: String) -> SpecJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The elements of an array; empty for anything else.
    public var items: [SpecJSON] {
        if case .array(let items) = self { items } else { [] }
    }

    public var isObject: Bool {
        if case .object = self { true } else { false }
    }

    public var isArray: Bool {
        if case .array = self { true } else { false }
    }

    public var string: String? {
        if case .string(let text) = self { text } else { nil }
    }

    public var bool: Bool? {
        if case .bool(let flag) = self { flag } else { nil }
    }

    /// A number, or a boolean as 1 or 0.
    public var number: Double? {
        switch self {
        case .number(let text): Double(text)
        case .bool(let flag): flag ? 1 : 0
        default: nil
        }
    }

    /// A number written as an integer.
    public var integer: Int? {
        if case .number(let text) = self { Int(text) } else { nil }
    }

    /// A scalar's text as JSON writes it (`null`, `true`, `1.5`, a string's own text); nil for arrays and objects.
    public var scalarText: String? {
        switch self {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let text), .string(let text): text
        case .array, .object: nil
        }
    }
}
