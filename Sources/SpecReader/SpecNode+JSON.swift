extension SpecNode {
    /// The node as compact JSON text, keys in document order. Plain scalars become numbers,
    /// booleans or null when they read as such; everything else is a string.
    public var jsonText: String {
        var output = ""
        _ = appendJSON(to: &output, limit: .max)
        return output
    }

    /// The JSON text, or nil as soon as it grows past `limit` UTF-8 bytes (so a node that aliases
    /// expand into millions of values costs no more than `limit` to reject).
    public func jsonText(limit: Int) -> String? {
        var output = ""
        return appendJSON(to: &output, limit: limit) ? output : nil
    }

    /// Appends the node; false once the output is longer than `limit`.
    private func appendJSON(to output: inout String, limit: Int) -> Bool {
        switch value {
        case .scalar(let text, let style):
            if style == .plain, let literal = Self.jsonLiteral(text) {
                output += literal
            } else {
                Self.appendQuoted(text, to: &output)
            }
        case .sequence(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                guard item.appendJSON(to: &output, limit: limit) else { return false }
            }
            output += "]"
        case .mapping(let entries):
            output += "{"
            for (index, entry) in entries.enumerated() {
                if index > 0 { output += "," }
                Self.appendQuoted(entry.key, to: &output)
                output += ":"
                guard entry.value.appendJSON(to: &output, limit: limit) else { return false }
            }
            output += "}"
        }
        return output.utf8.count <= limit
    }

    private static func jsonLiteral(_ text: String) -> String? {
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
