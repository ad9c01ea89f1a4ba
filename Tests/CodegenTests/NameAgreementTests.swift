import Foundation
import TelnyxCodegen
import Testing

/// The official Node SDK's names in `../shared/reference`.
enum OfficialNames {
    static let path = FullSpec.repoRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/reference/official-sdk-names.json").path
    static var available: Bool { FileManager.default.fileExists(atPath: path) && FullSpec.available }
}

/// Agreement with the official Node SDK's names over the endpoints it shares with the latest spec
/// (`telnyx-codegen names ../shared/telnyx-openapi/spec3-2026-07-16.yml --config spec`).
@Suite(
    "Official SDK names",
    .enabled(
        if: OfficialNames.available,
        "../shared absent: official-name agreement skipped"))
struct NameAgreementTests {
    static let agreement = Result {
        try NameAgreement.measure(
            specPath: FullSpec.latest, configDirectory: FullSpec.configDirectory, officialPath: OfficialNames.path)
    }

    @Test func overridesStayFew() throws {
        let agreement = try Self.agreement.get()
        #expect(agreement.shared == 1151)
        #expect(agreement.overrides <= 200)
    }

    /// Issue 13 asks for 85% rules-only and 97% with at most 200 overrides.
    @Test func issueTargets() throws {
        let agreement = try Self.agreement.get()
        #expect(agreement.rulesOnlyPercent >= 85)
        #expect(agreement.withOverridesPercent >= 97)
    }

    /// The floors reached so far (rules alone 88.0%, with overrides 97.6%): a rule change that loses
    /// agreement shows here. Official names differ on purpose where a method would repeat its
    /// resource (`texml.accounts.calls.create`, not `calls.calls`; the same for conference
    /// participants; `ai.conversations.insightGroups.create` and `.list`, not `.insightGroups` and
    /// `.retrieveInsightGroups`; TeXML's `calls.retrievePage`, not `calls.retrieveCalls`, and its
    /// `json.retrieve`/`json.delete`; `ai.openai.embeddings.create`), and where the official name is
    /// no verb (`texml.aiCalls.create`, not `texml.updateAiCall` for initiating a call; `insights.unassign`,
    /// not `deleteUnassign`; `ai.responses.create` and `texml.secrets.create`, not `ai.responses`).
    @Test func agreementFloors() throws {
        let agreement = try Self.agreement.get()
        #expect(agreement.rulesOnly >= 1013)
        #expect(agreement.withOverrides >= 1123)
    }

    @Test func digitSuffixAgreesWhenUnique() {
        // `list0`/`list1` are the official SDK's own de-duplication.
        #expect(NameAgreement.agreeingForTesting(["GET /a"], ["GET /a": "a.list"], ["GET /a": "a.list0"]) == 1)
        #expect(
            NameAgreement.agreeingForTesting(
                ["GET /a"], ["GET /a": "a.list", "GET /b": "a.list"], ["GET /a": "a.list0"]) == 0)
    }
}
