import SpecReader

/// An operation as the spec states it, before it is named and put in a product: what
/// ``OperationNaming`` and ``ProductAssigner`` read to make the ``Operation``.
struct OperationDraft {
    var id: String
    var method: HTTPMethod
    var path: String
    var summary: String?
    var description: String?
    var tags: [String]
    var deprecated: Bool
    var parameters: [Parameter]
    var requestBody: RequestBody?
    var responses: [Response]
    var pagination: Pagination?
    var location: SourceLocation

    /// The first 2xx response.
    var successResponse: Response? { responses.first { $0.status.hasPrefix("2") } }
}

extension Operation {
    /// The operation `draft` describes, named `name` in `product`.
    init(_ draft: OperationDraft, name: ResourceName, product: String) {
        self.init(
            id: draft.id, method: draft.method, path: draft.path, summary: draft.summary,
            description: draft.description, tags: draft.tags, deprecated: draft.deprecated,
            parameters: draft.parameters, requestBody: draft.requestBody, responses: draft.responses,
            pagination: draft.pagination, resourcePath: name.resourcePath, methodName: name.methodName,
            product: product, location: draft.location)
    }
}

/// Reads every operation under `paths`, with parameters, bodies, responses and pagination.
struct OperationCollector {
    let context: BuildContext
    let schemas: SchemaTranslator

    func collect() -> [OperationDraft] {
        let parameters = ParameterTranslator(context: context, schemas: schemas)
        let bodies = BodyTranslator(context: context, schemas: schemas)
        let pagination = PaginationDetector(context: context, schemas: schemas)
        var operations: [OperationDraft] = []
        var firstSeen: [String: SourceLocation] = [:]
        for pathEntry in context.root["paths"]?.entries ?? [] {
            let pathLevel = pathEntry.value["parameters"]?.items ?? []
            for entry in pathEntry.value.entries {
                guard let method = HTTPMethod(rawValue: entry.key) else { continue }
                let node = entry.value
                let id = operationID(
                    node, method: method, path: pathEntry.key, at: entry.keyLocation, firstSeen: &firstSeen)
                var params = parameters.parameters(
                    pathLevel: pathLevel, operationLevel: node["parameters"]?.items ?? [])
                params += undeclaredPathParameters(pathEntry.key, params, at: entry.keyLocation)
                let responses = bodies.responses(node["responses"])
                operations.append(
                    OperationDraft(
                        id: id, method: method, path: pathEntry.key, summary: node["summary"]?.string,
                        description: node["description"]?.string, tags: node["tags"]?.items.compactMap(\.string) ?? [],
                        deprecated: node["deprecated"]?.bool == true, parameters: params,
                        requestBody: node["requestBody"].flatMap(bodies.requestBody), responses: responses,
                        pagination: pagination.pagination(method: method, parameters: params, responses: responses),
                        location: entry.keyLocation))
            }
        }
        return operations
    }

    /// The operationId, or one derived from method and path; a duplicate is renamed with a warning.
    private func operationID(
        _ node: SpecNode, method: HTTPMethod, path: String, at location: SourceLocation,
        firstSeen: inout [String: SourceLocation]
    ) -> String {
        var id = node["operationId"]?.string ?? ""
        if id.isEmpty {
            id = NameCase.lowerCamel(method.rawValue + " " + path)
            context.warn("operation without operationId; using '\(id)'", at: location)
        }
        guard let first = firstSeen[id] else {
            firstSeen[id] = location
            return id
        }
        var suffix = 2
        while firstSeen["\(id)\(suffix)"] != nil { suffix += 1 }
        let renamed = "\(id)\(suffix)"
        context.warn(
            "duplicate operationId '\(id)' (first used at \(first)); this one is renamed '\(renamed)'",
            at: node["operationId"]?.location ?? location)
        firstSeen[renamed] = location
        return renamed
    }

    /// Path template variables without a declaration become required strings, with a warning.
    private func undeclaredPathParameters(_ path: String, _ parameters: [Parameter], at location: SourceLocation)
        -> [Parameter]
    {
        let declared = Set(parameters.filter { $0.location == .path }.map(\.name))
        var missing: [Parameter] = []
        for segment in ResourceNamer.segments(path) where segment.isParameter {
            let name = String(segment.text.dropFirst().dropLast())
            guard !declared.contains(name) else { continue }
            context.warn("path parameter '{\(name)}' is not declared; treating it as a required string", at: location)
            missing.append(
                Parameter(
                    name: name, location: .path, required: true, type: .primitive(.string, format: nil), style: .simple,
                    explode: false))
        }
        return missing
    }

    /// Path order, then the usual method order.
    static func pathOrder(_ a: Operation, _ b: Operation) -> Bool {
        pathOrder((a.path, a.method), (b.path, b.method))
    }

    static func pathOrder(_ a: OperationDraft, _ b: OperationDraft) -> Bool {
        pathOrder((a.path, a.method), (b.path, b.method))
    }

    private static func pathOrder(_ a: (path: String, method: HTTPMethod), _ b: (path: String, method: HTTPMethod))
        -> Bool
    {
        if a.path != b.path { return a.path < b.path }
        return HTTPMethod.allCases.firstIndex(of: a.method)! < HTTPMethod.allCases.firstIndex(of: b.method)!
    }
}
