/// What tells one variant of a union apart from the others: its JSON kind, the string values it
/// lists, and (for an object) the members that are not the same in every variant.
///
/// A union without a discriminator ranks its variants with ``ranked(_:_:)`` and decodes the first
/// one, in that order, that accepts the JSON. A member whose values differ between the variants
/// (`direction`, `type`, `record_type`) decides like a discriminator; otherwise the variant the
/// JSON fits best wins, and ties go to the order the API lists the variants in.
@_spi(Generated) public struct JSONShape: Sendable {
    public enum Kind: Sendable {
        case string, integer, number, boolean, array, object
        /// Any JSON value.
        case any
    }

    /// A member of an object variant.
    public struct Member: Sendable {
        let key: String
        let shape: JSONShape
        let required: Bool

        /// An optional member.
        public static func member(_ key: String, _ shape: JSONShape) -> Member {
            Member(key: key, shape: shape, required: false)
        }

        /// A member the variant requires.
        public static func required(_ key: String, _ shape: JSONShape) -> Member {
            Member(key: key, shape: shape, required: true)
        }
    }

    let kind: Kind
    /// The string values a string variant or member lists; empty when it takes any.
    let values: Set<String>
    let members: [Member]
    /// An array's item shape (none or one).
    let items: [JSONShape]

    init(_ kind: Kind, values: Set<String> = [], members: [Member] = [], items: [JSONShape] = []) {
        self.kind = kind
        self.values = values
        self.members = members
        self.items = items
    }

    public static let string = JSONShape(.string)
    public static let integer = JSONShape(.integer)
    public static let number = JSONShape(.number)
    public static let boolean = JSONShape(.boolean)
    public static let array = JSONShape(.array)
    public static let object = JSONShape(.object)
    public static let any = JSONShape(.any)

    /// A string that takes one of `values`.
    public static func string(_ values: Set<String>) -> JSONShape { JSONShape(.string, values: values) }

    /// An array of `item`s.
    public static func array(of item: JSONShape) -> JSONShape { JSONShape(.array, items: [item]) }

    /// An object with these telling members.
    public static func object(_ members: [Member]) -> JSONShape { JSONShape(.object, members: members) }

    /// The indices of `shapes`, the best fit for `json` first; equal fits keep their order.
    public static func ranked(_ json: JSONValue, _ shapes: [JSONShape]) -> [Int] {
        let scores = shapes.map { $0.fit(json) }
        return shapes.indices.sorted { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
    }

    /// How well a value fits a shape; smaller is better, compared field by field.
    struct Fit: Comparable {
        /// 0 when the JSON kind is the shape's, 1 when it is accepted loosely (an integer for a
        /// number, anything for `any`), 2 when it is not.
        var kind = 0
        var missingRequired = 0
        /// Values the shape does not list, where it lists some.
        var unlistedValues = 0
        var wrongKinds = 0
        /// Minus the number of members (and listed values) the shape knows: more fit better.
        var unknownMembers = 0

        static func < (lhs: Fit, rhs: Fit) -> Bool {
            (lhs.kind, lhs.missingRequired, lhs.unlistedValues, lhs.wrongKinds, lhs.unknownMembers)
                < (rhs.kind, rhs.missingRequired, rhs.unlistedValues, rhs.wrongKinds, rhs.unknownMembers)
        }
    }

    func fit(_ json: JSONValue) -> Fit {
        var fit = Fit(kind: kindFit(json))
        guard fit.kind < 2 else { return fit }
        switch json {
        case .string(let value) where !values.isEmpty:
            // A listed value counts like a known member: it fits better than a shape that takes any.
            if values.contains(value) { fit.unknownMembers -= 1 } else { fit.unlistedValues += 1 }
        case .array(let elements):
            if let item = items.first, let first = elements.first { fit.add(item.fit(first)) }
        case .object(let object):
            for member in members {
                guard let value = object[member.key], value != .null else {
                    if member.required { fit.missingRequired += 1 }
                    continue
                }
                fit.add(member.shape.fit(value))
                fit.unknownMembers -= 1
            }
        default: break
        }
        return fit
    }

    private func kindFit(_ json: JSONValue) -> Int {
        switch (kind, json) {
        case (.any, _): 1
        case (.string, .string), (.boolean, .bool), (.array, .array), (.object, .object): 0
        case (.integer, .integer), (.number, .number): 0
        case (.number, .integer): 1
        case (.integer, .number): json.intValue == nil ? 2 : 1
        default: 2
        }
    }
}

extension JSONShape.Fit {
    /// Counts a member's or an item's fit into its container's.
    fileprivate mutating func add(_ inner: Self) {
        if inner.kind == 2 { wrongKinds += 1 }
        missingRequired += inner.missingRequired
        unlistedValues += inner.unlistedValues
        wrongKinds += inner.wrongKinds
        unknownMembers += inner.unknownMembers
    }
}
