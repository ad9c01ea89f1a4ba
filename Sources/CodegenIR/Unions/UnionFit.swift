/// How a union without a discriminator tells its variants apart: the one place that decides it,
/// read by the Swift renderer (the `JSONShape` table of each union) and by the IR builder (the
/// warning for variants that cannot be told apart).
///
/// Each variant becomes a ``VariantShape``: its JSON kind, the string values it lists, and, for an
/// object, the members that are not the same in every object variant (a member every variant has
/// alike cannot tell them apart, so it is left out). At run time the variant the JSON fits best wins:
/// the right JSON kind, every required member present, no value a variant does not list (so a member
/// such as `direction` with values of its own in each variant decides like a discriminator), no member
/// of the wrong kind, the most members known; ties go to the order of the spec.
public struct UnionFit: Sendable {
    public var variants: [VariantShape]
    /// A member whose listed values differ between every pair of object variants and that every
    /// variant has: it decides like a discriminator.
    public var decidingMember: String?
    /// Pairs `(earlier, later)` of variant indices where data of the later one always fits the
    /// earlier one at least as well, so the later one is never chosen.
    public var shadowed: [(earlier: Int, later: Int)]

    /// The shapes of `union`'s significant variants, in order, with references followed through `references`.
    public init(_ union: UnionShape, references: TypeReferences) {
        let full = union.significantVariants.map { VariantShape($0, references: references) }
        let objects = full.filter { $0.kind == .object }
        let common = Self.commonMembers(objects)
        variants = full.map { shape in
            var shape = shape
            shape.members.removeAll { common.contains($0) }
            return shape
        }
        decidingMember = objects.count == full.count ? Self.decidingMember(objects) : nil
        shadowed = Self.shadowedPairs(variants)
    }

    /// Members every object variant has, alike.
    private static func commonMembers(_ objects: [VariantShape]) -> Set<VariantShape.Member> {
        guard var common = objects.first.map({ Set($0.members) }) else { return [] }
        for object in objects.dropFirst() { common.formIntersection(object.members) }
        return common
    }

    /// The first member of the first variant that every variant lists values for, with no value in two variants.
    private static func decidingMember(_ objects: [VariantShape]) -> String? {
        guard objects.count > 1, let first = objects.first else { return nil }
        return first.members.first { candidate in
            var seen: Set<String> = []
            for object in objects {
                guard let member = object.members.first(where: { $0.key == candidate.key }),
                    member.shape.kind == .string, !member.shape.values.isEmpty,
                    seen.isDisjoint(with: member.shape.values)
                else { return false }
                seen.formUnion(member.shape.values)
            }
            return true
        }?.key
    }

    /// `later` is shadowed by `earlier` when it has the same kind and values (or `earlier` takes any
    /// value), every telling member of `later` is one of `earlier`'s, and `earlier` requires nothing
    /// `later` lacks: the later variant's data then fits the earlier one exactly as well.
    static func shadowedPairs(_ variants: [VariantShape]) -> [(earlier: Int, later: Int)] {
        var pairs: [(earlier: Int, later: Int)] = []
        for later in variants.indices {
            guard let earlier = variants.indices.prefix(later).first(where: { variants[$0].covers(variants[later]) })
            else { continue }
            pairs.append((earlier, later))
        }
        return pairs
    }
}

/// One variant of a union as JSON: what ``UnionFit`` compares.
public struct VariantShape: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case string, integer, number, boolean, array, object, any
    }

    public struct Member: Sendable, Hashable {
        public var key: String
        /// The member's kind and listed values (no members or items of its own).
        public var shape: VariantShape
        public var required: Bool
    }

    public var kind: Kind
    /// The string values listed (an enum or a `const`), in spec order; empty when any is taken.
    public var values: [String] = []
    /// An object's members, in spec order (after ``UnionFit`` leaves out the common ones, the telling ones).
    public var members: [Member] = []
    /// An array's item kind, with the item's values and members; nil for any item.
    public var item: Item?

    /// An array item's shape, held apart so that ``VariantShape`` is not recursive.
    public struct Item: Sendable, Hashable {
        public var kind: Kind
        public var values: [String]
        public var members: [Member]
    }

    init(kind: Kind, values: [String] = []) {
        self.kind = kind
        self.values = values
    }

    /// The shape of `type`, following references.
    init(_ type: TypeRef, references: TypeReferences) {
        let resolved = references.resolve(type)?.type ?? .json
        self = Self.scalar(resolved)
        switch resolved {
        case .object(let shape):
            members = shape.properties.filter { !$0.writeOnly }.map { property in
                Member(
                    key: property.name, shape: Self.scalar(references.resolve(property.type)?.type ?? .json),
                    required: property.required && !property.nullable)
            }
        case .array(let element):
            let item = VariantShape(element, references: references)
            if item.kind != .any { self.item = Item(kind: item.kind, values: item.values, members: item.members) }
        default: break
        }
    }

    /// The kind and values of `type` (already resolved), without members or items.
    private static func scalar(_ type: TypeRef) -> VariantShape {
        switch type {
        case .primitive(.string, _): VariantShape(kind: .string)
        case .primitive(.integer, _): VariantShape(kind: .integer)
        case .primitive(.number, _): VariantShape(kind: .number)
        case .primitive(.boolean, _): VariantShape(kind: .boolean)
        case .array: VariantShape(kind: .array)
        case .object, .map: VariantShape(kind: .object)
        case .enumeration(let shape):
            switch shape.kind {
            case .string: VariantShape(kind: .string, values: shape.values.map(\.text))
            case .integer: VariantShape(kind: .integer)
            case .number: VariantShape(kind: .number)
            case .boolean: VariantShape(kind: .boolean)
            case .mixed: VariantShape(kind: .any)
            }
        case .reference, .union, .json, .null: VariantShape(kind: .any)
        }
    }

    /// Whether every JSON value shaped like `other` fits this shape at least as well as it fits `other`.
    func covers(_ other: VariantShape) -> Bool {
        // A variant that lists the value fits better than one that takes any, and one that takes any
        // fits a value another does not list better than that one.
        let valuesCovered =
            values.isEmpty || other.values.isEmpty
            ? values.isEmpty && other.values.isEmpty : Set(other.values).isSubset(of: values)
        guard kind == other.kind, valuesCovered else { return false }
        let otherKeys = Set(other.members.map(\.key))
        guard Set(other.members).isSubset(of: members),
            members.allSatisfy({ !$0.required || otherKeys.contains($0.key) })
        else { return false }
        switch (item, other.item) {
        case (nil, _): return true
        case (let mine?, let theirs?):
            return VariantShape(kind: mine.kind, values: mine.values).with(members: mine.members)
                .covers(VariantShape(kind: theirs.kind, values: theirs.values).with(members: theirs.members))
        case (.some, nil): return false
        }
    }

    private func with(members: [Member]) -> VariantShape {
        var copy = self
        copy.members = members
        return copy
    }
}
