import Foundation
import MessagingSliceClient
@_spi(Generated) import TelnyxRuntime
import Testing

/// A model written the way the generator writes one, with a date-time and a number.
private struct RoundTripEvent: JSONModel {
    var storage: [String: JSONValue]
    init(storage: [String: JSONValue]) { self.storage = storage }

    init(occurredAt: Date? = nil, rate: Double? = nil) {
        storage = [:]
        set(occurredAt, forKey: "occurred_at")
        set(rate, forKey: "rate")
    }

    var occurredAt: Date? {
        get { value(forKey: "occurred_at") }
        set { set(newValue, forKey: "occurred_at") }
    }
    var rate: Double? {
        get { value(forKey: "rate") }
        set { set(newValue, forKey: "rate") }
    }
}

/// Whole microseconds since 1970 of a date, for exact comparisons.
private func microseconds(_ date: Date) -> Int64 {
    let interval = date.timeIntervalSinceReferenceDate
    let whole = interval.rounded(.down)
    return Int64(whole) * 1_000_000 + Int64(((interval - whole) * 1_000_000).rounded())
        + 978_307_200 * 1_000_000
}

@Suite("Date and number round trips")
struct DateRoundTripTests {
    @Test(
        "an untouched date-time re-encodes byte-identical, offset and microseconds included",
        arguments: [
            "2025-08-06T15:30:45.123456+00:00",
            "2025-08-06T21:00:45.123456+05:30",
            "2025-08-06T07:30:45.000001-08:00",
            "1965-03-01T00:00:00.999999Z",
            "2025-08-06T15:30:45Z",
        ])
    func untouchedDateIsByteIdentical(text: String) throws {
        let body = #"{"occurred_at":"\#(text)","rate":0.10}"#
        let event = try RoundTripEvent(json: TelnyxJSON.parse(body))
        #expect(event.occurredAt != nil)
        #expect(String(decoding: TelnyxJSON.serialize(event.json), as: UTF8.self) == body)
        #expect(event.description == body)
    }

    @Test("offsets name the same instant as UTC, to the microsecond")
    func offsets() throws {
        let utc = try #require(TelnyxJSON.parseDate("2025-08-06T15:30:45.123456+00:00"))
        #expect(TelnyxJSON.parseDate("2025-08-06T21:00:45.123456+05:30") == utc)
        #expect(TelnyxJSON.parseDate("2025-08-06T07:30:45.123456-08:00") == utc)
        #expect(TelnyxJSON.formatDate(utc) == "2025-08-06T15:30:45.123456Z")
        #expect(microseconds(utc) == 1_754_494_245_123_456)
    }

    @Test("a generated model keeps a decoded date-time's text")
    func generatedModel() throws {
        let body = #"{"from":"+15550001111","send_at":"2025-08-06T21:00:45.123456+05:30","to":"+15550002222"}"#
        let request = try CreateMessageRequest(json: TelnyxJSON.parse(body))
        #expect(request.sendAt == TelnyxJSON.parseDate("2025-08-06T15:30:45.123456Z"))
        #expect(TelnyxJSON.serializeToString(request.json) == body)
    }

    @Test(
        "parse then format keeps microseconds",
        arguments: [
            ("2025-08-06T15:30:45.123456Z", "2025-08-06T15:30:45.123456Z"),
            ("2025-08-06T15:30:45.000001Z", "2025-08-06T15:30:45.000001Z"),
            ("2025-08-06T15:30:45.999999Z", "2025-08-06T15:30:45.999999Z"),
            ("2025-08-06T15:30:45.120000Z", "2025-08-06T15:30:45.12Z"),
            ("2025-08-06T15:30:45.5Z", "2025-08-06T15:30:45.5Z"),
            ("2025-08-06T15:30:45.000000Z", "2025-08-06T15:30:45Z"),
            ("2025-08-06T15:30:45.1234564Z", "2025-08-06T15:30:45.123456Z"),
            ("2025-08-06T15:30:45.9999995Z", "2025-08-06T15:30:46Z"),
            ("1969-12-31T23:59:59.999999Z", "1969-12-31T23:59:59.999999Z"),
            ("1969-12-31T23:59:59.000001Z", "1969-12-31T23:59:59.000001Z"),
            ("1900-01-01T00:00:00.000001Z", "1900-01-01T00:00:00.000001Z"),
            ("2099-12-31T23:59:59.999999Z", "2099-12-31T23:59:59.999999Z"),
            ("2024-02-29T12:00:00.654321+01:00", "2024-02-29T11:00:00.654321Z"),
        ])
    func parseThenFormat(input: String, expected: String) throws {
        let date = try #require(TelnyxJSON.parseDate(input))
        #expect(TelnyxJSON.formatDate(date) == expected)
        #expect(TelnyxJSON.parseDate(expected) == date)
    }

    @Test("every microsecond of a second, and many instants from 1900 to 2100, survive format then parse")
    func manyMicroseconds() throws {
        var failures: [String] = []
        let bases: [Int64] = [0, -1, 1_754_494_245, -2_208_988_800, 4_102_444_799, -86_400, 978_307_200]
        for base in bases {
            for micro in Array(stride(from: Int64(0), to: 1_000_000, by: 997)) + [1, 999_999] {
                let total = base * 1_000_000 + micro
                let text = TelnyxJSON.formatDate(
                    Date(timeIntervalSinceReferenceDate: Double(total - 978_307_200 * 1_000_000) / 1_000_000))
                guard let parsed = TelnyxJSON.parseDate(text), microseconds(parsed) == total,
                    TelnyxJSON.formatDate(parsed) == text
                else {
                    failures.append("\(total): \(text)")
                    continue
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let total = Int64.random(in: -2_208_988_800_000_000...4_102_444_800_000_000, using: &generator)
            let date = Date(timeIntervalSinceReferenceDate: Double(total - 978_307_200 * 1_000_000) / 1_000_000)
            let text = TelnyxJSON.formatDate(date)
            if TelnyxJSON.parseDate(text) != date || microseconds(date) != total {
                failures.append("\(total): \(text)")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test("a date the caller sets is formatted anew, in UTC")
    func changedDateIsFormattedInUTC() throws {
        var event = try RoundTripEvent(json: TelnyxJSON.parse(#"{"occurred_at":"2025-08-06T21:00:45.123456+05:30"}"#))
        let original = try #require(event.occurredAt)
        event.occurredAt = original.addingTimeInterval(1)
        #expect(event.json == ["occurred_at": "2025-08-06T15:30:46.123456Z"])
        event.occurredAt = TelnyxJSON.parseDate("2025-08-06T10:00:00-08:00")
        #expect(event.description == #"{"occurred_at":"2025-08-06T18:00:00Z"}"#)
        #expect(RoundTripEvent(occurredAt: original).description == #"{"occurred_at":"2025-08-06T15:30:45.123456Z"}"#)
    }

    @Test("a Double that arrived as 18 re-encodes as 18; a Double set to 18 encodes as 18")
    func integralDoubles() throws {
        let decoded = try RoundTripEvent(json: TelnyxJSON.parse(#"{"rate":18}"#))
        #expect(decoded.rate == 18)
        #expect(decoded.description == #"{"rate":18}"#)
        #expect(RoundTripEvent(rate: 18).description == #"{"rate":18}"#)
        #expect(RoundTripEvent(rate: -18).description == #"{"rate":-18}"#)
        #expect(RoundTripEvent(rate: 9_007_199_254_740_992).description == #"{"rate":9007199254740992}"#)
        #expect(RoundTripEvent(rate: 1e300).description == #"{"rate":1e+300}"#)
        #expect(RoundTripEvent(rate: 18.5).description == #"{"rate":18.5}"#)
        #expect(RoundTripEvent(rate: 0.1).description == #"{"rate":0.1}"#)
        #expect(RoundTripEvent(rate: 0).description == #"{"rate":0}"#)
        #expect(TelnyxJSON.serializeToString(.number(2.0)) == "2")
        #expect(TelnyxJSON.serializeToString(18.0.json) == "18")
    }

    @Test(
        "numbers re-encode exactly as they arrived",
        arguments: [
            "18", "18.0", "0.10", "-3e2", "1E+5", "-0", "12345678901234567890123", "2.5", "1.000000000000000000001",
        ]
    )
    func numbersKeepTheirText(text: String) throws {
        let body = #"{"rate":\#(text)}"#
        let event = try RoundTripEvent(json: TelnyxJSON.parse(body))
        #expect(event.rate == Double(text))
        #expect(event.description == body)
        var changed = event
        changed.rate = 7.25
        #expect(changed.description == #"{"rate":7.25}"#)
    }

    @Test("numbers compare by value, whatever their text")
    func numberEquality() throws {
        #expect(try TelnyxJSON.parse("1.10") == .number(1.1))
        #expect(try TelnyxJSON.parse("-3e2") == .number(-300))
        #expect(try TelnyxJSON.parse("[1.0]").hashValue == JSONValue.array([.number(1)]).hashValue)
    }
}
