import Foundation
@_spi(Generated) import TelnyxRuntime
import Testing

@Suite("JSONValue")
struct JSONValueTests {
    @Test("parses every JSON type and serializes with sorted keys")
    func parseAndSerialize() throws {
        let text =
            #"{"z": [1, 2.5, -3e2, true, false, null], "a": {"s": "x\"y\\n\u00e9\ud83d\ude00", "empty": {}}, "m": []}"#
        let value = try TelnyxJSON.parse(text)
        #expect(value["z"]?[0] == .integer(1))
        #expect(value["z"]?[1] == .number(2.5))
        #expect(value["z"]?[2] == .number(-300))
        #expect(value["z"]?[3] == .bool(true))
        #expect(value["z"]?[5] == .null)
        #expect(value["a"]?["s"] == .string("x\"y\\né😀"))
        #expect(
            value.description
                == #"{"a":{"empty":{},"s":"x\"y\\né😀"},"m":[],"z":[1,2.5,-3e2,true,false,null]}"#)
        #expect(try TelnyxJSON.parse(TelnyxJSON.serialize(value)) == value)
    }

    @Test("subscripts return nil for the wrong shape or a missing member")
    func subscripts() {
        let value: JSONValue = ["list": [1, 2], "name": "x"]
        #expect(value["missing"] == nil)
        #expect(value["name"]?["x"] == nil)
        #expect(value["list"]?[2] == nil)
        #expect(value["list"]?[-1] == nil)
        #expect(value["list"]?[1] == 2)
        #expect(JSONValue.string("a")[0] == nil)
    }

    @Test("literals build the matching cases")
    func literals() {
        let value: JSONValue = ["n": nil, "b": true, "i": 3, "d": 1.5, "s": "t", "a": [1]]
        #expect(
            value
                == .object([
                    "n": .null, "b": .bool(true), "i": .integer(3), "d": .number(1.5), "s": .string("t"),
                    "a": .array([.integer(1)]),
                ])
        )
    }

    @Test("control characters are escaped when serializing")
    func escaping() {
        #expect(JSONValue.string("a\u{01}\t\n").description == #""a\u0001\t\n""#)
    }

    @Test(
        "invalid JSON is rejected",
        arguments: ["{", "[1,]", "{\"a\" 1}", "01x", "tru", "\"abc", "1 2", "-", "1."])
    func invalid(text: String) {
        #expect(throws: JSONConversionError.self) { try TelnyxJSON.parse(text) }
    }

    @Test("large integers fall back to doubles")
    func largeNumbers() throws {
        #expect(try TelnyxJSON.parse("12345678901234567890123") == .number(12345678901234567890123.0))
        #expect(try TelnyxJSON.parse("-9223372036854775808") == .integer(Int.min))
    }

    @Test("Codable round trip through JSONEncoder and JSONDecoder")
    func codable() throws {
        let value: JSONValue = ["a": [1, "x", nil, true, 2.5], "b": ["c": "d"]]
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == value)
    }

    /// What the skill documents' note on untyped JSON shows: a literal, then a chain of subscripts
    /// and typed accessors.
    @Test("the skill documents' untyped JSON reads compile and read what they say")
    func skillDocumentsReads() {
        let body: JSONValue = ["name": "Ops", "tags": ["a"], "limit": 5]
        let answer: JSONValue = [
            "data": ["id": "t-1", "limit": 5, "ratio": 0.5, "on": true, "tags": ["a"], "none": nil]
        ]
        #expect(body["limit"]?.intValue == 5)
        #expect(answer["data"]?["id"]?.stringValue == "t-1")
        #expect(answer["data"]?["ratio"]?.doubleValue == 0.5)
        #expect(answer["data"]?["on"]?.boolValue == true)
        #expect(answer["data"]?["tags"]?.arrayValue == ["a"])
        #expect(answer["data"]?.objectValue?.count == 6)
        #expect(answer["data"]?["none"]?.isNull == true)
        #expect(answer["data"]?["missing"]?.stringValue == nil)
    }
}
