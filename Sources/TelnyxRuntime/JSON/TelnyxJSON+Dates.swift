import Foundation

extension TelnyxJSON {
    /// Formats a date as ISO 8601 in UTC: `2024-01-31T10:00:00Z`, or with up to six fractional
    /// digits (trailing zeros trimmed) when the date is not on a whole second:
    /// `2024-01-31T10:00:00.25Z`, `2024-01-31T10:00:00.123456Z`.
    ///
    /// The date is rounded to the nearest microsecond, computed from its integral microseconds
    /// so text read by ``parseDate(_:)`` formats back to the same instant.
    public static func formatDate(_ date: Date) -> String {
        let totalMicroseconds = microsecondsSince1970(date)
        let seconds = floorDivide(totalMicroseconds, 1_000_000)
        let microseconds = Int(totalMicroseconds - seconds * 1_000_000)
        let days = Int(floorDivide(seconds, 86_400))
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = civilFromDays(days)
        var text =
            pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2)
            + ":"
            + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if microseconds != 0 {
            var fraction = pad(microseconds, 6)
            while fraction.last == "0" { fraction.removeLast() }
            text += "." + fraction
        }
        return text + "Z"
    }

    /// The format dates take in query strings and headers (the same as ``formatDate(_:)``).
    public static func formatQueryDate(_ date: Date) -> String { formatDate(date) }

    /// Parses ISO 8601 text: `2024-01-31T10:00:00Z`, `2024-01-31T10:00:00.123456+02:00`,
    /// `2024-01-31 10:00:00Z`, or a plain date `2024-01-31` (midnight UTC). A missing zone means UTC.
    ///
    /// Fractional seconds are read to the microsecond (further digits round to the nearest one).
    public static func parseDate(_ text: String) -> Date? {
        var scanner = DigitScanner(bytes: Array(text.utf8))
        guard let year = scanner.number(digits: 4), scanner.consume("-"),
            let month = scanner.number(digits: 2), scanner.consume("-"),
            let day = scanner.number(digits: 2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = Int64(daysFromCivil(year: year, month: month, day: day)) * 86_400
        if scanner.isAtEnd { return date(microsecondsSince1970: seconds * 1_000_000) }
        guard scanner.consume("T") || scanner.consume("t") || scanner.consume(" "),
            let hour = scanner.number(digits: 2), scanner.consume(":"),
            let minute = scanner.number(digits: 2),
            hour < 24, minute < 60
        else { return nil }
        var second = 0
        if scanner.consume(":") {
            guard let value = scanner.number(digits: 2), value <= 60 else { return nil }
            second = value
        }
        seconds += Int64(hour * 3600 + minute * 60 + second)
        var microseconds: Int64 = 0
        if scanner.consume(".") || scanner.consume(",") {
            var count = 0
            var roundUp = false
            while let digit = scanner.digit() {
                if count < 6 {
                    microseconds = microseconds * 10 + Int64(digit)
                } else if count == 6 {
                    roundUp = digit >= 5
                }
                count += 1
            }
            guard count > 0 else { return nil }
            for _ in count..<max(count, 6) { microseconds *= 10 }
            if roundUp { microseconds += 1 }
        }
        if scanner.isAtEnd || scanner.consume("Z") || scanner.consume("z") {
            return scanner.isAtEnd ? date(microsecondsSince1970: seconds * 1_000_000 + microseconds) : nil
        }
        let sign: Int64
        if scanner.consume("+") {
            sign = 1
        } else if scanner.consume("-") {
            sign = -1
        } else {
            return nil
        }
        guard let offsetHours = scanner.number(digits: 2) else { return nil }
        _ = scanner.consume(":")
        let offsetMinutes = scanner.number(digits: 2) ?? 0
        guard scanner.isAtEnd, offsetHours < 24, offsetMinutes < 60 else { return nil }
        seconds -= sign * Int64(offsetHours * 3600 + offsetMinutes * 60)
        return date(microsecondsSince1970: seconds * 1_000_000 + microseconds)
    }

    /// Microseconds from 1970 to 2001-01-01, the reference date `Date` counts from.
    private static let referenceDateMicroseconds: Int64 = 978_307_200 * 1_000_000

    /// The date for whole microseconds since 1970, with a single rounding to `Double`.
    private static func date(microsecondsSince1970 microseconds: Int64) -> Date {
        Date(timeIntervalSinceReferenceDate: Double(microseconds - referenceDateMicroseconds) / 1_000_000)
    }

    /// The date's nearest whole microsecond since 1970. The whole seconds and the fraction are
    /// converted apart, so no rounding of a product of large doubles shifts the result.
    private static func microsecondsSince1970(_ date: Date) -> Int64 {
        let interval = date.timeIntervalSinceReferenceDate
        let limit: Int64 = 1_000_000_000_000  // about 31,700 years either side
        guard interval.isFinite, abs(interval) < Double(limit) else {
            return (interval < 0 ? -limit : limit) * 1_000_000
        }
        let whole = interval.rounded(.down)
        let fraction = Int64(((interval - whole) * 1_000_000).rounded())
        return Int64(whole) * 1_000_000 + fraction + referenceDateMicroseconds
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width
            ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func floorDivide(_ lhs: Int64, _ rhs: Int64) -> Int64 {
        let quotient = lhs / rhs
        return (lhs % rhs != 0 && (lhs < 0) != (rhs < 0)) ? quotient - 1 : quotient
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date for days since 1970-01-01.
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// Reads fixed-width digit groups from ASCII text.
private struct DigitScanner {
    let bytes: [UInt8]
    var index = 0

    var isAtEnd: Bool { index == bytes.count }

    mutating func consume(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(character.value) else { return false }
        index += 1
        return true
    }

    mutating func digit() -> Int? {
        guard index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9")
        else {
            return nil
        }
        defer { index += 1 }
        return Int(bytes[index] - UInt8(ascii: "0"))
    }

    mutating func number(digits count: Int) -> Int? {
        var value = 0
        for _ in 0..<count {
            guard let next = digit() else { return nil }
            value = value * 10 + next
        }
        return value
    }
}
