import Foundation
@_spi(Generated) import TelnyxRuntime
import Testing

@Suite("JSON conversions")
struct JSONConversionTests {
    @Test("dates with and without fractional seconds, offsets and plain dates")
    func parseDates() throws {
        let whole = try Date(json: "2024-01-31T10:20:30Z")
        #expect(whole.timeIntervalSince1970 == 1_706_696_430)
        let fractional = try Date(json: "2024-01-31T10:20:30.123456Z")
        #expect(abs(fractional.timeIntervalSince1970 - 1_706_696_430.123456) < 0.000_001)
        let offset = try Date(json: "2024-01-31T12:20:30+02:00")
        #expect(offset == whole)
        let plain = try Date(json: "2024-01-31")
        #expect(plain.timeIntervalSince1970 == 1_706_659_200)
        let leap = try Date(json: "2000-02-29T00:00:00Z")
        #expect(leap.timeIntervalSince1970 == 951_782_400)
        let old = try Date(json: "1969-12-31T23:59:59Z")
        #expect(old.timeIntervalSince1970 == -1)
    }

    @Test(
        "invalid dates are rejected",
        arguments: ["2024-13-01", "2024-01-31T25:00:00Z", "yesterday", "2024-01-31T10:20:30Q", ""])
    func invalidDates(text: String) {
        #expect(throws: JSONConversionError.self) { try Date(json: .string(text)) }
    }

    @Test("dates encode as UTC ISO 8601 with a fraction only when not on a whole second")
    func formatDates() {
        #expect(Date(timeIntervalSince1970: 1_706_696_430).json == "2024-01-31T10:20:30Z")
        #expect(Date(timeIntervalSince1970: 1_706_696_430.25).json == "2024-01-31T10:20:30.25Z")
        #expect(Date(timeIntervalSince1970: -0.5).json == "1969-12-31T23:59:59.5Z")
        #expect(Date(timeIntervalSince1970: 0).queryValues == ["1970-01-01T00:00:00Z"])
        #expect(Double(18).queryValues == ["18"] && 1.5.queryValues == ["1.5"])
        #expect(Float(18).queryValues == ["18"] && Float(0.1).queryValues == ["0.1"])
    }

    @Test("numbers: Double accepts integers, Int accepts whole numbers only")
    func numbers() throws {
        #expect(try Double(json: 3) == 3.0)
        #expect(try Int(json: 4.0) == 4)
        #expect(throws: JSONConversionError.self) { try Int(json: 4.5) }
        #expect(throws: JSONConversionError.self) { try Int32(json: .integer(Int(Int32.max) + 1)) }
        #expect(try Int64(json: 7) == 7)
        #expect(try Float(json: 1.5) == 1.5)
    }

    @Test("type mismatches carry a readable message")
    func mismatchMessage() {
        do {
            _ = try String(json: 42)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "Expected string, found integer 42")
        }
        do {
            _ = try [Int](json: [1, "two"])
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == #"[1]: Expected integer, found string "two""#)
        }
    }

    @Test("Data converts through base64 text")
    func data() throws {
        let bytes = Data([0, 1, 2, 250])
        #expect(bytes.json == "AAEC+g==")
        #expect(try Data(json: "AAEC+g==") == bytes)
        #expect(throws: JSONConversionError.self) { try Data(json: "not base64!") }
    }

    @Test("collections convert element by element")
    func collections() throws {
        let map = try [String: [Int]](json: ["a": [1, 2], "b": []])
        #expect(map == ["a": [1, 2], "b": []])
        #expect(map.json == ["a": [1, 2], "b": []])
        #expect(throws: JSONConversionError.self) { try [String: Int](json: ["a": "x"]) }
    }

    @Test("lenient strings accept numbers and booleans")
    func lenientStrings() throws {
        #expect(try String(lenientJSON: 1) == "1")
        #expect(try String(lenientJSON: 2.5) == "2.5")
        #expect(try String(lenientJSON: true) == "true")
        #expect(try String(lenientJSON: "2010-04-01") == "2010-04-01")
        #expect(throws: JSONConversionError.self) { try String(lenientJSON: nil) }
    }
}
