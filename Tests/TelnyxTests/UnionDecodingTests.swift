import Foundation
import MessagingSliceClient
@_spi(Generated) import TelnyxRuntime
import Testing

/// Unions without a discriminator decode to the variant the JSON fits best (`JSONShape.ranked`).
@Suite("Unions decode to the variant the data is")
struct UnionDecodingTests {
    func rank(_ json: JSONValue, _ shapes: [JSONShape]) -> [Int] { JSONShape.ranked(json, shapes) }

    @Test("the spec's inbound message through messages.retrieve is the inbound variant, an outbound one outbound")
    func inboundMessage() throws {
        // Members both payloads know; only `direction` tells them apart.
        let inbound: JSONValue = [
            "record_type": "message", "direction": "inbound", "id": "b0c7e8cb", "type": "SMS", "text": "Hello",
            "to": [["phone_number": "+18445550001", "status": "delivered"]], "from": ["phone_number": "+18005550101"],
        ]
        let response = try MessagesResource.RetrieveResponse(json: ["data": inbound])
        guard case .inboundMessagePayload(let message)? = response.data else {
            Issue.record("decoded as \(String(describing: response.data))")
            return
        }
        #expect(message.text == "Hello")
        var outbound = inbound.objectValue ?? [:]
        outbound["direction"] = "outbound"
        let sent = try MessagesResource.RetrieveResponse(json: ["data": .object(outbound)])
        guard case .outboundMessagePayload? = sent.data else {
            Issue.record("decoded as \(String(describing: sent.data))")
            return
        }
    }

    @Test("a member with values of its own in each variant decides, even against more known members")
    func decidingMember() {
        let shapes: [JSONShape] = [
            .object([.member("type", .string(["call"])), .member("to", .string), .member("from", .string)]),
            .object([.member("type", .string(["sms"]))]),
        ]
        #expect(rank(["type": "sms", "to": "+1", "from": "+2"], shapes) == [1, 0])
        #expect(rank(["type": "call"], shapes) == [0, 1])
    }

    @Test("a variant missing a required member ranks after one that has all of its own")
    func requiredMembers() {
        let shapes: [JSONShape] = [.object([.required("text", .string)]), .object([.member("call_status", .string)])]
        #expect(rank(["call_status": "queued"], shapes) == [1, 0])
        #expect(rank(["text": "hi"], shapes) == [0, 1])
    }

    @Test("the variant that knows more of the data's members wins; equal fits keep the spec's order")
    func knownMembers() {
        let shapes: [JSONShape] = [
            .object([.member("call_status", .string)]),
            .object([.member("call_status", .string), .member("text", .string)]),
        ]
        #expect(rank(["call_status": "queued", "text": "hi"], shapes) == [1, 0])
        #expect(rank(["call_status": "queued"], shapes) == [0, 1])
        #expect(rank([:], [.object, .object, .object]) == [0, 1, 2])
    }

    @Test("a member of the wrong JSON kind counts against a variant")
    func wrongKinds() {
        let shapes: [JSONShape] = [.object([.member("count", .string)]), .object([.member("count", .integer)])]
        #expect(rank(["count": 3], shapes) == [1, 0])
        #expect(rank(["count": "3"], shapes) == [0, 1])
        #expect(rank(["count": nil], shapes) == [0, 1])
    }

    @Test("a listed value beats an unlisted one and a string that takes any")
    func listedValues() {
        #expect(rank("b", [.string(["a"]), .string(["b"])]) == [1, 0])
        #expect(rank("auto", [.string, .string(["auto"])]) == [1, 0])
        #expect(rank("other", [.string, .string(["auto"])]) == [0, 1])
    }

    @Test("the JSON kind comes first: integers prefer integer over number, anything over `any`")
    func kinds() {
        #expect(rank(3, [.number, .integer]) == [1, 0])
        #expect(rank(3.5, [.integer, .number]) == [1, 0])
        #expect(rank([1], [.any, .array, .string]) == [1, 0, 2])
        #expect(rank(true, [.string, .boolean]) == [1, 0])
    }

    @Test("arrays are told apart by their first item")
    func arrayItems() {
        let shapes: [JSONShape] = [
            .array(of: .object([.member("mcc", .string)])), .array(of: .object([.member("plmn", .string)])),
        ]
        #expect(rank([["plmn": "310410"]], shapes) == [1, 0])
        #expect(rank([], shapes) == [0, 1])
    }
}
