extension SpecNode {
    /// What a plain scalar is in JSON: `null`, `true`, `false` or the number's text; nil for a string.
    public static func jsonLiteral(_ text: String) -> String? {
        if isNullText(text) { return "null" }
        switch text {
        case "true", "True", "TRUE": return "true"
        case "false", "False", "FALSE": return "false"
        default: break
        }
        if Int(text) != nil { return text }
        if let number = Double(text), number.isFinite, text.first != "." {
            return text.contains(where: { $0 == "e" || $0 == "E" || $0 == "." }) ? text : String(number)
        }
        return nil
    }

    /// The length in UTF-8 bytes of `text` as a JSON string literal.
    public static func quotedLength(_ text: String) -> Int {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return text.utf8.count + 2
        }
        var output = ""
        appendQuoted(text, to: &output)
        return output.utf8.count
    }

    /// Appends `text` as a JSON string literal.
    public static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        // Most text needs no escape: append it whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
