/// Finds named schemas that would contain themselves in Swift: a type alias whose target reaches
/// it again (`A = [A]`, `M = [String: N]` with `N = [M]`, `A = B` with `B = A`), or an enum that
/// holds itself by value through its variants. Objects break a cycle (models store JSON), so
/// `Tree.children: [Tree]` is fine.
struct DeclarationCycles {
    private var edges: [String: [String]] = [:]
    /// The schemas that lie on a cycle, by strongly connected component.
    private var components: [String: Int] = [:]
    /// Schemas that are only a `$ref` to another (`A = B`).
    private var plainAliases: Set<String> = []

    init(_ schemas: [Schema]) {
        for schema in schemas {
            if case .reference = schema.type { plainAliases.insert(schema.name) }
            var targets: [String] = []
            switch schema.type.declarationKind {
            case .alias: Self.aliasTargets(schema.type, into: &targets)
            case .union: Self.unionTargets(schema.type, into: &targets)
            case .model, .enumeration: break
            }
            if !targets.isEmpty { edges[schema.name] = targets }
        }
        components = Self.cyclicComponents(edges)
    }

    /// The shortest chain from `name` back to itself (`[A, B, A]`), or nil. Only schemas that share
    /// a strongly connected component with `name` are searched, so a long alias chain costs once.
    func cycle(from name: String) -> [String]? {
        guard let component = components[name] else { return nil }
        var previous: [String: String] = [:]
        var queue = [name]
        var next = 0
        while next < queue.count {
            let current = queue[next]
            next += 1
            for target in edges[current] ?? [] where components[target] == component {
                if target == name {
                    var chain = [current]
                    while let step = previous[chain[0]] { chain.insert(step, at: 0) }
                    return chain + [name]
                }
                if previous[target] == nil {
                    previous[target] = current
                    queue.append(target)
                }
            }
        }
        return nil
    }

    /// Tarjan's algorithm without recursion: each schema on a cycle → the number of its component.
    private static func cyclicComponents(_ edges: [String: [String]]) -> [String: Int] {
        var index: [String: Int] = [:]
        var lowLink: [String: Int] = [:]
        var onStack: Set<String> = []
        var stack: [String] = []
        var result: [String: Int] = [:]
        var counter = 0
        var componentCount = 0
        for start in edges.keys.sorted() where index[start] == nil {
            var work: [(node: String, nextEdge: Int)] = [(start, 0)]
            index[start] = counter
            lowLink[start] = counter
            counter += 1
            stack.append(start)
            onStack.insert(start)
            while let (node, edge) = work.last {
                let targets = edges[node] ?? []
                if edge < targets.count {
                    work[work.count - 1].nextEdge += 1
                    let target = targets[edge]
                    if index[target] == nil {
                        index[target] = counter
                        lowLink[target] = counter
                        counter += 1
                        stack.append(target)
                        onStack.insert(target)
                        work.append((target, 0))
                    } else if onStack.contains(target) {
                        lowLink[node] = min(lowLink[node]!, index[target]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent]!, lowLink[node]!) }
                guard lowLink[node] == index[node] else { continue }
                var members: [String] = []
                while let member = stack.popLast() {
                    onStack.remove(member)
                    members.append(member)
                    if member == node { break }
                }
                let selfLoop = members.count == 1 && targets.contains(node)
                if members.count > 1 || selfLoop {
                    for member in members { result[member] = componentCount }
                    componentCount += 1
                }
            }
        }
        return result
    }

    /// Whether every step of the chain is a plain alias of another schema (`A = B`).
    func isReferenceChain(_ chain: [String]) -> Bool {
        chain.dropLast().allSatisfy(plainAliases.contains)
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
