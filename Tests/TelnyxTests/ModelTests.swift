import Foundation
@_spi(Generated) import TelnyxRuntime
import Testing

@Suite("Models, enums, unions and Nullable")
struct ModelTests {
    @Test("typed properties read from storage and write back")
    func properties() throws {
        var profile = try TestProfile(
            json: [
                "id": "p1", "name": "Support", "status": "queued", "tags": ["a"],
                "created_at": "2024-01-31T10:20:30.5Z", "extra": 1,
            ]
        )
        #expect(profile.id == "p1")
        #expect(profile.name == .value("Support"))
        #expect(profile.status == .queued)
        #expect(profile.tags == ["a"])
        #expect(profile.createdAt == Date(timeIntervalSince1970: 1_706_696_430.5))
        profile.tags = nil
        profile.status = .delivered
        #expect(
            profile.json == [
                "id": "p1", "name": "Support", "status": "delivered",
                "created_at": "2024-01-31T10:20:30.5Z", "extra": 1,
            ])
        #expect(
            profile.description
                == #"{"created_at":"2024-01-31T10:20:30.5Z","extra":1,"id":"p1","name":"Support","status":"delivered"}"#
        )
    }

    @Test("a malformed field reads as nil without failing the model")
    func lenientFields() throws {
        let profile = try TestProfile(json: ["id": "p1", "count": "not a number", "tags": nil])
        #expect(profile.count == nil)
        #expect(profile.tags == nil)
        #expect(profile.id == "p1")
    }

    @Test("a missing, null or mistyped required member and a non-object are errors naming model and key")
    func requiredMembers() {
        #expect(throws: JSONConversionError.self) { try TestProfile(json: ["name": "x"]) }
        #expect(throws: JSONConversionError.self) { try TestProfile(json: ["id": nil]) }
        do {
            _ = try TestProfile(json: ["id": 42])
            Issue.record("a number where the id string belongs decoded")
        } catch {
            #expect("\(error)".contains("TestProfile.id: "))
        }
        #expect(throws: JSONConversionError.self) { try TestProfile(json: [1, 2]) }
        do {
            _ = try TestProfile(json: [:])
        } catch {
            #expect("\(error)".contains("'id'"))
        }
    }

    @Test("Nullable gives absent, explicit null and value")
    func nullable() throws {
        let absent = TestUpdateRequest(enabled: true)
        #expect(absent.json == ["enabled": true])
        let cleared = TestUpdateRequest(name: "renamed", messagingProfileId: .null)
        #expect(cleared.json.description == #"{"messaging_profile_id":null,"name":"renamed"}"#)
        let decoded = try TestProfile(json: ["id": "1", "name": nil])
        #expect(decoded.name == .null)
        #expect(try TestProfile(json: ["id": "1"]).name == nil)
        var profile = decoded
        profile.name = .value("back")
        #expect(profile.storage["name"] == "back")
        profile.name = nil
        #expect(profile.storage["name"] == nil)
        #expect(try Nullable<Int>(json: nil) == .null)
        #expect(try Nullable<Int>(json: 5) == 5)
    }

    @Test("unknown enum values round-trip")
    func openEnums() throws {
        let status = try TestMessageStatus(json: "sending_failed_new")
        #expect(status == .unknown("sending_failed_new"))
        #expect(status.json == "sending_failed_new")
        #expect(status.description == "sending_failed_new")
        #expect(try TestMessageStatus(json: "queued") == .queued)
        #expect(throws: JSONConversionError.self) { try TestMessageStatus(json: 3) }
        #expect(try TestPriority(json: 9) == .unknown(9))
        #expect(TestPriority.high.json == 2)
        let profile = try TestProfile(json: ["id": "1", "status": "brand_new"])
        #expect(profile.status == .unknown("brand_new"))
        #expect(profile.json["status"] == "brand_new")
        #expect(TestMessageStatus.delivered.queryValues == ["delivered"])
        #expect(TestPriority.low.queryValues == ["1"])
    }

    @Test("an unknown raw value equal to a listed case is that case, in equality and hashing")
    func openEnumEquality() {
        #expect(TestMessageStatus.unknown("queued") == .queued)
        #expect(TestMessageStatus.unknown("x") != .unknown("y"))
        #expect(Set<TestMessageStatus>([.queued, .unknown("queued"), .unknown("x")]).count == 2)
    }

    @Test("typed setters and the raw-key subscript write through the read-only storage")
    func writesThroughStorage() throws {
        var profile = try TestProfile(json: ["id": "p1", "extra": 1])
        let original = profile
        profile.tags = ["b"]
        profile[rawKey: "extra"] = nil
        profile[rawKey: "added"] = true
        #expect(profile.json == ["id": "p1", "tags": ["b"], "added": true])
        #expect(original.json == ["id": "p1", "extra": 1])
    }

    @Test("data-only responses share the generic envelopes; the required one checks data")
    func dataEnvelopes() throws {
        let lenient = try DataEnvelope<TestProfile>(json: ["data": ["id": "p1"], "meta": 1])
        #expect(lenient.data?.id == "p1")
        #expect(lenient.json["meta"] == 1)
        #expect(try DataEnvelope<TestProfile>(json: [:]).data == nil)
        #expect(try DataEnvelope<[TestMessageStatus]>(json: ["data": ["queued"]]).data == [.queued])
        let required = try RequiredDataEnvelope<TestProfile>(json: ["data": ["id": "p2"]])
        #expect(required.data.id == "p2")
        do {
            _ = try RequiredDataEnvelope<TestProfile>(json: ["other": 1])
            Issue.record("a response without data decoded")
        } catch {
            #expect("\(error)".contains("'data'"))
        }
        #expect(throws: JSONConversionError.self) { try RequiredDataEnvelope<TestProfile>(json: ["data": 5]) }
    }

    @Test("mixed number/string enums keep their wire type")
    func mixedEnums() throws {
        #expect(try TestAPIVersion(json: 1) == .v1)
        #expect(try TestAPIVersion(json: "2") == .v2)
        #expect(try TestAPIVersion(json: "2010-04-01") == .texml)
        #expect(try TestAPIVersion(json: 3) == .unknown("3"))
        #expect(TestAPIVersion.v2.json == 2)
        #expect(TestAPIVersion.texml.json == "2010-04-01")
        let encoded = try JSONEncoder().encode([TestAPIVersion.v2, .texml])
        #expect(String(decoding: encoded, as: UTF8.self) == #"[2,"2010-04-01"]"#)
        #expect(
            try JSONDecoder().decode([TestAPIVersion].self, from: Data("[1, \"9\"]".utf8)) == [
                .v1, .unknown("9"),
            ])
    }

    @Test("models, enums and Nullable work with JSONEncoder and JSONDecoder")
    func codable() throws {
        let profile = TestProfile(id: "p", name: .null, status: .unknown("odd"))
        let data = try JSONEncoder().encode(profile)
        let back = try JSONDecoder().decode(TestProfile.self, from: data)
        #expect(back == profile)
        #expect(back.name == .null)
        let statuses = try JSONDecoder().decode(
            [TestMessageStatus].self, from: Data(#"["queued","x"]"#.utf8))
        #expect(statuses == [.queued, .unknown("x")])
        #expect(
            String(decoding: try JSONEncoder().encode(TestMessageStatus.unknown("x")), as: UTF8.self)
                == #""x""#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(TestProfile.self, from: Data("[]".utf8))
        }
    }

    @Test("equality and hashing follow storage")
    func hashing() {
        let first = TestProfile(id: "1", tags: ["a"])
        let second = TestProfile(id: "1", tags: ["a"])
        let third = TestProfile(id: "2")
        #expect(first == second)
        #expect(first != third)
        #expect(Set([first, second, third]).count == 2)
    }

    @Test("unions pick the branch from the discriminator")
    func unions() throws {
        let message = try TestPayload(json: ["record_type": "message", "id": "m1"])
        guard case .message(let profile) = message else {
            Issue.record("expected .message")
            return
        }
        #expect(profile.id == "m1")
        #expect(try TestPayload(json: ["record_type": "call"]) == .call(["record_type": "call"]))
        #expect(throws: JSONConversionError.self) { try TestPayload(json: ["record_type": "fax"]) }
        #expect(UnionDecoding.discriminator(["t": 1], "t") == nil)
        #expect(message.json["id"] == "m1")
    }
}
