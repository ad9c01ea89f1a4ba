import CodegenIR

/// Whether a spec example decodes as the client decodes its type: every required member present
/// and not `null` (unless nullable), and each required value of the right JSON kind. Optional
/// members decode leniently, so a mistyped one is no problem. A spec example that does not fit is
/// not served by TelnyxTesting (a body built from the schema is, so the client can decode it).
struct ExampleFit {
    let schemas: [String: Schema]

    /// The first problem of `example` as `type`, or nil when it fits.
    func problem(_ example: SpecJSON, _ type: TypeRef) -> String? {
        problem(example, type, path: "$", depth: 0)
    }

    private func problem(_ node: SpecJSON, _ type: TypeRef, path: String, depth: Int) -> String? {
        guard depth < TypeDepth.limit else { return nil }
        switch type {
        case .reference(let name):
            guard let schema = schemas[name] else { return nil }
            if node == .null && schema.nullable { return nil }
            return problem(node, schema.type, path: path, depth: depth + 1)
        case .object(let shape):
            guard node.isObject else { return "\(path): expected an object" }
            for property in shape.properties {
                let memberPath = "\(path).\(property.name)"
                guard let member = node[property.name] else {
                    if property.required && !property.nullable { return "\(memberPath): missing" }
                    continue
                }
                if member == .null {
                    if property.required && !property.nullable && !Self.allowsNull(property.type) {
                        return "\(memberPath): null"
                    }
                    continue
                }
                if property.required, let problem = problem(member, property.type, path: memberPath, depth: depth + 1) {
                    return problem
                }
            }
            return nil
        case .array(let item):
            guard node.isArray else { return "\(path): expected an array" }
            for (index, element) in node.items.enumerated() {
                if let problem = problem(element, item, path: "\(path)[\(index)]", depth: depth + 1) { return problem }
            }
            return nil
        case .union(let shape):
            let problems = shape.variants.map { problem(node, $0, path: path, depth: depth + 1) }
            return problems.contains { $0 == nil } ? nil : problems.compactMap { $0 }.first
        case .primitive(let primitive, _): return Self.kindProblem(node, primitive, path: path)
        case .enumeration, .map, .json, .null: return nil
        }
    }

    private static func allowsNull(_ type: TypeRef) -> Bool {
        switch type {
        case .null, .json: true
        case .enumeration(let shape): shape.includesNull
        case .union(let shape): shape.variants.contains(.null)
        default: false
        }
    }

    private static func kindProblem(_ node: SpecJSON, _ primitive: Primitive, path: String) -> String? {
        guard let text = node.scalarText else { return "\(path): expected a \(primitive.rawValue)" }
        let fits: Bool
        switch primitive {
        case .string: fits = node.string != nil
        case .integer: fits = node.integer != nil
        case .number: fits = node.number != nil && node.bool == nil
        case .boolean: fits = node.bool != nil
        }
        return fits ? nil : "\(path): expected a \(primitive.rawValue), got \(text)"
    }
}
