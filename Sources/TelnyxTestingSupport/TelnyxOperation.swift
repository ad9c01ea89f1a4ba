/// An operation of the generated client, named as the client spells it: `.messages.send` is
/// `client.messages.send(...)`.
///
/// The generated `TelnyxTesting` library declares one for every operation of its spec, nested like
/// the client's resources, so a test writes `transport.stub(.messages.send, .status(422))`.
public struct TelnyxOperation: Hashable, Sendable, CustomStringConvertible {
    /// The spec's `operationId` (`SendMessage`), which the client sends with every request.
    public let id: String
    /// The client's name for it (`messages.send`).
    public let name: String

    public init(_ id: String, name: String) {
        self.id = id
        self.name = name
    }

    public var description: String { name }
}
