import CodegenIR
import SpecReader
import Testing

/// Spec examples and defaults, typed once in the IR (``SpecJSON``).
struct SpecJSONTests {
    private func example(_ yaml: String) throws -> SpecJSON? {
        let root = try SpecFileReader.parse(
            "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    S:\n      type: object\n      example: \(yaml)\n",
            file: "t.yaml")
        let (model, _) = try IRBuilder.build(root)
        return model.schema(named: "S")?.example
    }

    @Test func scalarsAreTypedAsJSONReadsThem() throws {
        let value = try example("{a: 1, b: 1.50, c: true, d: null, e: hello, f: '12', g: ~, h: [x, 2]}")
        #expect(
            value
                == .object([
                    .init("a", .number("1")), .init("b", .number("1.50")), .init("c", .bool(true)), .init("d", .null),
                    .init("e", .string("hello")), .init("f", .string("12")), .init("g", .null),
                    .init("h", .array([.string("x"), .number("2")])),
                ]))
        #expect(value?.text == #"{"a":1,"b":1.50,"c":true,"d":null,"e":"hello","f":"12","g":null,"h":["x",2]}"#)
        #expect(value?["b"]?.number == 1.5 && value?["a"]?.integer == 1 && value?["f"]?.integer == nil)
        #expect(value?["c"]?.number == 1 && value?["e"]?.scalarText == "hello" && value?["h"]?.items.count == 2)
    }

    @Test func textEscapesAndKeepsMemberOrder() throws {
        let value = try example(#"{z: "a\"b\\c\nd", a: "tab\there"}"#)
        #expect(value?.text == #"{"z":"a\"b\\c\nd","a":"tab\there"}"#)
    }

    @Test func aValueLongerThanTheLimitIsLeftOut() throws {
        let long = String(repeating: "x", count: 20_000)
        #expect(try example("{a: \(long)}") == nil)
        let node = try SpecFileReader.parse("[ab, cd]", file: "t.yaml")
        // `["ab","cd"]` is 11 bytes.
        #expect(SpecJSON(node, limit: 11) != nil)
        #expect(SpecJSON(node, limit: 10) == nil)
    }
}
