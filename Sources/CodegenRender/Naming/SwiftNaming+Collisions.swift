import CodegenIR

/// Spec names that turn into the same Swift name (`phone_number` and `PhoneNumber`, `a-b` and
/// `a_b`): the naming pass numbers the later one (`PhoneNumber2`), and these warnings say so.
extension SwiftNaming {
    /// One warning per renamed schema, property or enum value, at its schema, in document order.
    /// The names are the ones the client declares (a schema named like a type the client declares
    /// itself, a resource type or `TelnyxClient`, is reported too).
    public func collisionWarnings(in model: APIModel) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for (schema, wanted, given) in types.renamed {
            let owner = model.schemas.first { types.schemaTypes[$0.name] == wanted }
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
            for message in Self.memberCollisions(in: schema.type, path: schema.name) {
                warnings.append(Diagnostic(.warning, message, at: schema.location))
            }
        }
        return warnings.enumerated().sorted { left, right in
            let (a, b) = (left.element.location, right.element.location)
            return (a.line, a.column, left.offset) < (b.line, b.column, right.offset)
        }.map(\.element)
    }

    /// The properties of each object and the values of each enum inside `type` that were numbered.
    private static func memberCollisions(in type: TypeRef, path: String, depth: Int = 0) -> [String] {
        guard depth < TypeDepth.limit else { return [] }
        switch type {
        case .object(let shape):
            let wireNames = shape.properties.map(\.name)
            return collisions(wireNames, properties(wireNames), kind: "properties", path: path)
                + shape.properties.flatMap {
                    memberCollisions(in: $0.type, path: "\(path).\($0.name)", depth: depth + 1)
                }
        case .enumeration(let shape):
            let values = shape.values.map(\.text)
            return collisions(values, cases(values), kind: "values", path: path)
        case .array(let element), .map(let element):
            return memberCollisions(in: element, path: path, depth: depth + 1)
        case .union(let shape):
            return shape.variants.flatMap { memberCollisions(in: $0, path: path, depth: depth + 1) }
        case .primitive, .reference, .json, .null:
            return []
        }
    }

    /// A message for each member that got a number because an earlier one spells the same Swift name.
    private static func collisions(_ specNames: [String], _ members: [Member], kind: String, path: String) -> [String] {
        var messages: [String] = []
        for (index, member) in members.enumerated() where member.given != member.wanted {
            guard let first = members[..<index].firstIndex(where: { $0.wanted == member.wanted }),
                specNames[first] != specNames[index]
            else { continue }
            messages.append(
                "\(kind) '\(specNames[first])' and '\(specNames[index])' of '\(path)' both become '\(member.wanted)' "
                    + "in Swift; '\(specNames[index])' gets a number")
        }
        return messages
    }
}
