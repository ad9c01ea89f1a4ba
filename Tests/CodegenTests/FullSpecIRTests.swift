import CodegenIR
import Foundation
import TelnyxCodegen
import Testing

/// The repository root and the Telnyx specs in `../shared` beside it.
enum FullSpec {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let sharedSpecs = repoRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/telnyx-openapi")
    static let latest = sharedSpecs.appendingPathComponent("spec3-2026-07-16.yml").path
    static let configDirectory = repoRoot.appendingPathComponent("spec").path
    static var available: Bool { FileManager.default.fileExists(atPath: latest) }

    /// The latest spec's IR, built once for every test.
    static let built: Result<Built, any Error> = Result {
        let loaded = try GeneratorPipeline.load(.init(specPath: latest, configDirectory: configDirectory))
        let (model, diagnostics) = (loaded.model, loaded.diagnostics)
        return Built(model: model, diagnostics: diagnostics)
    }

    static func load() throws -> Built { try built.get() }
}

@Suite(
    "Full Telnyx spec", .enabled(if: FullSpec.available, "../shared absent: full-spec tests skipped"))
struct FullSpecIRTests {
    @Test func counts() throws {
        let built = try FullSpec.load()
        #expect(built.model.operations.count == 1156)
        #expect(built.model.schemas.count == 1875)
        #expect(built.model.webhooks.count == 66)
        #expect(!built.diagnostics.contains { $0.severity == .error })
    }

    @Test func everyOperationHasAUniqueName() throws {
        let built = try FullSpec.load()
        var seen: [String: String] = [:]
        for operation in built.model.operations {
            #expect(
                !operation.methodName.isEmpty, "\(operation.method) \(operation.path) has no method name")
            let route = "\(operation.method.description) \(operation.path)"
            if let first = seen.updateValue(route, forKey: operation.dottedName) {
                Issue.record("\(route) and \(first) are both named \(operation.dottedName)")
            }
        }
        #expect(seen.count == 1156)
    }

    @Test func everyListOperationHasAPaginationStyle() throws {
        let built = try FullSpec.load()
        let schemas = Dictionary(built.model.schemas.map { ($0.name, $0.type) }) { first, _ in first }
        func resolved(_ type: TypeRef?) -> TypeRef? {
            var current = type
            for _ in 0..<16 {
                guard case .reference(let name)? = current else { return current }
                current = schemas[name]
            }
            return current
        }
        var lists = 0
        for operation in built.model.operations where operation.method == .get {
            let json = operation.successResponse?.contents.first { $0.kind == .json }
            let dataIsArray: Bool
            if let shape = resolved(json?.schema)?.objectShape,
                case .array? = resolved(shape.property("data")?.type)
            {
                dataIsArray = true
            } else {
                dataIsArray = false
            }
            guard dataIsArray || operation.pagination != nil else { continue }
            lists += 1
            #expect(
                operation.pagination != nil, "GET \(operation.path) lists items but has no pagination style"
            )
        }
        #expect(lists >= 250)
        let styles = Set(built.model.operations.compactMap(\.pagination?.style))
        #expect(
            styles.isSuperset(of: [.pageNumber, .cursor, .pageCursor, .perPage, .none]), "\(styles)")
    }

    @Test(
        arguments: [
            ("post", "/messages", "messages.send"),
            ("post", "/messages/alphanumeric_sender_id", "messages.sendWithAlphanumericSender"),
            ("post", "/messages/group_mms", "messages.sendGroupMMS"),
            ("post", "/messages/long_code", "messages.sendLongCode"),
            ("post", "/messages/number_pool", "messages.sendNumberPool"),
            ("post", "/messages/short_code", "messages.sendShortCode"),
            ("post", "/messages/whatsapp", "messages.sendWhatsapp"),
            ("post", "/messages/schedule", "messages.schedule"),
            ("get", "/messages/{id}", "messages.retrieve"),
            ("delete", "/messages/{id}", "messages.cancelScheduled"),
            ("get", "/messages/group/{message_id}", "messages.retrieveGroupMessages"),
            ("get", "/messaging_profiles", "messagingProfiles.list"),
            ("post", "/messaging_profiles", "messagingProfiles.create"),
            ("get", "/messaging_profiles/{id}", "messagingProfiles.retrieve"),
            ("patch", "/messaging_profiles/{id}", "messagingProfiles.update"),
            ("delete", "/messaging_profiles/{id}", "messagingProfiles.delete"),
            ("get", "/messaging_profiles/{id}/phone_numbers", "messagingProfiles.listPhoneNumbers"),
            ("get", "/messaging_profiles/{id}/short_codes", "messagingProfiles.listShortCodes"),
            (
                "get", "/messaging_profiles/{id}/alphanumeric_sender_ids",
                "messagingProfiles.listAlphanumericSenderIds"
            ),
            ("get", "/messaging_profiles/{id}/metrics", "messagingProfiles.retrieveMetrics"),
            (
                "post", "/messaging_profiles/{id}/actions/regenerate_secret",
                "messagingProfiles.actions.regenerateSecret"
            ),
            (
                "get", "/messaging_profiles/{profile_id}/autoresp_configs",
                "messagingProfiles.autorespConfigs.list"
            ),
            (
                "post", "/messaging_profiles/{profile_id}/autoresp_configs",
                "messagingProfiles.autorespConfigs.create"
            ),
            (
                "get", "/messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}",
                "messagingProfiles.autorespConfigs.retrieve"
            ),
            (
                "put", "/messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}",
                "messagingProfiles.autorespConfigs.update"
            ),
            (
                "delete", "/messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}",
                "messagingProfiles.autorespConfigs.delete"
            ),
            ("get", "/short_codes", "shortCodes.list"),
            ("get", "/short_codes/{id}", "shortCodes.retrieve"),
            ("patch", "/short_codes/{id}", "shortCodes.update"),
            ("get", "/phone_numbers/{id}/messaging", "phoneNumbers.messaging.retrieve"),
            ("patch", "/phone_numbers/{id}/messaging", "phoneNumbers.messaging.update"),
            ("get", "/phone_numbers/messaging", "phoneNumbers.messaging.list"),
            ("get", "/messaging_optouts", "messagingOptouts.list"),
            ("get", "/alphanumeric_sender_ids", "alphanumericSenderIds.list"),
            ("post", "/alphanumeric_sender_ids", "alphanumericSenderIds.create"),
            ("get", "/alphanumeric_sender_ids/{id}", "alphanumericSenderIds.retrieve"),
            ("delete", "/alphanumeric_sender_ids/{id}", "alphanumericSenderIds.delete"),
        ])
    func messagingNames(method: String, path: String, name: String) throws {
        let built = try FullSpec.load()
        #expect(try built.operation(method, path).dottedName == name)
    }

    @Test func duplicateOperationIDWarns() throws {
        let built = try FullSpec.load()
        let warnings = built.diagnostics(containing: "duplicate operationId 'ListPhoneNumbers'")
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.location.lineColumn == "115059:20")
        #expect(warning.message.hasSuffix("this one is renamed 'ListPhoneNumbers2'"))
        #expect(try built.operation("get", "/phone_numbers").id == "ListPhoneNumbers")
    }

    @Test func integerEnumListingNullWarns() throws {
        let built = try FullSpec.load()
        let warnings = built.diagnostics(containing: "enum lists null")
        // DKIMStatus: `algorithm` (string) and `key_length` (integer), both with `nullable: true`.
        #expect(warnings.map(\.location.lineColumn) == ["25504:11", "25510:11"])
        #expect(warnings.allSatisfy { $0.severity == .warning })
        let keyLength = try built.property("DKIMStatus", "key_length")
        #expect(keyLength.type.enumShape?.kind == .integer)
        #expect(keyLength.type.enumShape?.includesNull == true)
        #expect(keyLength.nullable)
    }

    @Test func starContentTypeWarns() throws {
        let built = try FullSpec.load()
        let warnings = built.diagnostics(containing: "malformed content type '*'")
        #expect(warnings.map(\.location.lineColumn) == ["86978:13"])
        #expect(warnings.first?.severity == .warning)
    }

    @Test(arguments: ["spec3-2026-02-26.json", "spec3-2026-06-10.yml"])
    func olderSpecsLoadWithoutErrors(file: String) throws {
        let path = FullSpec.sharedSpecs.appendingPathComponent(file).path
        try #require(FileManager.default.fileExists(atPath: path), "\(file) is missing")
        let loaded = try GeneratorPipeline.load(.init(specPath: path, configDirectory: FullSpec.configDirectory))
        let (model, diagnostics) = (loaded.model, loaded.diagnostics)
        #expect(!diagnostics.contains { $0.severity == .error })
        #expect(model.operations.count > 900)
        #expect(model.schemas.count > 1000)
    }
}
