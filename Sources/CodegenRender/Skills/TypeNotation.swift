import CodegenIR
import Foundation

/// The type notation of the skill documents (SKILLS-FORMAT.md, "Type notation"), and the schema
/// look-ups the tables need. Facts only: every row comes from the IR.
struct TypeNotation: Sendable {
    let references: TypeReferences

    init(model: APIModel) {
        references = TypeReferences(schemas: model.schemas)
    }

    /// `type` with references and single-variant unions followed, and whether `null` is allowed on the way.
    func resolve(_ type: TypeRef, depth: Int = 0) -> (type: TypeRef, nullable: Bool) {
        guard depth < TypeDepth.limit else { return (type, false) }
        switch type {
        case .reference:
            guard let target = references.resolve(type) else { return (.json, false) }
            let inner = resolve(target.type, depth: depth + 1)
            return (inner.type, inner.nullable || target.nullable)
        case .union(let shape):
            let variants = shape.significantVariants
            let hasNull = variants.count < shape.variants.count
            guard variants.count == 1 else { return (type, hasNull) }
            let inner = resolve(variants[0], depth: depth + 1)
            return (inner.type, inner.nullable || hasNull)
        case .enumeration(let shape):
            return (type, shape.includesNull)
        default:
            return (type, false)
        }
    }

    /// The object shape behind a type, if it is one.
    func objectShape(_ type: TypeRef) -> ObjectShape? {
        if case .object(let shape) = resolve(type).type, !shape.properties.isEmpty { return shape }
        return nil
    }

    // MARK: - Response and webhook notation

    /// `string | null`, `enum: 1, 2, 2010-04-01`, `array[string]`, `uuid`, `url`, `object`.
    func responseType(_ type: TypeRef, nullable: Bool = false) -> String {
        let (resolved, resolvedNullable) = resolve(type)
        let base = responseBase(resolved)
        return nullable || resolvedNullable ? base + " | null" : base
    }

    private func responseBase(_ type: TypeRef, depth: Int = 0) -> String {
        switch type {
        case .primitive(let primitive, let format):
            guard primitive == .string else { return primitive.rawValue }
            switch format {
            case "uuid": return "uuid"
            case "date-time": return "date-time"
            case "date": return "date"
            case "uri", "url": return "url"
            default: return "string"
            }
        case .enumeration(let shape):
            return "enum: " + shape.values.map(\.text).joined(separator: ", ")
        case .array(let element):
            let (inner, _) = resolve(element)
            switch inner {
            case .json, .null: return "array"
            case .primitive(let primitive, _): return "array[\(primitive.rawValue)]"
            case .enumeration(let shape): return "array[\(Self.enumBase(shape))]"
            case .array: return "array[array]"
            default: return "array[object]"
            }
        case .union(let shape):
            var parts: [String] = []
            for variant in shape.significantVariants where depth < 4 {
                let text = responseBase(resolve(variant).type, depth: depth + 1)
                if !parts.contains(text) { parts.append(text) }
            }
            return parts.isEmpty ? "object" : parts.joined(separator: " | ")
        case .object, .map, .json, .reference: return "object"
        case .null: return "null"
        }
    }

    private static func enumBase(_ shape: EnumShape) -> String {
        switch shape.kind {
        case .integer: "integer"
        case .number: "number"
        case .boolean: "boolean"
        case .string, .mixed: "string"
        }
    }

    // MARK: - Parameter notation

    /// `string (E.164)`, `string (UUID)`, `enum (SMS, MMS)`, `array[enum (sms, mms)]`, `array[string]`,
    /// `boolean`, `object`.
    func parameterType(_ type: TypeRef, nullable: Bool = false, extendedFormat: String? = nil) -> String {
        let (resolved, resolvedNullable) = resolve(type)
        var base: String
        switch resolved {
        case .primitive(.string, let format):
            if let extendedFormat, extendedFormat.uppercased().replacingOccurrences(of: ".", with: "").contains("E164")
            {
                base = "string (E.164)"
            } else {
                switch format {
                case "uuid": base = "string (UUID)"
                case "uri", "url": base = "string (URL)"
                case "date-time": base = "string (date-time)"
                case "date": base = "string (date)"
                default: base = "string"
                }
            }
        case .enumeration(let shape):
            base = Self.enumParameter(shape)
        case .array(let element):
            // An array of enum values takes the enum's cases in Swift (`features: [.sms]`).
            guard case .enumeration(let shape) = resolve(element).type else { fallthrough }
            base = "array[\(Self.enumParameter(shape))]"
        default:
            base = responseBase(resolved)
        }
        return nullable || resolvedNullable ? base + " | null" : base
    }

    private static func enumParameter(_ shape: EnumShape) -> String {
        "enum (" + shape.values.map(\.text).joined(separator: ", ") + ")"
    }

    // MARK: - Flattening

    /// One row of a flattened payload: `data.payload.id`.
    struct FlatField {
        var path: String
        var type: String
        var description: String?
    }

    /// Every leaf path of an object type, objects followed up to a few levels deep.
    func flatten(_ type: TypeRef, prefix: String = "", depth: Int = 0, limit: Int = 400) -> [FlatField] {
        guard let shape = objectShape(type) else { return [] }
        var rows: [FlatField] = []
        for property in shape.properties {
            guard rows.count < limit else { break }
            let path = prefix.isEmpty ? property.name : prefix + "." + property.name
            if depth < 4, objectShape(property.type) != nil {
                rows += flatten(property.type, prefix: path, depth: depth + 1, limit: limit - rows.count)
            } else {
                rows.append(
                    FlatField(
                        path: path, type: responseType(property.type, nullable: property.nullable),
                        description: property.description))
            }
        }
        return rows
    }

    // MARK: - Text

    /// The first sentence, cut to 60 characters plus `...`; pipes and line breaks made table-safe.
    static func shortDescription(_ text: String?, limit: Int = 60) -> String {
        guard var line = firstSentence(text) else { return "" }
        if line.count > limit { line = String(line.prefix(limit)).trimmingCharacters(in: .whitespaces) + "..." }
        return tableSafe(line)
    }

    /// Escapes `|` for Markdown tables.
    static func tableSafe(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "|")) else { return text }
        return text.replacingOccurrences(of: "|", with: "\\|")
    }
}

extension TypeNotation {
    /// The first sentence of a description, on one line; nil when there is none.
    static func firstSentence(_ text: String?) -> String? {
        guard let text else { return nil }
        // Only the first line matters; scan bytes rather than splitting the whole text.
        let bytes = Array(text.utf8.prefix { $0 != 10 && $0 != 13 })
        var end = bytes.count
        for index in bytes.indices.dropLast() where bytes[index] == UInt8(ascii: ".") && bytes[index + 1] == 32 {
            end = index + 1
            break
        }
        var slice = bytes[..<end]
        while let first = slice.first, first == 32 || first == 9 { slice.removeFirst() }
        while let last = slice.last, last == 32 || last == 9 { slice.removeLast() }
        var line = String(decoding: slice, as: UTF8.self)
        // Other Unicode spaces (no-break space, ...) are trimmed too, the slow way.
        if let first = slice.first, let last = slice.last, first >= 0x80 || last >= 0x80 {
            line = line.trimmingCharacters(in: .whitespaces)
        }
        return line.isEmpty ? nil : line
    }
}
