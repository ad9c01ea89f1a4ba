/// Doc comment lines (`/// ...`) from spec descriptions.
enum DocComment {
    /// The lines of `text` as `///` comments; blank lines inside stay as `///`, trailing blanks go.
    static func lines(_ text: String?, example: String? = nil) -> [String] {
        var result: [String] = []
        if let text {
            let raw = splitLines(text).map(trimmingTrailingWhitespace)
            for line in raw {
                if line.isEmpty, result.last == "///" || result.isEmpty { continue }
                result.append(line.isEmpty ? "///" : "/// " + line)
            }
            while result.last == "///" { result.removeLast() }
        }
        if let example, !example.isEmpty, example.utf8.count <= 200 || example.count <= 200, !example.utf8.contains(10)
        {
            if !result.isEmpty { result.append("///") }
            let quoted = example.utf8.contains(96) ? example.replacingOccurrences(of: "`", with: "'") : example
            result.append("/// Example: `\(quoted)`")
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

    /// The lines of `text`, split at `\n` (a `\r\n` pair is one character, so it does not split).
    static func splitLines(_ text: String) -> [Substring] {
        guard !text.utf8.contains(13) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// The line without trailing whitespace (spaces, tabs, carriage returns, any Unicode space).
    static func trimmingTrailingWhitespace(_ line: Substring) -> String {
        var end = line.utf8.endIndex
        while end > line.utf8.startIndex {
            let before = line.utf8.index(before: end)
            let byte = line.utf8[before]
            guard byte < 0x80 else { return trimmingTrailingCharacters(line[..<end]) }
            guard byte == 32 || (9...13).contains(byte) else { break }
            end = before
        }
        return String(line[..<end])
    }

    private static func trimmingTrailingCharacters(_ line: Substring) -> String {
        var end = line.endIndex
        while end > line.startIndex {
            let before = line.index(before: end)
            guard line[before].isWhitespace else { break }
            end = before
        }
        return String(line[line.startIndex..<end])
    }
}
