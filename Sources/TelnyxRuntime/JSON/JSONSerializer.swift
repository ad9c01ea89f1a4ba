import Foundation

/// Writes ``JSONValue`` as compact JSON text with sorted object keys.
struct JSONSerializer {
    private(set) var output: [UInt8] = []

    mutating func write(_ value: JSONValue) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .integer(let number): append(String(number))
        case .number(let number): append(number.description)
        case .string(let text): writeString(text)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                write(element)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (position, key) in members.keys.sorted().enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                writeString(key)
                output.append(UInt8(ascii: ":"))
                write(members[key]!)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Formats a double as JSON: `null` for non-finite values; integral values within ±2^53
    /// without a fraction (`18`, `-0`); the shortest text that round-trips otherwise (`2.5`).
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number.rounded(.towardZero) == number, number.magnitude <= 9_007_199_254_740_992 {
            if number == 0 { return number.sign == .minus ? "-0" : "0" }
            return String(Int64(number))
        }
        return "\(number)"
    }

    private mutating func append(_ text: String) { output.append(contentsOf: text.utf8) }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ text: String) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0x00..<0x20:
                append("\\u00")
                output.append(Self.hex[Int(byte >> 4)])
                output.append(Self.hex[Int(byte & 0x0F)])
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

/// JSON parsing, serialization and the date formats used on the wire.
public enum TelnyxJSON {
    /// Parses JSON text (UTF-8) into a ``JSONValue``.
    /// - Throws: ``JSONConversionError`` when the text is not valid JSON.
    public static func parse(_ data: Data) throws -> JSONValue {
        try JSONParser.parse(data)
    }

    /// Parses JSON text into a ``JSONValue``.
    /// - Throws: ``JSONConversionError`` when the text is not valid JSON.
    public static func parse(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Data(text.utf8))
    }

    /// Serializes a value as compact UTF-8 JSON with sorted object keys.
    public static func serialize(_ value: JSONValue) -> Data {
        var serializer = JSONSerializer()
        serializer.write(value)
        return Data(serializer.output)
    }

    /// Serializes a value as compact JSON text with sorted object keys.
    public static func serializeToString(_ value: JSONValue) -> String {
        var serializer = JSONSerializer()
        serializer.write(value)
        return String(decoding: serializer.output, as: UTF8.self)
    }
}
