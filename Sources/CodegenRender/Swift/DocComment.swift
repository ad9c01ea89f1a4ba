/// Doc comment lines (`/// ...`) from spec descriptions.
enum DocComment {
    /// The lines of `text` as `///` comments; blank lines inside stay as `///`, trailing blanks go.
    static func lines(_ text: String?, example: String? = nil) -> [String] {
        var result: [String] = []
        if let text {
            let raw = text.split(separator: "\n", omittingEmptySubsequences: false).map(trimmingTrailingWhitespace)
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

    /// The lines as one block, each indented by `indent` spaces; nil when there are none. Views store
    /// `false` instead of nil, so a Mustache section does not fall back to an outer `doc`.
    static func block(_ lines: [String], indent: Int = 0) -> String? {
        guard !lines.isEmpty else { return nil }
        let prefix = String(repeating: " ", count: indent)
        return lines.map { prefix + $0 }.joined(separator: "\n")
    }

    /// The line without trailing spaces, tabs and carriage returns.
    static func trimmingTrailingWhitespace(_ line: Substring) -> String {
        var end = line.endIndex
        while end > line.startIndex {
            let before = line.index(before: end)
            guard line[before].isWhitespace else { break }
            end = before
        }
        return String(line[line.startIndex..<end])
    }
}
