extension ModelView {
    /// The `SchemaMember.table` of a model: one line per member (`id: String!`, `status: $0`, `tags:
    /// [String]`; `!` when decoding requires it, required members first; `...` when the spec allows
    /// members it does not list) and the named types the lines refer to as `$n`. Text, not a list
    /// of calls: it costs the compiler next to nothing.
    final class SchemaTable: TemplateView {
        enum Key: String, CaseIterable { case lines, types }
        /// Scalar types the runtime's table reads by name.
        static let scalars: Set<String> = [
            "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Date", "UUID", "URL", "Data", "JSONValue",
        ]
        let lines: [String]
        let types: [String]

        init(_ model: ModelDeclaration) {
            var lines: [String] = []
            var types: [String] = []
            var othersAllowed = model.allowsUnlistedMembers
            for property in model.schemaMembers {
                // A wire name the table cannot hold is left out, and unlisted members are then allowed.
                guard Self.fits(property.wireName) else {
                    othersAllowed = true
                    continue
                }
                let type = Self.notation(property.type, &types)
                lines.append("\(property.wireName): \(type)\(property.decodedAsRequired ? "!" : "")")
            }
            if othersAllowed { lines.append("...") }
            self.lines = lines
            self.types = types
        }

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .lines: lines
            case .types: types
            }
        }

        /// A name that reads back unchanged from a line of a multi-line string literal.
        static func fits(_ name: String) -> Bool {
            guard let first = name.first, let last = name.last, name != "...", !first.isWhitespace, !last.isWhitespace
            else { return false }
            var previous: UInt8 = 0
            for byte in name.utf8 {
                switch byte {
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\\"), UInt8(ascii: "\""): return false
                case UInt8(ascii: " ") where previous == UInt8(ascii: ":"): return false
                default: previous = byte
                }
            }
            return true
        }

        /// `type` as the table writes it; a named type that is not a scalar becomes `$n`, added to `types`.
        private static func notation(_ type: SwiftType, _ types: inout [String]) -> String {
            switch type {
            case .named(let name) where scalars.contains(name.description): return name.description
            case .array(let element): return "[\(notation(element, &types))]"
            case .dictionary(let value): return "[String: \(notation(value, &types))]"
            case .optional(let wrapped): return notation(wrapped, &types)
            case .generic("Nullable", let wrapped): return "Nullable<\(notation(wrapped, &types))>"
            default:
                let name = type.description
                if let index = types.firstIndex(of: name) { return "$\(index)" }
                types.append(name)
                return "$\(types.count - 1)"
            }
        }
    }
}
