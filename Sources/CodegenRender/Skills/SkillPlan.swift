import CodegenIR

/// Which of a product's operations are core tasks, supporting operations or the rest: every
/// operation lands in exactly one tier.
struct SkillPlan: Sendable {
    var core: [Operation] = []
    var supporting: [Operation] = []
    var additional: [Operation] = []

    /// How many core tasks and supporting operations a product without curation gets.
    static let defaultCoreCount = 3
    static let defaultSupportingCount = 4

    init(operations: [Operation], curation: SkillCuration.ProductText?) {
        var remaining = operations
        func take(_ ids: [String]) -> [Operation] {
            ids.compactMap { id in
                guard let index = remaining.firstIndex(where: { $0.id == id }) else { return nil }
                return remaining.remove(at: index)
            }
        }
        func take(prefixes: [String], names: Set<String> = [], count: Int) -> [Operation] {
            let chosen = remaining.filter { operation in
                prefixes.contains { operation.methodName.hasPrefix($0) } || names.contains(operation.methodName)
            }.prefix(count).map(\.id)
            return take(Array(chosen))
        }
        if let curation, !curation.core.isEmpty {
            core = take(curation.core)
        } else {
            // Creating, sending and listing, and the actions that make something (`files.upload`, `calls.dial`).
            core = take(
                prefixes: ["create", "send", "list"], names: SummaryVerb.producingVerbs, count: Self.defaultCoreCount)
        }
        if let curation, !curation.supporting.isEmpty {
            supporting = take(curation.supporting)
        } else {
            supporting = take(prefixes: ["retrieve", "update", "delete"], count: Self.defaultSupportingCount)
        }
        additional = remaining
    }
}
