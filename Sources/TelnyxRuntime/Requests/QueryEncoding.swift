import Foundation

/// A value that can be written into a URL query string or a header.
///
/// Conforming types: `String`, `Int`, `Int32`, `Int64`, `Double`, `Float`, `Bool`
/// (`true`/`false`), `Date` (ISO 8601 in UTC with `Z`), `UUID`, arrays of query values,
/// and any `RawRepresentable` type that declares conformance and whose raw value is a
/// query value (``OpenEnum`` types conform automatically).
public protocol QueryValue: Sendable {
    /// The textual values; one for scalars, one per element for arrays.
    var queryValues: [String] { get }
}

extension String: QueryValue {
    /// The string itself.
    public var queryValues: [String] { [self] }
}

extension Int: QueryValue {
    /// The decimal representation.
    public var queryValues: [String] { [String(self)] }
}

extension Int32: QueryValue {
    /// The decimal representation.
    public var queryValues: [String] { [String(self)] }
}

extension Int64: QueryValue {
    /// The decimal representation.
    public var queryValues: [String] { [String(self)] }
}

extension Double: QueryValue {
    /// As in JSON bodies: `18` for a whole number, the shortest text that round-trips otherwise (`1.5`).
    public var queryValues: [String] { [JSONSerializer.format(self)] }
}

extension Float: QueryValue {
    /// As in JSON bodies: `18` for a whole number, the shortest text that round-trips otherwise.
    public var queryValues: [String] {
        [isFinite && rounded() != self ? String(self) : JSONSerializer.format(Double(self))]
    }
}

extension Bool: QueryValue {
    /// `true` or `false`.
    public var queryValues: [String] { [self ? "true" : "false"] }
}

extension Date: QueryValue {
    /// ISO 8601 in UTC, such as `2024-01-31T10:00:00Z` (with up to six fractional digits when not on a whole second).
    public var queryValues: [String] { [TelnyxJSON.formatQueryDate(self)] }
}

extension UUID: QueryValue {
    /// The lowercase canonical form.
    public var queryValues: [String] { [uuidString.lowercased()] }
}

extension Array: QueryValue where Element: QueryValue {
    /// One value per element (nested arrays are flattened).
    public var queryValues: [String] { flatMap(\.queryValues) }
}

extension QueryValue where Self: RawRepresentable, RawValue: QueryValue {
    /// The raw value's textual values.
    public var queryValues: [String] { rawValue.queryValues }
}

/// How ``APIRequest/addQuery(_:json:arrayFormat:)`` writes array members of an object.
public enum DeepObjectArrayFormat: Sendable, Hashable {
    /// `filter[status]=a,b` (the default, as the official Telnyx SDKs send it).
    case comma
    /// `filter[status]=a&filter[status]=b`.
    case `repeat`
    /// `filter[status][]=a&filter[status][]=b`.
    case brackets
}

/// Percent-encoding helpers shared by paths, queries and form bodies.
enum PercentEncoding {
    /// Encodes everything except the RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`).
    public static func encodeUnreserved(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for byte in string.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                appendEscape(byte, to: &out)
            }
        }
        return out
    }

    /// Encodes for `application/x-www-form-urlencoded`: unreserved kept, space as `+`, the rest `%XX`.
    public static func encodeForm(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for byte in string.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(UnicodeScalar(byte))
            } else if byte == 0x20 {
                out.append("+")
            } else {
                appendEscape(byte, to: &out)
            }
        }
        return out
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static let hex = Array("0123456789ABCDEF".unicodeScalars)

    private static func appendEscape(_ byte: UInt8, to out: inout String) {
        out.unicodeScalars.append("%")
        out.unicodeScalars.append(hex[Int(byte >> 4)])
        out.unicodeScalars.append(hex[Int(byte & 0x0F)])
    }
}
