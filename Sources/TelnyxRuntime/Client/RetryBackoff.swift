import Foundation

/// The delays between retries: exponential backoff with jitter, or the server's `Retry-After`.
public struct RetryBackoff: Sendable, Hashable {
    /// The delay before the first retry, in seconds (0.5 by default).
    public var initialDelay: TimeInterval
    /// The longest computed delay, in seconds (8 by default).
    public var maxDelay: TimeInterval
    /// The longest server-requested delay that is honoured, in seconds (60 by default); longer
    /// `Retry-After` values fall back to the computed delay.
    public var maxRetryAfter: TimeInterval
    /// The fraction of a computed delay that is randomly removed (0.25 by default; 0 disables jitter).
    public var jitter: Double

    /// Creates a backoff policy.
    /// - Parameters:
    ///   - initialDelay: Seconds before the first retry.
    ///   - maxDelay: Upper bound of a computed delay.
    ///   - maxRetryAfter: Upper bound of an honoured `Retry-After`.
    ///   - jitter: Fraction (0...1) of a computed delay that is randomly removed.
    public init(
        initialDelay: TimeInterval = 0.5, maxDelay: TimeInterval = 8, maxRetryAfter: TimeInterval = 60,
        jitter: Double = 0.25
    ) {
        self.initialDelay = max(0, initialDelay)
        self.maxDelay = max(0, maxDelay)
        self.maxRetryAfter = max(0, maxRetryAfter)
        self.jitter = min(1, max(0, jitter))
    }

    /// The delay in seconds before retry number `attempt` (1 for the first retry).
    ///
    /// A `retryAfter` from the server between 0 and ``maxRetryAfter`` is used as it is;
    /// otherwise the delay is `initialDelay * 2^(attempt - 1)`, capped at ``maxDelay``,
    /// minus up to ``jitter`` of itself.
    public func delay(forAttempt attempt: Int, retryAfter: TimeInterval? = nil) -> TimeInterval {
        if let retryAfter, retryAfter >= 0, retryAfter <= maxRetryAfter {
            return retryAfter
        }
        let exponent = Double(min(max(attempt, 1) - 1, 62))
        let computed = min(initialDelay * pow(2, exponent), maxDelay)
        let factor = 1 - Double.random(in: 0...1) * jitter
        return computed * factor
    }

    /// Reads a server-requested delay in seconds from response headers (names lowercased):
    /// `retry-after-ms` (milliseconds), then `retry-after` as seconds or an HTTP date.
    public static func retryAfter(from headers: [String: String], now: Date = Date()) -> TimeInterval? {
        if let text = headers["retry-after-ms"]?.trimmingCharacters(in: .whitespaces),
            let milliseconds = Double(text),
            milliseconds.isFinite
        {
            return milliseconds / 1000
        }
        guard let text = headers["retry-after"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty
        else {
            return nil
        }
        if let seconds = Double(text), seconds.isFinite { return seconds }
        guard let date = HTTPDate.parse(text) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}

/// Parses the IMF-fixdate form of HTTP dates (`Sun, 06 Nov 1994 08:49:37 GMT`).
enum HTTPDate {
    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    static func parse(_ text: String) -> Date? {
        // Drop the weekday, then expect "DD Mon YYYY HH:MM:SS GMT".
        let afterComma = text.split(separator: ",", maxSplits: 1).last.map(String.init) ?? text
        let parts = afterComma.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 4, let day = Int(parts[0]),
            let month = months.firstIndex(of: parts[1].lowercased()).map({ $0 + 1 }),
            var year = Int(parts[2])
        else { return nil }
        if year < 100 { year += year < 70 ? 2000 : 1900 }
        let time = parts[3].split(separator: ":")
        guard time.count == 3, let hour = Int(time[0]), let minute = Int(time[1]),
            let second = Int(time[2])
        else {
            return nil
        }
        let days = TelnyxJSON.daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
    }
}
