/// Swift source literals.
enum SwiftLiteral {
    /// A double-quoted Swift string literal with `"`, `\` and control characters escaped.
    static func string(_ text: String) -> String {
        // Most texts need no escape: copy them whole.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `["a", "b"]`.
    /// The text between the quotes of ``string(_:)``: for a literal the template quotes.
    static func escaped(_ text: String) -> String {
        String(string(text).dropFirst().dropLast())
    }

    static func stringArray(_ items: [String]) -> String {
        "[" + items.map(string).joined(separator: ", ") + "]"
    }
}

extension SwiftLiteral {
    /// The `#`s a raw string literal holding `text` needs: one more than the longest run of `#`
    /// after a `"` or a `\` in it, so neither ends the literal nor starts an escape.
    static func rawDelimiter(for text: String) -> String {
        var longest = 0
        var run = -1  // -1: not after a quote or backslash
        for byte in text.utf8 {
            if byte == UInt8(ascii: "#"), run >= 0 {
                run += 1
                longest = max(longest, run)
            } else {
                run = byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") ? 0 : -1
            }
        }
        return String(repeating: "#", count: longest + 1)
    }
}
