import SpecReader

extension SpecJSON {
    /// The node as JSON, or nil when its JSON text would be longer than `limit` UTF-8 bytes (so a
    /// node that aliases expand into millions of values costs no more than `limit` to reject).
    public init?(_ node: SpecNode, limit: Int) {
        var budget = limit
        guard let value = Self.value(of: node, budget: &budget) else { return nil }
        self = value
    }

    /// The node's value, `budget` reduced by its length as JSON text; nil once the budget is spent.
    private static func value(of node: SpecNode, budget: inout Int) -> SpecJSON? {
        switch node.value {
        case .scalar(let text, let style):
            if style == .plain, let literal = SpecNode.jsonLiteral(text) {
                budget -= literal.utf8.count
                guard budget >= 0 else { return nil }
                switch literal {
                case "null": return .null
                case "true": return .bool(true)
                case "false": return .bool(false)
                default: return .number(literal)
                }
            }
            budget -= SpecNode.quotedLength(text)
            return budget >= 0 ? .string(text) : nil
        case .sequence(let nodes):
            budget -= 2 + max(nodes.count - 1, 0)
            var items: [SpecJSON] = []
            items.reserveCapacity(nodes.count)
            for item in nodes {
                guard budget >= 0, let value = value(of: item, budget: &budget) else { return nil }
                items.append(value)
            }
            return budget >= 0 ? .array(items) : nil
        case .mapping(let entries):
            budget -= 2 + max(entries.count - 1, 0)
            var members: [Member] = []
            members.reserveCapacity(entries.count)
            for entry in entries {
                budget -= SpecNode.quotedLength(entry.key) + 1
                guard budget >= 0, let value = value(of: entry.value, budget: &budget) else { return nil }
                members.append(Member(entry.key, value))
            }
            return budget >= 0 ? .object(members) : nil
        }
    }
}

/// In the IR dump a value is its JSON text.
extension SpecJSON: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = SpecJSON(try SpecFileReader.parse(text, file: "json"), limit: .max) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not JSON"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
