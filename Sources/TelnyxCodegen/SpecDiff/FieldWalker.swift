import CodegenIR

/// How the changes of one compared type are named and weighed: a request side (parameters,
/// bodies: what callers send) or a response side (responses, webhook payloads: what they read).
struct FieldVocabulary {
    typealias Kind = SpecChange.Kind

    var isRequest: Bool
    /// The type itself: `body`, `response`, `query parameter 'limit'`.
    var rootLabel: String
    /// A field inside it: `body field`, `response field`.
    var fieldLabel: String
    var rootTypeChanged: Kind
    var fieldRemoved: Kind
    var fieldAdded: Kind
    var fieldTypeChanged: Kind
    var fieldRequiredChanged: Kind
    var fieldNullabilityChanged: Kind

    static let body = FieldVocabulary(
        isRequest: true, rootLabel: "body", fieldLabel: "body field", rootTypeChanged: .bodyTypeChanged,
        fieldRemoved: .bodyFieldRemoved, fieldAdded: .bodyFieldAdded, fieldTypeChanged: .bodyFieldTypeChanged,
        fieldRequiredChanged: .bodyFieldRequiredChanged, fieldNullabilityChanged: .bodyFieldNullabilityChanged)

    static func response(_ root: String = "response", fields: String = "response field") -> FieldVocabulary {
        FieldVocabulary(
            isRequest: false, rootLabel: root, fieldLabel: fields, rootTypeChanged: .responseTypeChanged,
            fieldRemoved: .responseFieldRemoved, fieldAdded: .responseFieldAdded,
            fieldTypeChanged: .responseFieldTypeChanged, fieldRequiredChanged: .responseFieldRequiredChanged,
            fieldNullabilityChanged: .responseFieldNullabilityChanged)
    }

    static func parameter(_ label: String) -> FieldVocabulary {
        var vocabulary = body
        vocabulary.rootLabel = label
        vocabulary.fieldLabel = label + " field"
        vocabulary.rootTypeChanged = .parameterTypeChanged
        return vocabulary
    }

    func label(_ path: String) -> String {
        path.isEmpty ? rootLabel : "\(fieldLabel) '\(path)'"
    }
}

/// A change found inside one operation or webhook, before it gets its subject.
struct FoundChange {
    var severity: SpecChange.Severity
    var kind: SpecChange.Kind
    var detail: String
}

/// Compares two types field by field, following references into both schema tables; a pair of
/// references already compared in this walk is not compared again (so cycles end).
struct FieldWalker {
    let old: SchemaTable
    let new: SchemaTable
    let vocabulary: FieldVocabulary
    private(set) var changes: [FoundChange] = []
    private var visited: Set<String> = []

    init(old: SchemaTable, new: SchemaTable, vocabulary: FieldVocabulary) {
        self.old = old
        self.new = new
        self.vocabulary = vocabulary
    }

    mutating func compare(_ before: TypeRef, _ after: TypeRef, path: String = "") {
        if case .reference(let a) = before, case .reference(let b) = after {
            guard visited.insert(a + "\u{0}" + b).inserted else { return }
        }
        guard old.signature(before) == new.signature(after) else {
            typeChanged(before, after, path: path)
            return
        }
        switch (old.resolve(before).type, new.resolve(after).type) {
        case (.object(let a), .object(let b)): compareObjects(a, b, path: path)
        case (.array(let a), .array(let b)): compare(a, b, path: path + "[]")
        case (.map(let a), .map(let b)): compare(a, b, path: path + "{}")
        case (.enumeration(let a), .enumeration(let b)): compareEnums(a, b, path: path)
        default: break
        }
    }

    /// A type that is not the same Swift shape any more. A union that only gains variants breaks
    /// no request (callers construct one of the variants they had) but breaks a response (an
    /// exhaustive `switch` over it misses the new case).
    private mutating func typeChanged(_ before: TypeRef, _ after: TypeRef, path: String) {
        let kind = path.isEmpty ? vocabulary.rootTypeChanged : vocabulary.fieldTypeChanged
        let (a, b) = (TypeBrief.describe(before), TypeBrief.describe(after))
        let label = vocabulary.label(path)
        switch (old.resolve(before).type, new.resolve(after).type) {
        // An array of a union that changed: the union's change, at its items.
        case (.array(let oldElement), .array(let newElement)):
            if case .union = old.resolve(oldElement).type, case .union = new.resolve(newElement).type {
                return typeChanged(oldElement, newElement, path: path + "[]")
            }
        case (.union(let oldUnion), .union(let newUnion)):
            let oldVariants = Set(oldUnion.variants.map { old.variantName($0) })
            let newVariants = Set(newUnion.variants.map { new.variantName($0) })
            let added = newVariants.subtracting(oldVariants).sorted()
            let removed = oldVariants.subtracting(newVariants).sorted()
            var parts: [String] = []
            if !added.isEmpty { parts.append("gains " + added.map { "`\($0)`" }.joined(separator: ", ")) }
            if !removed.isEmpty { parts.append("loses " + removed.map { "`\($0)`" }.joined(separator: ", ")) }
            let name = if case .reference(let name) = after { "`\(name)` " } else { "" }
            let detail =
                "\(label) union \(name)" + (parts.isEmpty ? "changes its variants" : parts.joined(separator: " and "))
            let breaking = !removed.isEmpty || !vocabulary.isRequest || added.isEmpty
            changes.append(FoundChange(severity: breaking ? .breaking : .additive, kind: kind, detail: detail))
            return
        default: break
        }
        let detail =
            "\(label) type "
            + (a == b ? "\(a): \(old.signature(before)) -> \(new.signature(after))" : "\(a) -> \(b)")
        changes.append(FoundChange(severity: .breaking, kind: kind, detail: detail))
    }

    private mutating func compareObjects(_ before: ObjectShape, _ after: ObjectShape, path: String) {
        let skip: (Property) -> Bool = { [vocabulary] in vocabulary.isRequest ? $0.readOnly : $0.writeOnly }
        let oldProperties = Dictionary(before.properties.filter { !skip($0) }.map { ($0.name, $0) }) { a, _ in a }
        let newProperties = Dictionary(after.properties.filter { !skip($0) }.map { ($0.name, $0) }) { a, _ in a }
        for name in oldProperties.keys.sorted() where newProperties[name] == nil {
            record(.breaking, vocabulary.fieldRemoved, "\(vocabulary.label(join(path, name))) removed")
        }
        for name in newProperties.keys.sorted() {
            let property = newProperties[name]!
            let fieldPath = join(path, name)
            guard let previous = oldProperties[name] else {
                added(property, path: fieldPath)
                continue
            }
            compareFlags(
                required: (previous.required, property.required),
                nullable: (nullable(previous, old), nullable(property, new)), path: fieldPath)
            compare(previous.type, property.type, path: fieldPath)
        }
    }

    private mutating func added(_ property: Property, path: String) {
        let type = TypeBrief.describe(property.type, nullable: nullable(property, new))
        let breaking = vocabulary.isRequest && property.required
        let detail = "\(vocabulary.label(path)) added (\(property.required ? "required" : "optional"), \(type))"
        record(breaking ? .breaking : .additive, vocabulary.fieldAdded, detail)
    }

    /// Required and nullability changes of a field or parameter that is in both specs.
    mutating func compareFlags(required: (Bool, Bool), nullable: (Bool, Bool), path: String) {
        let label = vocabulary.label(path)
        if required.0 != required.1 {
            // Requests break when a field becomes required, responses when one becomes optional.
            let breaking = vocabulary.isRequest == required.1
            let detail = "\(label) is now \(required.1 ? "required" : "optional")"
            record(breaking ? .breaking : .additive, vocabulary.fieldRequiredChanged, detail)
        }
        if nullable.0 != nullable.1 {
            // Requests break when null is no longer allowed, responses when it may now come back.
            let breaking = vocabulary.isRequest != nullable.1
            let detail = "\(label) \(nullable.1 ? "is now nullable" : "is no longer nullable")"
            record(breaking ? .breaking : .additive, vocabulary.fieldNullabilityChanged, detail)
        }
    }

    private mutating func compareEnums(_ before: EnumShape, _ after: EnumShape, path: String) {
        let oldValues = Set(before.values.map(\.text))
        let newValues = Set(after.values.map(\.text))
        let label = vocabulary.label(path)
        for value in oldValues.subtracting(newValues).sorted() {
            record(.breaking, .enumValueRemoved, "\(label) enum value '\(value)' removed")
        }
        for value in newValues.subtracting(oldValues).sorted() {
            record(.additive, .enumValueAdded, "\(label) enum value '\(value)' added")
        }
    }

    private func nullable(_ property: Property, _ table: SchemaTable) -> Bool {
        property.nullable || table.resolve(property.type).nullable
    }

    private func join(_ path: String, _ name: String) -> String {
        path.isEmpty ? name : path + "." + name
    }

    mutating func record(_ severity: SpecChange.Severity, _ kind: SpecChange.Kind, _ detail: String) {
        changes.append(FoundChange(severity: severity, kind: kind, detail: detail))
    }
}
