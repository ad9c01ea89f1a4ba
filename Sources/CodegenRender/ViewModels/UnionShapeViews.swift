import CodegenIR

extension UnionView {
    /// How a union without a discriminator tells its variants apart (``UnionFit``): one `JSONShape` per variant.
    struct Fit: TemplateView {
        enum Key: String, CaseIterable { case shapes, decidingMember }
        let fit: UnionFit

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .shapes:
                fit.variants.map { Shape(kind: $0.kind, values: $0.values, members: $0.members, item: $0.item) }
            case .decidingMember: presentOrFalse(fit.decidingMember)
            }
        }
    }

    /// A variant's `JSONShape`: `.string`, `.string(["a"])`, `.object([...])`, `.array(of: ...)`.
    struct Shape: TemplateView {
        enum Key: String, CaseIterable { case kind, valuesLiteral, hasMembers, members, item }
        let kind: VariantShape.Kind
        let values: [String]
        let members: [VariantShape.Member]
        /// An array's item; its members are written as the array's (`.array(of: .object([...]))`).
        let item: VariantShape.Item?

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .kind: kind.rawValue
            case .valuesLiteral: presentOrFalse(Shape.literal(values))
            case .hasMembers: !(item?.members ?? members).isEmpty
            case .members: (item?.members ?? members).map(Member.init)
            case .item: presentOrFalse(item.map { Shape(kind: $0.kind, values: $0.values, members: [], item: nil) })
            }
        }

        /// `"a", "b"`: the values as Swift string literals, nil when there are none.
        static func literal(_ values: [String]) -> String? {
            values.isEmpty ? nil : values.map(SwiftLiteral.string).joined(separator: ", ")
        }
    }

    /// A telling member of an object variant: `.required("call_id", .string)`.
    struct Member: TemplateView {
        enum Key: String, CaseIterable { case keyLiteral, required, memberKind, memberValuesLiteral }
        let member: VariantShape.Member

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .keyLiteral: SwiftLiteral.string(member.key)
            case .required: member.required
            case .memberKind: member.shape.kind.rawValue
            case .memberValuesLiteral: presentOrFalse(Shape.literal(member.shape.values))
            }
        }
    }
}
