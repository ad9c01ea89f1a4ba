import CodegenIR

/// What a method's `- Parameters:` section says of one argument, from the spec's facts alone (the
/// repository holds none of its prose): the wire name, the format, the allowed values, the default
/// and whether it is required — `` `media_urls` in the body, format `url`; optional. ``
struct ArgumentFacts: Sendable, Equatable {
    var wireName: String
    var format: String?
    /// The listed values, when the spec lists a few (up to ``shownValues``).
    var allowed: [String] = []
    /// The default, as the spec writes it (JSON text).
    var defaultValue: String?
    /// The first sentence of the spec's description, when it has one.
    var summary: String?

    static let shownValues = 8

    init(wireName: String, type: TypeRef, format: String?, defaultValue: SpecJSON?, description: String?) {
        self.wireName = wireName
        self.format = format ?? Self.format(of: type)
        if case .enumeration(let shape) = type, shape.values.count <= Self.shownValues {
            allowed = shape.values.map(\.text)
        }
        self.defaultValue = defaultValue?.text
        summary = TypeNotation.firstSentence(description)
    }

    private static func format(of type: TypeRef) -> String? {
        switch type {
        case .primitive(_, let format): format
        case .array(let element): format(of: element)
        default: nil
        }
    }

    /// One line: the summary, then where the value goes (`in the path`, `in the query`, `as a header`,
    /// `in the body`), the facts, and required or optional.
    func text(location: String, required: Bool) -> String {
        var facts = ["`\(wireName)` \(location)"]
        if let format { facts.append("format `\(format)`") }
        if !allowed.isEmpty { facts.append("one of " + allowed.map { "`\($0)`" }.joined(separator: ", ")) }
        if let defaultValue { facts.append("the API's default `\(defaultValue)`") }
        facts.append(required ? "required" : "optional")
        let sentence = facts.joined(separator: "; ") + "."
        return summary.map { "\($0) \(sentence.prefix(1).uppercased() + sentence.dropFirst())" } ?? sentence
    }
}
