/// The word splitter every generated name starts from (type, property, method and file names).
public enum NameWords {
    /// Words written in capitals (or their usual mixed case) after the first word of every name, as the
    /// Swift API Design Guidelines ask for acronyms: `webhookURL`, `callControlID`, `AIAssistantsResource`,
    /// `TelnyxIoT`. The one table for identifiers, files and modules.
    public static let acronyms: [String: String] = [
        "10dlc": "10DLC", "ai": "AI", "api": "API", "csv": "CSV", "dtmf": "DTMF", "id": "ID", "ids": "IDs",
        "iot": "IoT", "ip": "IP", "ips": "IPs", "json": "JSON", "llm": "LLM", "loa": "LOA", "mcc": "MCC",
        "mccs": "MCCs", "mcp": "MCP", "mms": "MMS",
        "http": "HTTP", "https": "HTTPS", "oauth": "OAuth", "sim": "SIM", "sims": "SIMs", "sip": "SIP", "sms": "SMS",
        "texml": "TeXML", "tts": "TTS", "twiml": "TwiML", "uri": "URI", "uris": "URIs", "url": "URL", "urls": "URLs",
        "uuid": "UUID", "uuids": "UUIDs", "webrtc": "WebRTC", "xml": "XML",
    ]

    /// A word after the first of a camel-case name, the one rule for every identifier, file and
    /// module name: its acronym form (`api` → `API`, `Iot` → `IoT`), an all-caps word as a word
    /// (`ACTIVE` → `Active`), any other word with its first letter in capitals and the rest as written
    /// (`profiles` → `Profiles`, `MDRs` → `MDRs`).
    public static func capitalized(_ word: String) -> String {
        let lower = word.lowercased()
        if let acronym = acronyms[lower] { return acronym }
        let kept = word == word.uppercased() ? lower : word
        return kept.prefix(1).uppercased() + kept.dropFirst()
    }

    /// lowerCamelCase of `words`: the first word in lower case (``leadingWord(_:)``), the others
    /// ``capitalized(_:)``.
    public static func lowerCamel(_ words: [String]) -> String {
        guard let first = words.first else { return "" }
        return leadingWord(first) + words.dropFirst().map(capitalized).joined()
    }

    /// The first word of a lowerCamelCase name in lower case; a run of capitals that starts a word
    /// (`SIPRefer`, `DTMFTool`) keeps its last capital for the word it begins: `sipRefer`, `dtmfTool`.
    /// A plural acronym (`MDRs`) and a word of the table (`OAuth`) are lowered whole.
    static func leadingWord(_ word: String) -> String {
        let lower = word.lowercased()
        let capitals = word.prefix { $0.isUppercase }.count
        let tail = word.dropFirst(capitals)
        guard capitals >= 2, !tail.isEmpty, tail != "s", acronyms[lower] == nil else { return lower }
        return String(lower.prefix(capitals - 1)) + word.dropFirst(capitals - 1)
    }

    /// A word after the first as the API's own names write it, for every language to spell: the
    /// first letter in capitals, the rest as written (an all-caps word in lower case), no acronym table.
    public static func plainCapitalized(_ word: String) -> String {
        let kept = word == word.uppercased() ? word.lowercased() : word
        return kept.prefix(1).uppercased() + kept.dropFirst()
    }

    /// lowerCamelCase of `words` without the acronym table (`alphanumericSenderIds`).
    public static func plainLowerCamel(_ words: [String]) -> String {
        guard let first = words.first else { return "" }
        return leadingWord(first) + words.dropFirst().map(plainCapitalized).joined()
    }

    /// UpperCamelCase of `words` without the acronym table (`AlphanumericSenderIds`).
    public static func plainUpperCamel(_ words: [String]) -> String {
        words.map(plainCapitalized).joined()
    }

    /// UpperCamelCase of `words`: every word ``capitalized(_:)``.
    public static func upperCamel(_ words: [String]) -> String {
        words.map(capitalized).joined()
    }

    /// Words of a name split at non-alphanumerics (`_`, `-`, `.`, spaces, other symbols) and at
    /// lower→upper (or digit→upper) case changes: `aiVoices_v2` → `ai`, `Voices`, `v2`.
    public static func split(_ text: String) -> [String] {
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

    /// ``split(_:)`` for ASCII text, classifying bytes instead of Unicode characters (names are
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
}
