import Foundation
import Logging
@_spi(Generated) import MessagingSliceClient
@_spi(Generated) import TelnyxRuntime
import Testing

/// Collects drift reports in memory.
final class DriftCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [DriftReport] = []

    var reports: [DriftReport] { lock.withLock { stored } }
    var handler: @Sendable (DriftReport) -> Void { { report in self.lock.withLock { self.stored.append(report) } } }
    func reset() { lock.withLock { stored = [] } }
}

@Suite("Drift between responses and the spec")
struct DriftTests {
    @Test("validate() lists every mismatch with its path, and nothing for a value that fits")
    func validateListsMismatches() throws {
        let fitting = try TestProfile(json: ["id": "p1", "status": "queued", "tags": ["a"], "name": nil])
        #expect(fitting.validate().isEmpty)

        let drifted = try TestProfile(json: [
            "id": "p1", "status": "sending", "tags": ["a", 2], "count": "many", "surprise": true, "name": 3,
        ])
        #expect(
            drifted.validate().map(\.description) == [
                "name: expected String, found integer",
                "status: unknown enum value \"sending\"",
                "tags[]: expected String, found integer",
                "count: expected Int, found string",
                "surprise: member not in the spec",
            ])
        // A value built without its required member (decoding would refuse it).
        #expect(TestProfile(storage: ["name": "x"]).validate().map(\.kind) == [.missingRequired])
        // Nested models and arrays of them: the path goes through the array.
        let list = try TestListResponse(json: ["data": [["id": "p1"], ["id": "p2", "status": "gone"]]])
        #expect(list.validate().map(\.description) == [#"data[].status: unknown enum value "gone""#])
    }

    @Test("the compact member table generated models use reads every kind of type")
    func memberTableReadsEveryType() throws {
        let fitting = try TestTableModel(json: [
            "id": "t1", "profiles": [["id": "p1"]], "labels": ["a": "b"], "note": nil, "when": "2026-01-02T03:04:05Z",
            "size": 9_000_000_000, "status": "queued",
        ])
        #expect(fitting.validate().isEmpty)
        // Decoding checks the required members, with their types.
        #expect(throws: JSONConversionError.self) { try TestTableModel(json: ["id": "t1"]) }
        #expect(throws: JSONConversionError.self) { try TestTableModel(json: ["id": "t1", "profiles": [1]]) }
        let drifted = try TestTableModel(json: [
            "id": "t1", "profiles": [["id": "p1", "status": "lost"]], "labels": ["a": 1], "note": 2, "when": "soon",
            "status": "gone", "other": true,
        ])
        #expect(
            drifted.validate().map(\.description) == [
                #"profiles[].status: unknown enum value "lost""#,
                "labels.*: expected String, found integer",
                "note: expected String, found integer",
                "when: expected Date, found string",
                #"status: unknown enum value "gone""#,
                "other: member not in the spec",
            ])
        // `...` allows unlisted members; an unknown type name accepts anything.
        let open = SchemaMember.table("id: String!\nextra: Mystery\n...")
        #expect(open.map(\.key) == ["id", "extra", ""])
    }

    @Test("a union value that fits no variant is reported as such")
    func unionFitsNoVariant() throws {
        var mismatches: [SchemaMismatch] = []
        TestPayload.collectMismatches(in: ["record_type": "fax"], at: "data", into: &mismatches)
        #expect(mismatches == [SchemaMismatch(path: "data", kind: .noMatchingVariant)])
        mismatches = []
        TestPayload.collectMismatches(
            in: ["record_type": "message", "id": "m", "status": "lost"], at: "data", into: &mismatches)
        // The variant's own mismatches (the test model does not list its discriminator).
        #expect(
            mismatches == [
                SchemaMismatch(path: "data.status", kind: .unknownEnumValue("lost")),
                SchemaMismatch(path: "data.record_type", kind: .unlistedMember),
            ])
    }

    @Test("a drifted response reports each mismatch once, through the hook and the debug log, with the request id")
    func driftedResponseIsReportedOnce() async throws {
        let profile =
            #"{"data":{"id":"p1","enabled":"yes","webhook_api_version":"2031-01-01","surprise":{"a":1},"#
            + #""number_pool_settings":{"toll_free_weight":1,"long_code_weight":"heavy","skip_unhealthy":false}}}"#
        let capture = DriftCapture()
        let logs = LogCapture()
        try await withTestServer({ request, _ in
            request.path.hasSuffix("/autoresp_configs/c2")
                ? .json(#"{"data":{"id":"c2","op":"start"}}"#, headers: ["x-request-id": "req-9"])
                : .json(profile, headers: ["x-request-id": "req-8"])
        }) { server in
            capture.reset()
            logs.reset()
            var configuration = server.configuration()
            configuration.driftHandler = capture.handler
            configuration.logger = logs.logger(level: .debug)
            let telnyx = TelnyxClient(configuration: configuration)
            for _ in 0..<2 {
                let found = try await telnyx.messagingProfiles.retrieve(id: "p1")
                // The call succeeds: optional members of the wrong type read as nil, the enum as unknown.
                #expect(found.data?.enabled == nil && found.data?.webhookAPIVersion == .unknown("2031-01-01"))
                await #expect(throws: TelnyxError.self) {
                    try await telnyx.messagingProfiles.autorespConfigs.retrieve(profileID: "p", autorespCfgID: "c2")
                }
            }
            let reported = capture.reports.map { "\($0.operationID) \($0.requestID ?? "-") \($0.mismatch)" }
            #expect(
                reported == [
                    "RetrieveMessagingProfile req-8 data.enabled: expected Bool, found string",
                    #"RetrieveMessagingProfile req-8 data.webhook_api_version: unknown enum value "2031-01-01""#,
                    "RetrieveMessagingProfile req-8 data.number_pool_settings.long_code_weight: expected Double, found string",
                    "RetrieveMessagingProfile req-8 data.surprise: member not in the spec",
                    "GetAutorespConfig req-9 data.keywords: required member missing",
                    "GetAutorespConfig req-9 data.country_code: required member missing",
                    "GetAutorespConfig req-9 data.created_at: required member missing",
                    "GetAutorespConfig req-9 data.updated_at: required member missing",
                ])
            let logged = logs.debug.filter { $0.message.hasPrefix("response drift") }
            #expect(logged.count == reported.count)
            #expect(logged.first?.metadata["request_id"] == "req-8")
            #expect(logged.first?.metadata["path"] == "data.enabled")
            // Reports name paths and kinds, never values.
            #expect(!logged.contains { $0.line.contains("yes") || $0.line.contains("heavy") })
        }
    }

    @Test("the items of every page are checked, at data[]")
    func pagesReportTheirItemsDrift() async throws {
        let page = #"{"data":[{"id":"p1","enabled":"yes"},{"id":"p2","enabled":"no"}],"meta":{"total_pages":1}}"#
        let capture = DriftCapture()
        try await withTestServer({ _, _ in .json(page, headers: ["x-request-id": "req-3"]) }) { server in
            capture.reset()
            var configuration = server.configuration()
            configuration.driftHandler = capture.handler
            let profiles = try await TelnyxClient(configuration: configuration).messagingProfiles.list().collect()
            #expect(profiles.map(\.id) == ["p1", "p2"])
            #expect(
                capture.reports.map(\.description) == [
                    "ListMessagingProfiles (200, request id req-3): data[].enabled: expected Bool, found string"
                ])
        }
    }

    @Test("with no hook and no debug logger nothing is checked")
    func quietWithoutListeners() async throws {
        try await withTestServer({ _, _ in .json(#"{"data":{"id":"p1","enabled":"yes"}}"#) }) { server in
            let logs = LogCapture()
            var configuration = server.configuration()
            configuration.logger = logs.logger(level: .info)
            let found = try await TelnyxClient(configuration: configuration).messagingProfiles.retrieve(id: "p1")
            #expect(found.data?.id == "p1")
            #expect(!logs.entries.contains { $0.message.hasPrefix("response drift") })
        }
    }
}
