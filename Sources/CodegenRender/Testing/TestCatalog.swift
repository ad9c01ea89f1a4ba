import CodegenIR

/// The testing library's knowledge of the spec, one JSON line per operation and per schema a
/// request or a response uses (read by `TelnyxTestCatalog` in `TelnyxTestingSupport`): method, path
/// template, parameters, body schema, success status, content type, response schema and example,
/// and paging.
struct TestCatalog {
    var operationLines: [String] = []
    var schemaLines: [String] = []
    /// Operations answered with the spec's own example, and with a body built from the schema.
    var specExamples = 0
    var synthesizedExamples = 0

    init(model: APIModel, surface: APISurface, synthesizer: ExampleSynthesizer) {
        var schemas = ValidationSchemas()
        for operation in model.operations {
            guard let name = surface.operations[operation.id].map(Self.clientName) else { continue }
            let response = responseJSON(operation, synthesizer, &schemas)
            let line = SpecJSON.members([
                ("id", .string(operation.id)), ("name", .string(name)),
                ("method", .string(operation.method.description)), ("path", .string(operation.path)),
                ("parameters", .array(operation.parameters.map { schemas.parameter($0) })),
                ("body", operation.requestBody.map { schemas.body($0) }),
                ("response", response), ("pagination", operation.pagination.map(Self.pagination)),
            ])
            operationLines.append(line.text)
        }
        schemaLines = schemas.lines(synthesizer.schemas)
    }

    /// `messages.send`, as the client spells it.
    static func clientName(_ surface: APISurface.OperationSurface) -> String {
        let path = surface.resourceAccessors.map(SwiftNames.unescaped)
        return (path + [SwiftNames.unescaped(surface.methodName)]).joined(separator: ".")
    }

    private mutating func responseJSON(
        _ operation: Operation, _ synthesizer: ExampleSynthesizer, _ schemas: inout ValidationSchemas
    ) -> SpecJSON {
        let success = operation.successResponse
        let status = success.flatMap { Int($0.status) } ?? 200
        let content = success?.contents.first
        var example: SpecJSON?
        var fromSpec = false
        if let content, content.kind == .json || content.kind == .any {
            if let schema = content.schema {
                (example, fromSpec) = synthesizer.example(schema, given: content.example)
            } else if let given = content.example {
                (example, fromSpec) = (given, true)
            }
            if fromSpec { specExamples += 1 } else if example != nil { synthesizedExamples += 1 }
        }
        // The schema a stubbed JSON answer must fit (TelnyxTesting's strict mode).
        let schema = content.flatMap { $0.kind == .json ? $0.schema : nil }.map { schemas.schema($0) }
        return .members([
            ("status", .integer(status)), ("contentType", content.map { .string($0.contentType) }),
            ("fromSpec", .bool(fromSpec)), ("example", example), ("schema", schema),
        ])
    }

    private static func pagination(_ pagination: Pagination) -> SpecJSON {
        .members([
            ("style", .string(pagination.style.rawValue)),
            (
                "parameters",
                .members(pagination.parameters.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
            ),
            ("items", .string(pagination.itemsProperty)),
        ])
    }
}

/// Request and response schemas in the catalog's compact form (`{"type": "string"}`, `{"ref": "Name"}`,
/// ...), collecting the named schemas they refer to. An object's `required` lists what a request
/// must send (read-only members left out); `responseRequired`, where it differs, what a response
/// must hold (write-only members left out).
struct ValidationSchemas {
    private var referenced: Set<String> = []
    /// Referenced names not yet written as lines.
    private var pending: [String] = []

    mutating func parameter(_ parameter: Parameter) -> SpecJSON {
        .members([
            ("name", .string(parameter.name)), ("in", .string(parameter.location.rawValue)),
            ("required", .bool(parameter.required)), ("schema", schema(parameter.type)),
        ])
    }

    mutating func body(_ body: RequestBody) -> SpecJSON {
        let content = body.contents.first
        let schema = content.flatMap { $0.kind == .json ? $0.schema : nil }.map { self.schema($0) }
        return .members([
            ("required", .bool(body.required)), ("contentType", content.map { .string($0.contentType) }),
            ("schema", schema),
        ])
    }

    mutating func schema(_ type: TypeRef) -> SpecJSON {
        switch type {
        case .primitive(let primitive, _): return .members([("type", .string(primitive.rawValue))])
        case .array(let item): return .members([("type", .string("array")), ("items", schema(item))])
        case .map(let value): return .members([("type", .string("object")), ("additionalProperties", schema(value))])
        case .reference(let name):
            if referenced.insert(name).inserted { pending.append(name) }
            return .members([("ref", .string(name))])
        case .object(let shape): return object(shape)
        case .enumeration(let shape):
            return .members([
                ("enum", .array(shape.values.map(ExampleSynthesizer.literal))),
                ("nullable", shape.includesNull ? .bool(true) : nil),
            ])
        case .union(let shape): return .members([("oneOf", .array(shape.variants.map { schema($0) }))])
        case .json: return .object([])
        case .null: return .members([("type", .string("null"))])
        }
    }

    private mutating func object(_ shape: ObjectShape) -> SpecJSON {
        var properties: [(String, SpecJSON)] = []
        for property in shape.properties { properties.append((property.name, schema(property.type))) }
        let required = shape.properties.filter { $0.required && !$0.readOnly }.map(\.name)
        let responseRequired = shape.properties.filter { $0.required && !$0.writeOnly }.map(\.name)
        let nullable = shape.properties.filter(\.nullable).map { SpecJSON.string($0.name) }
        return .members([
            ("type", .string("object")), ("properties", .members(properties)),
            ("required", required.isEmpty ? nil : .array(required.map(SpecJSON.string))),
            (
                "responseRequired",
                responseRequired == required ? nil : .array(responseRequired.map(SpecJSON.string))
            ),
            ("nullable", nullable.isEmpty ? nil : .array(nullable)),
            ("additionalProperties", shape.additionalProperties.map { schema($0) }),
        ])
    }

    /// One line per referenced schema (and the schemas those refer to), sorted by name.
    mutating func lines(_ schemas: [String: Schema]) -> [String] {
        var done: [String: String] = [:]
        while let name = pending.popLast() {
            guard let schema = schemas[name] else { continue }
            let json = self.schema(schema.type)
            done[name] =
                SpecJSON.members([
                    ("name", .string(name)), ("nullable", schema.nullable ? .bool(true) : nil), ("schema", json),
                ]).text
        }
        return done.keys.sorted().compactMap { done[$0] }
    }
}
