/// A problem in a spec file: it stops reading it when thrown, or is a warning in `SpecFileReader.readDocument`.
public struct SpecReadError: Error, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message)" }
}
