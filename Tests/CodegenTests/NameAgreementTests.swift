import Foundation
import Testing

@testable import TelnyxCodegen

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

    /// The floors reached so far (rules alone 87.6%, with overrides 97.1%, 1,096 spelled exactly): a
    /// rule change that loses agreement shows here. Official names differ on purpose where a method
    /// would repeat its resource (`texml.accounts.calls.create`, not `calls.calls`; TeXML's
    /// `calls.list`, not `calls.retrieveCalls`, its `json.retrieve`/`json.delete` and
    /// `calls.recordings.update`, not `recordings.recordingSidJson`;
    /// `ai.conversations.insightGroups.create` and `.list`; `ai.missions.tools.retrieve`, not
    /// `.getTool`; `ai.missions.listRuns`, not `.runs.listRuns` beside `.runs.list`), and where the
    /// official name is no verb (`insights.unassign`, not `deleteUnassign`; `ai.responses.create` and
    /// `texml.secrets.create`, not `ai.responses`).
    @Test func agreementFloors() throws {
        let agreement = try Self.agreement.get()
        #expect(agreement.rulesOnly >= 1008)
        #expect(agreement.withOverrides >= 1118)
        #expect(agreement.exact >= 1096)
    }

    /// `tools.createTool` agrees with our `tools.create`: the name without its repeated resource noun.
    @Test func aNameWithoutItsRepeatedResourceAgrees() {
        #expect(
            NameAgreement.agreeingForTesting(
                ["POST /t", "POST /p", "GET /r"],
                ["POST /t": "m.tools.create", "POST /p": "m.plan.addSteps", "GET /r": "m.tools.retrieve"],
                ["POST /t": "m.tools.createTool", "POST /p": "m.plan.addStepsToPlan", "GET /r": "m.tools.getTool"])
                == 2)
        #expect(NameAgreement.withoutRepeatedResource("m.mcpServers.deleteMcpServer") == "m.mcpServers.delete")
        #expect(NameAgreement.withoutRepeatedResource("texml.calls.calls") == nil)
        #expect(NameAgreement.withoutRepeatedResource("messages.send") == nil)
    }

    @Test func digitSuffixAgreesWhenUnique() {
        // `list0`/`list1` are the official SDK's own de-duplication.
        #expect(NameAgreement.agreeingForTesting(["GET /a"], ["GET /a": "a.list"], ["GET /a": "a.list0"]) == 1)
        #expect(
            NameAgreement.agreeingForTesting(
                ["GET /a"], ["GET /a": "a.list", "GET /b": "a.list"], ["GET /a": "a.list0"]) == 0)
    }
}
