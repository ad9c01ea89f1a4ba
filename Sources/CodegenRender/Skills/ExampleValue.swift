/// An example value in a skill document's Swift code: ``SwiftExamples`` decides it, the templates
/// write it (`skills/value`; an initializer by `skills/call`).
indirect enum ExampleValue: Equatable, Sendable {
    /// An argument of an initializer: `label: value`, or the value alone.
    struct Argument: Equatable, Sendable {
        var label: String?
        var value: ExampleValue
    }

    /// A literal as Swift writes it: `"+13125550001"`, `1`, `true`.
    case literal(String)
    /// `[a, b]`.
    case array([ExampleValue])
    /// An enum case: `.delivered`.
    case enumCase(String)
    /// A union's case with its payload: `.string("x")`.
    case unionCase(String, ExampleValue)
    /// A request body's memberwise initializer: `.init(to: "+13125550001")`.
    case initializer([Argument])
    /// A type built from JSON, with nothing to show: `try .init(json: [:])`.
    case emptyModel
    /// A union with no variant to show: `try .init(json: [:])`.
    case emptyUnion
    /// `Date()`.
    case now
    /// `Data()`.
    case emptyData
    /// An empty JSON object: `[:]`.
    case emptyObject
}
