import CodegenIR

/// Spec names that turn into the same Swift name (`phone_number` and `PhoneNumber`, `a-b` and
/// `a_b`): the generator numbers the later one (`PhoneNumber2`), and these warnings say so.
public enum NameCollisions {
    /// One warning per renamed schema, property or enum value, at its schema, in document order.
    /// The schemas' names are the renderer's own (``TypeNames``), so a schema named like a type the
    /// client declares (a resource type, `TelnyxClient`) is reported too.
    public static func warnings(in model: APIModel) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let names = TypeNames(model: model)
        for (schema, wanted, given) in names.renamed {
            let owner = model.schemas.first { names.schemaTypes[$0.name] == wanted }
            let message =
                if let owner {
                    "schemas '\(owner.name)' and '\(schema.name)' both become '\(wanted)' in Swift; "
                        + "'\(schema.name)' gets a number"
                } else {
                    "schema '\(schema.name)' becomes '\(given)' in Swift: the client declares a type named '\(wanted)'"
                }
            warnings.append(Diagnostic(.warning, message, at: schema.location))
        }
        for schema in model.schemas {
            for message in memberCollisions(in: schema.type, path: schema.name) {
                warnings.append(Diagnostic(.warning, message, at: schema.location))
            }
        }
        return warnings.enumerated().sorted { left, right in
            let (a, b) = (left.element.location, right.element.location)
            return (a.line, a.column, left.offset) < (b.line, b.column, right.offset)
        }.map(\.element)
    }

    /// Collisions among the properties of each object and the values of each enum inside `type`.
    private static func memberCollisions(in type: TypeRef, path: String, depth: Int = 0) -> [String] {
        guard depth < TypeDepth.limit else { return [] }
        switch type {
        case .object(let shape):
            let names = shape.properties.map {
                ($0.name, SwiftNames.memberName($0.name, avoiding: ModelMembers.reserved))
            }
            return collisions(names, kind: "properties", path: path)
                + shape.properties.flatMap {
                    memberCollisions(in: $0.type, path: "\(path).\($0.name)", depth: depth + 1)
                }
        case .enumeration(let shape):
            return collisions(shape.values.map { ($0.text, SwiftNames.caseName($0.text)) }, kind: "values", path: path)
        case .array(let element), .map(let element):
            return memberCollisions(in: element, path: path, depth: depth + 1)
        case .union(let shape):
            return shape.variants.flatMap { memberCollisions(in: $0, path: path, depth: depth + 1) }
        case .primitive, .reference, .json, .null:
            return []
        }
    }

    private static func collisions(_ names: [(spec: String, swift: String)], kind: String, path: String) -> [String] {
        var owners: [String: String] = [:]
        var messages: [String] = []
        for (spec, swift) in names {
            if let first = owners[swift] {
                if first != spec {
                    messages.append(
                        "\(kind) '\(first)' and '\(spec)' of '\(path)' both become '\(swift)' in Swift; "
                            + "'\(spec)' gets a number")
                }
            } else {
                owners[swift] = spec
            }
        }
        return messages
    }
}
