/// A doc comment's text, from the spec: paragraphs (a description, a summary, a line the generator
/// adds) and an optional example. The lines are worked out when the declaration is rendered, and
/// the templates write each as `/// text` (a blank line as `///`).
struct DocComment: Sendable, Equatable {
    /// Texts separated by blank lines; a text with no words in it adds nothing.
    var paragraphs: [String]
    /// Shown as its own paragraph, `Example: \`...\``, when it is one short line.
    var example: String?

    init(_ text: String? = nil, example: String? = nil) {
        self.init(paragraphs: [text], example: example)
    }

    init(paragraphs: [String?], example: String? = nil) {
        self.paragraphs = paragraphs.compactMap { $0 }
        self.example = example
    }

    /// The comment's lines without the `///`, a blank line as `""`; trailing whitespace, blank lines
    /// at either end and runs of blank lines are dropped.
    var lines: [String] {
        var result: [String] = []
        for paragraph in paragraphs {
            let lines = Self.textLines(paragraph)
            guard !lines.isEmpty else { continue }
            if !result.isEmpty { result.append("") }
            result += lines
        }
        if let example, !example.isEmpty, example.utf8.count <= 200 || example.count <= 200, !example.utf8.contains(10)
        {
            if !result.isEmpty { result.append("") }
            let quoted = example.utf8.contains(96) ? example.replacingOccurrences(of: "`", with: "'") : example
            result.append("Example: `\(quoted)`")
        }
        return result
    }

    /// The lines as the templates take them.
    var lineViews: [DocLineView] { lines.map { DocLineView(text: $0.isEmpty ? nil : $0) } }

    private static func textLines(_ text: String) -> [String] {
        var result: [String] = []
        for line in splitLines(text).map(trimmingTrailingWhitespace) {
            if line.isEmpty, result.last == "" || result.isEmpty { continue }
            result.append(line)
        }
        while result.last == "" { result.removeLast() }
        return result
    }

    /// The lines of `text`, split at `\n` (a `\r\n` pair is one character, so it does not split).
    private static func splitLines(_ text: String) -> [Substring] {
        guard !text.utf8.contains(13) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// The line without trailing whitespace (spaces, tabs, carriage returns, any Unicode space).
    private static func trimmingTrailingWhitespace(_ line: Substring) -> String {
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

/// One line of a doc comment: `/// {{text}}`, or `///` alone for a blank line.
struct DocLineView: TemplateView {
    enum Key: String, CaseIterable { case text }
    let text: String?

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .text: presentOrFalse(text)
        }
    }
}
