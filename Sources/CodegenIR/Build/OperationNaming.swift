import SpecReader

/// Gives every operation a resource path and method name: overrides first, then the path rules,
/// then a deterministic fallback (the operationId) for collisions.
struct OperationNaming {
    let context: BuildContext
    let overrides: [String: ResourceName]
    /// Resolves response schemas (TeXML's URI pages); without it no response reads as one.
    var schemas: SchemaTranslator? = nil

    /// Each operation's name, in the order of `operations`.
    func names(_ operations: [OperationDraft]) -> [ResourceName] {
        let routes = operations.map { operation in
            let pagedByURI = pagedByURI(operation)
            return ResourceNamer.Route(
                method: operation.method, path: operation.path,
                returnsList: Self.namesAList(operation, pagedByURI: pagedByURI), pagedByURI: pagedByURI,
                summary: operation.summary, operationID: operation.id)
        }
        let namer = ResourceNamer(routes: routes)
        var names: [ResourceName] = []
        var usedOverrides: Set<String> = []
        for (operation, route) in zip(operations, routes) {
            let key = GeneratorConfiguration.routeKey(operation.method.rawValue + " " + operation.path)
            if let name = overrides[key] {
                usedOverrides.insert(key)
                names.append(name)
            } else {
                names.append(namer.name(for: route))
            }
        }
        // One override file serves several spec versions (and the embedded slice): unused entries
        // are one warning, not one per entry.
        let unused = overrides.keys.filter { !usedOverrides.contains($0) }.sorted()
        if let first = unused.first {
            let message =
                unused.count == 1
                ? "naming override for '\(first)' matches no operation"
                : "\(unused.count) naming overrides match no operation in this spec (first: '\(first)')"
            context.warn(message, at: context.root.location)
        }
        resolveCollisions(&names, operations)
        return names
    }

    /// Whether a GET is named as a list (`list`, `listEvents`), in order:
    /// - a TeXML page linked by URIs (`next_page_uri`) is not named a list here: its leaves keep the
    ///   official `retrieve…` (`accounts.retrieveRecordingsJSON`), its collections list by the path rules;
    /// - items with paging parameters are a list;
    /// - a summary that says all of something ("Get all test suite names") or starts with List
    ///   ("List User Tags", whatever the response's shape: `userTags.list`) is a list;
    /// - an unpaged array is a list when its operationId says so (`ListRegions`, "Fetch all Mdr
    ///   records") unless its summary says it retrieves (`ListRegulatoryRequirements`, "Retrieve
    ///   regulatory requirements": `regulatoryRequirements.retrieve`); otherwise it is retrieved
    ///   (`retrieveExceptionTypes`).
    static func namesAList(_ operation: OperationDraft, pagedByURI: Bool = false) -> Bool {
        if pagedByURI { return false }
        if let pagination = operation.pagination, pagination.style != .none { return true }
        let words = operation.summary?.split(separator: " ").prefix(2).map { $0.lowercased() } ?? []
        let firstWord = words.first
        if firstWord == "list" || (words.count == 2 && words[1] == "all") { return true }
        guard operation.pagination != nil, firstWord != "retrieve" else { return false }
        return operation.id.lowercased().hasPrefix("list") || firstWord == "fetch"
    }

    /// Whether the success response is a TeXML page, linked by URIs (`next_page_uri`) rather than
    /// paged by parameters the SDKs know. `PaginationDetector` pages it (`nextPageURI`) when it holds
    /// one array; `conferences.retrieveRecordings`, with two, stays one page and keeps its name.
    func pagedByURI(_ operation: OperationDraft) -> Bool {
        guard let schemas, let schema = operation.successResponse?.contents.first(where: { $0.kind == .json })?.schema
        else { return false }
        return PaginationDetector.linksNextPage(schema, schemas: schemas)
    }

    /// Two operations with the same name, or a method named like a sub-resource: all but the
    /// first (in path order) fall back to a name from the operationId.
    private func resolveCollisions(_ names: inout [ResourceName], _ operations: [OperationDraft]) {
        let order = operations.indices.sorted { OperationCollector.pathOrder(operations[$0], operations[$1]) }
        var resources: Set<String> = []
        for name in names {
            for depth in 1...max(1, name.resourcePath.count) where depth <= name.resourcePath.count {
                resources.insert(name.resourcePath.prefix(depth).joined(separator: "."))
            }
        }
        var taken: [String: Int] = [:]
        for index in order {
            var name = names[index]
            if taken[name.dotted] != nil || resources.contains(name.dotted) {
                let fallback = fallbackName(name, operations[index], taken: taken, resources: resources)
                let first =
                    taken[name.dotted].map { " (\(operations[$0].method.description) \(operations[$0].path))" }
                    ?? " (a sub-resource)"
                context.warn(
                    "\(operations[index].method.description) \(operations[index].path) would be '\(name.dotted)' like\(first); named '\(fallback.dotted)'",
                    at: operations[index].location)
                name = fallback
                names[index] = name
            }
            taken[name.dotted] = index
        }
    }

    private func fallbackName(
        _ name: ResourceName, _ operation: OperationDraft, taken: [String: Int], resources: Set<String>
    ) -> ResourceName {
        var candidate = ResourceName(resourcePath: name.resourcePath, methodName: NameCase.lowerCamel(operation.id))
        var suffix = 2
        while taken[candidate.dotted] != nil || resources.contains(candidate.dotted) {
            candidate.methodName = NameCase.lowerCamel(operation.id) + String(suffix)
            suffix += 1
        }
        return candidate
    }
}
