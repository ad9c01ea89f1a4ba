import Foundation

extension SchemaMember {
    /// A model's members from a compact description, one per line: the wire name, `: `, the type, and
    /// `!` when decoding requires the member (required members first); a last line `...` allows
    /// members the spec does not list. A type is a scalar (`String`, `Int`, `Int64`, `Double`,
    /// `Float`, `Bool`, `Date`, `UUID`, `URL`, `Data`, `JSONValue`), `$n` (the n-th of `types`),
    /// `[T]`, `[String: T]` or `Nullable<T>`. Generated models use it: a text costs the compiler far
    /// less than a list of calls. Read once per model, when the model is first decoded.
    public static func table(_ description: String, _ types: any JSONConvertible.Type...) -> [SchemaMember] {
        description.split(separator: "\n").map { line in
            guard line != "..." else { return .othersAllowed }
            guard let colon = line.range(of: ": ") else { return .optional(String(line), JSONValue.self) }
            var type = line[colon.upperBound...]
            let required = type.last == "!"
            if required { type = type.dropLast() }
            let resolved = memberType(type, types)
            let key = String(line[..<colon.lowerBound])
            return required ? .required(key, resolved) : .optional(key, resolved)
        }
    }

    private static let scalars: [Substring: any JSONConvertible.Type] = [
        "String": String.self, "Int": Int.self, "Int32": Int32.self, "Int64": Int64.self, "Double": Double.self,
        "Float": Float.self, "Bool": Bool.self, "Date": Date.self, "UUID": UUID.self, "URL": URL.self,
        "Data": Data.self, "JSONValue": JSONValue.self,
    ]

    /// The type a description names; `JSONValue` (anything fits) for one it does not know.
    static func memberType(_ text: Substring, _ types: [any JSONConvertible.Type]) -> any JSONConvertible.Type {
        if let scalar = scalars[text] { return scalar }
        if text.first == "$", let index = Int(text.dropFirst()), types.indices.contains(index) { return types[index] }
        if text.hasPrefix("[String: "), text.last == "]" {
            return dictionary(of: memberType(text.dropFirst(9).dropLast(), types))
        }
        if text.first == "[", text.last == "]" { return array(of: memberType(text.dropFirst().dropLast(), types)) }
        if text.hasPrefix("Nullable<"), text.last == ">" {
            return nullable(of: memberType(text.dropFirst(9).dropLast(), types))
        }
        return JSONValue.self
    }

    private static func array<T: JSONConvertible>(of _: T.Type) -> any JSONConvertible.Type { [T].self }
    private static func dictionary<T: JSONConvertible>(of _: T.Type) -> any JSONConvertible.Type { [String: T].self }
    private static func nullable<T: JSONConvertible>(of _: T.Type) -> any JSONConvertible.Type { Nullable<T>.self }
}
