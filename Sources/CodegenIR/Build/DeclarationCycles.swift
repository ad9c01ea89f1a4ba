/// Finds named schemas that would contain themselves in Swift: a type alias whose target reaches
/// it again (`A = [A]`, `M = [String: N]` with `N = [M]`, `A = B` with `B = A`), or an enum that
/// holds itself by value through its variants. Objects break a cycle (models store JSON), so
/// `Tree.children: [Tree]` is fine.
struct DeclarationCycles {
    private var edges: [String: [String]] = [:]

    init(_ schemas: [Schema]) {
        for schema in schemas {
            var targets: [String] = []
            switch schema.type.declarationKind {
            case .alias: Self.aliasTargets(schema.type, into: &targets)
            case .union: Self.unionTargets(schema.type, into: &targets)
            case .model, .enumeration: break
            }
            if !targets.isEmpty { edges[schema.name] = targets }
        }
    }

    /// The shortest chain from `name` back to itself (`[A, B, A]`), or nil.
    func cycle(from name: String) -> [String]? {
        var previous: [String: String] = [:]
        var queue = [name]
        var next = 0
        while next < queue.count {
            let current = queue[next]
            next += 1
            for target in edges[current] ?? [] {
                if target == name {
                    var chain = [current]
                    while let step = previous[chain[0]] { chain.insert(step, at: 0) }
                    return chain + [name]
                }
                if previous[target] == nil, target != name {
                    previous[target] = current
                    queue.append(target)
                }
            }
        }
        return nil
    }

    /// Whether every step of the chain is a plain alias of another schema (`A = B`).
    func isReferenceChain(_ chain: [String], in schemas: [String: Schema]) -> Bool {
        chain.dropLast().allSatisfy { name in
            if case .reference = schemas[name]?.type { true } else { false }
        }
    }

    private static func aliasTargets(_ type: TypeRef, into targets: inout [String]) {
        switch type {
        case .reference(let name): targets.append(name)
        case .array(let element), .map(let element): aliasTargets(element, into: &targets)
        case .object(let shape) where shape.properties.isEmpty:
            if let extra = shape.additionalProperties { aliasTargets(extra, into: &targets) }
        case .union(let shape) where shape.significantVariants.count == 1:
            aliasTargets(shape.significantVariants[0], into: &targets)
        default: break
        }
    }

    private static func unionTargets(_ type: TypeRef, into targets: inout [String]) {
        guard case .union(let shape) = type else { return }
        for case .reference(let name) in shape.significantVariants { targets.append(name) }
    }
}
