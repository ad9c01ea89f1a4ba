import CodegenIR
import PluginsShared

/// The one place that turns spec names into Swift identifiers.
public enum SwiftNames {
    /// Words Swift reserves; used as identifiers they need backticks.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default",
        "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "as", "Any", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "await", "async", "some", "any", "consume", "copy", "discard", "each", "borrowing", "consuming",
    ]

    /// Type names that would shadow the standard library, Foundation or the runtime inside the module.
    static let reservedTypeNames: Set<String> = [
        "Error", "Type", "Protocol", "Self", "Any", "AnyObject", "String", "Int", "Double", "Float", "Bool", "Data",
        "Date", "URL", "UUID", "Result", "Optional", "Array", "Dictionary", "Set", "Codable", "Decodable",
        "Encodable", "Decoder", "Encoder", "Sendable", "Hashable", "Equatable", "Never", "Void", "Character",
        "Collection", "Sequence", "Range", "Task", "Duration", "Locale", "TimeZone", "Calendar", "Measurement",
        "JSONValue", "JSONObject", "JSONModel", "Nullable", "APIClient", "APIRequest", "APIResponse", "Page",
        "PageSequence", "ItemSequence", "RequestOptions", "TelnyxError", "TelnyxClient", "TelnyxConfiguration",
        "OpenEnum", "WebhookVerifier", "Webhooks", "WebhookEvent", "Foundation", "Telnyx", "TelnyxRuntime",
        "Operation", "Resource", "Message", "Element", "Key", "Value", "Content", "Object", "Number", "Metadata",
    ]

    /// Words of a spec name (split at `_`, `-`, `.`, spaces, other symbols and case changes).
    static func words(_ text: String) -> [String] {
        NameWords.split(text)
    }

    /// `MessagingProfile` stays; `phone_number` → `PhoneNumber`; `10dlc` → `_10dlc`; reserved names get a `Model` suffix.
    public static func typeName(_ raw: String) -> String {
        let name = plainTypeName(raw)
        return reservedTypeNames.contains(name) ? name + NameSuffix.reservedType : name
    }

    /// ``typeName(_:)`` without the reserved-name suffix: callers choose their own. A name already in
    /// UpperCamelCase keeps its spelling but for acronyms (`WebhookApiVersion` → `WebhookAPIVersion`).
    static func plainTypeName(_ raw: String) -> String {
        var name =
            isIdentifier(raw) && raw.first!.isUppercase
            ? words(raw).map(spellingAcronym).joined() : upperCamel(raw)
        if name.isEmpty { name = "Unnamed" }
        if name.first!.isNumber { name = "_" + name }
        return name
    }

    /// A word of an UpperCamelCase name with its acronym spelled from the table: `Api` → `API`, and
    /// a run of capitals that ends in one, `AUId` → `AUID`.
    static func spellingAcronym(_ word: String) -> String {
        if let acronym = NameWords.acronyms[word.lowercased()] { return acronym }
        let capitals = word.prefix { $0.isUppercase }
        guard capitals.count >= 2, capitals.count < word.count,
            let acronym = NameWords.acronyms[word.dropFirst(capitals.count - 1).lowercased()]
        else { return word }
        return capitals.dropLast() + acronym
    }

    /// `messaging_profile_id` → `messagingProfileId`; keywords come back in backticks.
    public static func memberName(_ raw: String) -> String {
        var name = lowerCamel(raw)
        if name.isEmpty { name = "value" }
        if name.first!.isNumber { name = "_" + name }
        return escaped(name)
    }

    /// ``memberName(_:)``, with `Value` added to names in `reserved` (compared without backticks).
    public static func memberName(_ raw: String, avoiding reserved: Set<String>) -> String {
        avoiding(memberName(raw), reserved)
    }

    /// A Swift name with ``NameSuffix/value`` added when `reserved` holds it (compared without
    /// backticks): `rawValue` → `rawValueValue`. The one place of that rule.
    static func avoiding(_ name: String, _ reserved: Set<String>) -> String {
        let bare = unescaped(name)
        return reserved.contains(bare) ? bare + NameSuffix.value : name
    }

    /// The argument label of a body field passed as a method argument: its own name, or, when a
    /// path, query or header parameter (or `options:`) already has that label, `body` + the name
    /// (`callControlID` → `bodyCallControlID` beside the path's `callControlID`).
    static func bodyFieldLabel(_ name: String, besides taken: Set<String>) -> String {
        let bare = unescaped(name)
        guard taken.contains(bare) else { return name }
        return unique(lowerCamel((["body"] + words(bare)).joined(separator: "_")), in: taken)
    }

    /// A method name from the IR (the API's name, no language's spelling) as Swift spells it:
    /// acronyms in capitals (`listAlphanumericSenderIds` → `listAlphanumericSenderIDs`), a valid
    /// identifier (`2faEmail` → `_2faEmail`).
    public static func methodName(_ raw: String) -> String {
        memberName(raw)
    }

    /// An enum case for a literal value: `long-code` → `longCode`, `2010-04-01` → `_2010_04_01`, `` → `empty`.
    public static func caseName(_ value: String) -> String {
        if value.isEmpty { return "empty" }
        let parts = words(value)
        if parts.isEmpty { return "symbol" + String(value.unicodeScalars.map { String($0.value) }.joined()) }
        if parts[0].first!.isNumber {
            return "_" + parts.joined(separator: "_")
        }
        return escaped(lowerCamel(value))
    }

    /// The name without surrounding backticks.
    public static func unescaped(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }

    /// Backticks around a keyword.
    public static func escaped(_ name: String) -> String {
        keywords.contains(name) || name == "Type" || name == "Protocol" ? "`\(name)`" : name
    }

    static func upperCamel(_ raw: String) -> String {
        NameWords.upperCamel(words(raw))
    }

    static func lowerCamel(_ raw: String) -> String {
        NameWords.lowerCamel(words(raw))
    }

    static func isIdentifier(_ text: String) -> Bool {
        func letter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) || byte == 95 }
        guard let first = text.utf8.first, letter(first) else { return false }
        return text.utf8.allSatisfy { letter($0) || (48...57).contains($0) }
    }

    /// `name`, or `name2`, `name3`, ... — the first not in `taken`.
    static func unique(_ name: String, in taken: Set<String>) -> String {
        guard taken.contains(name) else { return name }
        var suffix = 2
        let base = name.hasSuffix("`") ? String(name.dropFirst().dropLast()) : name
        while taken.contains("\(base)\(suffix)") { suffix += 1 }
        return "\(base)\(suffix)"
    }
}
