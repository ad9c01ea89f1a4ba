import Foundation

/// One entry of the `errors` array in a Telnyx error body.
///
/// ```json
/// {"errors": [{"code": "10015", "title": "Invalid value", "detail": "The 'name' is required.",
///              "source": {"pointer": "/name"}, "meta": {"url": "https://developers.telnyx.com/..."}}]}
/// ```
public struct APIErrorDetail: Sendable, Hashable, Codable {
    /// Where in the request the problem is.
    public struct Source: Sendable, Hashable, Codable {
        /// A JSON pointer into the request body, such as `/name`.
        public var pointer: String?
        /// The query parameter at fault.
        public var parameter: String?

        /// Creates a source.
        public init(pointer: String? = nil, parameter: String? = nil) {
            self.pointer = pointer
            self.parameter = parameter
        }
    }

    /// Extra information.
    public struct Meta: Sendable, Hashable, Codable {
        /// A documentation link for the error code.
        public var url: String?

        /// Creates meta information.
        public init(url: String? = nil) { self.url = url }
    }

    /// The Telnyx error code, such as `"10015"` (numbers on the wire are kept as text).
    public var code: String?
    /// A short summary, such as `Invalid value`.
    public var title: String?
    /// A longer explanation.
    public var detail: String?
    /// Where the problem is.
    public var source: Source?
    /// Extra information.
    public var meta: Meta?

    /// Creates an error detail.
    public init(
        code: String? = nil, title: String? = nil, detail: String? = nil, source: Source? = nil,
        meta: Meta? = nil
    ) {
        self.code = code
        self.title = title
        self.detail = detail
        self.source = source
        self.meta = meta
    }

    /// Reads an entry leniently from JSON: a numeric `code` becomes text, unexpected shapes become `nil`.
    public init(json: JSONValue) {
        code = json["code"].flatMap { try? String(lenientJSON: $0) }
        title = json["title"]?.stringValue
        detail = json["detail"]?.stringValue
        if let source = json["source"], case .object = source {
            self.source = Source(
                pointer: source["pointer"]?.stringValue, parameter: source["parameter"]?.stringValue)
        }
        if let meta = json["meta"], case .object = meta {
            self.meta = Meta(url: meta["url"]?.stringValue)
        }
    }

    /// Decodes leniently, accepting a numeric `code`.
    public init(from decoder: any Decoder) throws {
        self.init(json: try JSONValue(from: decoder))
    }

    /// `code title: detail`, leaving out the parts that are absent.
    public var summary: String {
        var text = [code, title].compactMap { $0 }.joined(separator: " ")
        if let detail, !detail.isEmpty { text += text.isEmpty ? detail : ": " + detail }
        return text
    }

    /// The error entries of a Telnyx error body, or an empty array when it has another shape.
    public static func parse(body: Data) -> [APIErrorDetail] {
        guard let json = try? TelnyxJSON.parse(body), case .array(let entries)? = json["errors"] else {
            return []
        }
        return entries.compactMap { entry in
            guard case .object = entry else { return nil }
            return APIErrorDetail(json: entry)
        }
    }
}
