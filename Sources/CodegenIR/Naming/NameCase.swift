/// Case conversions for resource and method names: `phone_numbers` → `phoneNumbers`,
/// `alphanumeric_sender_ids` → `alphanumericSenderIDs`.
public enum NameCase {
    /// Words of a name split at `_`, `-`, `.`, spaces and lower→upper case changes.
    public static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 128 }) { return asciiWords(text) }
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if !(character.isLetter || character.isNumber) {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else if character.isUppercase, let previous, previous.isLowercase || previous.isNumber {
                words.append(current)
                current = String(character)
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// ``words(_:)`` for ASCII text, classifying bytes instead of Unicode characters (names are
    /// almost always ASCII, and this runs for every name in the spec).
    static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previous: UInt8 = 0
        func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
        func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        for byte in text.utf8 {
            if !(isLower(byte) || isUpper(byte) || isDigit(byte)) {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            } else if isUpper(byte), isLower(previous) || isDigit(previous) {
                words.append(String(decoding: current, as: UTF8.self))
                current = [byte]
            } else {
                current.append(byte)
            }
            previous = byte
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// Words written in capitals after the first word of a name, as the Swift API Design
    /// Guidelines ask for acronyms: `webhookURL`, `callControlID`, `alphanumericSenderIDs`.
    public static let acronyms: [String: String] = [
        "api": "API", "id": "ID", "ids": "IDs", "ip": "IP", "ips": "IPs", "json": "JSON", "mms": "MMS",
        "http": "HTTP", "https": "HTTPS", "sip": "SIP", "sms": "SMS", "uri": "URI", "uris": "URIs", "url": "URL",
        "urls": "URLs", "uuid": "UUID", "uuids": "UUIDs", "xml": "XML",
    ]

    /// A word after the first of a camel-case name: its acronym form, or capitalized.
    public static func capitalizedWord(_ lower: String) -> String {
        acronyms[lower] ?? lower.prefix(1).uppercased() + lower.dropFirst()
    }

    /// lowerCamelCase with acronyms in capitals after the first word (``acronyms``).
    public static func lowerCamel(_ text: String) -> String {
        camel(words(text), upperFirst: false)
    }

    /// UpperCamelCase with acronyms in capitals (``acronyms``).
    public static func upperCamel(_ text: String) -> String {
        camel(words(text), upperFirst: true)
    }

    static func camel(_ words: [String], upperFirst: Bool) -> String {
        var result = ""
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            result += index == 0 && !upperFirst ? lower : capitalizedWord(lower)
        }
        return result
    }
}
