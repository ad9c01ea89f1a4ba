/// Doc comment lines (`/// ...`) from spec descriptions.
enum DocComment {
    /// The lines of `text` as `///` comments; blank lines inside stay as `///`, trailing blanks go.
    static func lines(_ text: String?, example: String? = nil) -> [String] {
        var result: [String] = []
        if let text {
            let raw = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                String(line.replacingOccurrences(of: "\r", with: "").reversed().drop(while: \.isWhitespace).reversed())
            }
            for line in raw {
                if line.isEmpty, result.last == "///" || result.isEmpty { continue }
                result.append(line.isEmpty ? "///" : "/// " + line)
            }
            while result.last == "///" { result.removeLast() }
        }
        if let example, !example.isEmpty, example.count <= 200, !example.contains("\n") {
            if !result.isEmpty { result.append("///") }
            result.append("/// Example: `\(example.replacingOccurrences(of: "`", with: "'"))`")
        }
        return result
    }
}
