/// An operation's HTTP method, in the order operations on one path are listed.
public enum HTTPMethod: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case get, put, post, delete, options, head, patch, trace

    /// The method as a request line writes it: `GET`.
    public var description: String { rawValue.uppercased() }
}
