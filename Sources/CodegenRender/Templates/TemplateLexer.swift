import Foundation

/// One `{{...}}` tag of a template: its kind character (`#`, `^`, `/`, `>`, `&`, `!`, `%`, `=`, or
/// nil for a variable), its name and its 1-based position.
struct TemplateTag: Equatable, Sendable {
    var kind: Character?
    var name: String
    var line: Int
    var column: Int
}

/// A template's text cut into literal text and tags. A text piece holds at most one newline, at
/// its end, so the lines of the template are the runs of pieces up to each newline.
enum TemplateToken: Equatable, Sendable {
    case text(String)
    case tag(TemplateTag)
}

/// An error in a template's text, at a 1-based line and column.
struct TemplateSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    var line: Int
    var column: Int
    var message: String
    var description: String { "\(line):\(column): error: \(message)" }
}

/// Cuts template text into ``TemplateToken``s; `{{{name}}}` becomes a `&` tag.
enum TemplateLexer {
    static func tokens(_ text: String) throws(TemplateSyntaxError) -> [TemplateToken] {
        let bytes = Array(text.utf8)
        var tokens: [TemplateToken] = []
        var textStart = 0
        var index = 0
        var line = 1
        var lineStart = 0
        func flush(_ end: Int) {
            if end > textStart { tokens.append(.text(String(decoding: bytes[textStart..<end], as: UTF8.self))) }
            textStart = end
        }
        while index < bytes.count {
            if bytes[index] == newline {
                flush(index + 1)
                index += 1
                line += 1
                lineStart = index
            } else if bytes[index] == brace, index + 1 < bytes.count, bytes[index + 1] == brace {
                flush(index)
                let column = index - lineStart + 1
                let (tag, end) = try self.tag(bytes, at: index, line: line, column: column)
                for position in index..<end where bytes[position] == newline {
                    line += 1
                    lineStart = position + 1
                }
                tokens.append(.tag(tag))
                index = end
                textStart = end
            } else {
                index += 1
            }
        }
        flush(bytes.count)
        return tokens
    }

    /// The tag opening at `start` and the index just past its closing braces.
    private static func tag(_ bytes: [UInt8], at start: Int, line: Int, column: Int) throws(TemplateSyntaxError)
        -> (TemplateTag, Int)
    {
        var contentStart = start + 2
        let triple = contentStart < bytes.count && bytes[contentStart] == brace
        if triple { contentStart += 1 }
        guard let close = closing(bytes, from: contentStart) else {
            throw TemplateSyntaxError(line: line, column: column, message: "this tag is never closed with '}}'")
        }
        var end = close + 2
        if triple {
            guard end < bytes.count, bytes[end] == closingBrace else {
                throw TemplateSyntaxError(line: line, column: column, message: "'{{{' must be closed with '}}}'")
            }
            end += 1
        }
        var content = String(decoding: bytes[contentStart..<close], as: UTF8.self)
        var kind: Character? = triple ? "&" : nil
        if !triple, let first = content.first, "#^/&>!%=".contains(first) {
            kind = first
            content.removeFirst()
        }
        let name = content.trimmingCharacters(in: .whitespaces)
        return (TemplateTag(kind: kind, name: name, line: line, column: column), end)
    }

    /// The index of the `}}` that closes a tag whose content starts at `start`.
    private static func closing(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == closingBrace && bytes[index + 1] == closingBrace { return index }
            index += 1
        }
        return nil
    }

    private static let newline = UInt8(ascii: "\n")
    private static let brace = UInt8(ascii: "{")
    private static let closingBrace = UInt8(ascii: "}")
}

extension String {
    /// Whitespace only (spaces, tabs and line ends): what may share a line with a standalone tag.
    var isBlankLinePiece: Bool {
        utf8.allSatisfy { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }
    }
}
