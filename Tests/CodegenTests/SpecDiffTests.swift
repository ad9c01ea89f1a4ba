import Foundation
import Testing

@testable import TelnyxCodegen

@Suite("telnyx-codegen diff")
struct SpecDiffTests {
    private let old = Fixture.path("diff/old.yaml")
    private let new = Fixture.path("diff/next/new.yaml")

    @Test func fixtureChangesLineByLine() {
        let result = Commands.diff(oldPath: old, newPath: new, configDirectory: nil)
        #expect(result.status == 1)
        let prefix = "POST /messages (messages.send)"
        #expect(
            result.output.split(separator: "\n").map(String.init) == [
                "BREAKING messages: GET /legacy (legacy.retrieve): operation removed",
                "BREAKING messages: \(prefix): renamed from messages.create to messages.send",
                "BREAKING messages: \(prefix): query parameter 'dry_run' removed",
                "BREAKING messages: \(prefix): body field 'from' added (required, String)",
                "ADDITIVE messages: \(prefix): body field 'subject' added (optional, String)",
                "BREAKING messages: \(prefix): body field 'to' type String -> [String]",
                "BREAKING messages: \(prefix): body field 'text' is no longer nullable",
                "BREAKING messages: \(prefix): response field 'legacy_flag' removed",
                "ADDITIVE messages: \(prefix): response field 'sent_at' added (optional, Date)",
                "BREAKING messages: \(prefix): response field 'status' enum value 'failed' removed",
                "ADDITIVE messages: \(prefix): response field 'status' enum value 'delivered' added",
                "ADDITIVE messages: GET /numbers (numbers.retrieve): operation added",
                "ADDITIVE other: webhook messageSent: webhook added",
                "8 breaking, 5 additive",
            ])
    }

    @Test func parameterBodyResponseAndWebhookChanges() {
        let result = Commands.diff(
            oldPath: Fixture.path("diff/more/old.yaml"), newPath: Fixture.path("diff/more/new.yaml"),
            configDirectory: nil)
        #expect(result.status == 1)
        let list = "GET /numbers (numbers.list)"
        #expect(
            result.output.split(separator: "\n").map(String.init) == [
                "BREAKING numbers: \(list): query parameter 'account' added (required, String)",
                "ADDITIVE numbers: \(list): query parameter 'region' added (optional, String)",
                "BREAKING numbers: \(list): query parameter 'page' type Int -> String",
                "BREAKING numbers: \(list): query parameter 'country' is now required",
                "BREAKING numbers: \(list): response field 'tags' type [String] -> [Int]",
                "BREAKING numbers: \(list): response field 'phone_number' is now optional",
                "ADDITIVE numbers: PATCH /numbers/{id} (numbers.update): body added (optional)",
                "BREAKING other: webhook numberPorted: webhook removed",
                "6 breaking, 2 additive",
            ])
    }

    @Test func identicalSpecsExitZero() {
        let result = Commands.diff(oldPath: old, newPath: old, configDirectory: nil)
        #expect(result.status == 0)
        #expect(result.output == "0 breaking, 0 additive\n")
    }

    @Test func diffIsDirectional() throws {
        let diff = try #require(SpecDiffTests.diff(new, old))
        #expect(diff.additiveCount > 0)
        let reverse = try #require(SpecDiffTests.diff(old, new))
        #expect(reverse.breakingCount == 8)
    }

    @Test func unreadableSpecExitsTwo() {
        let result = Commands.diff(oldPath: "/nonexistent.yaml", newPath: old, configDirectory: nil)
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("/nonexistent.yaml"))
    }

    @Test func markdownListsAChangeSharedByOperationsOnce() {
        func change(_ kind: SpecChange.Kind, _ subject: String, _ detail: String) -> SpecChange {
            SpecChange(
                kind == .operationAdded ? .additive : .breaking, kind, product: "p", subject: subject,
                swiftName: nil, detail: detail, order: subject)
        }
        let changes = [
            change(.responseFieldTypeChanged, "GET /a", "response field 'tools' type T changed shape"),
            change(.operationAdded, "GET /b", "operation added"),
            change(.responseFieldTypeChanged, "GET /c", "response field 'tools' type T changed shape"),
            change(.operationAdded, "GET /d", "operation added"),
        ]
        let items = SpecDiff.grouped(changes).map(SpecChange.markdownItem)
        #expect(
            items == [
                "- **breaking** response field 'tools' type T changed shape, in 2 operations: `GET /a`, `GET /c`",
                "- additive `GET /b`: operation added",
                "- additive `GET /d`: operation added",
            ])
    }

    @Test func markdownAndJSON() throws {
        let markdown = Commands.diff(oldPath: old, newPath: new, configDirectory: nil, format: .markdown).output
        #expect(
            markdown.hasPrefix("# API changes\n\n**8 breaking, 5 additive**\n\n## messages (8 breaking, 4 additive)\n"))
        #expect(markdown.contains("- **breaking** `GET /legacy` (`legacy.retrieve`): operation removed\n"))
        let json = Commands.diff(oldPath: old, newPath: new, configDirectory: nil, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["breaking": 8, "additive": 5])
        #expect((object["changes"] as? [Any])?.count == 13)
        #expect(json.errors == "8 breaking, 5 additive\n")
    }

    @Test(.enabled(if: FullSpec.available, "../shared absent: real spec diff skipped"))
    func realSpecPair() throws {
        let previous = FullSpec.sharedSpecs.appendingPathComponent("spec3-2026-06-10.yml").path
        let first = Commands.diff(
            oldPath: previous, newPath: FullSpec.latest, configDirectory: FullSpec.configDirectory)
        let second = Commands.diff(
            oldPath: previous, newPath: FullSpec.latest, configDirectory: FullSpec.configDirectory)
        #expect(first == second)
        #expect(first.status != 2)
        #expect(first.output.contains("ADDITIVE"))
        #expect(first.output.split(separator: "\n").count > 10)
    }

    private static func diff(_ a: String, _ b: String) -> SpecDiff? {
        guard let old = try? GeneratorPipeline.load(.init(specPath: a)).model,
            let new = try? GeneratorPipeline.load(.init(specPath: b)).model
        else { return nil }
        return SpecDiff.compare(old: old, new: new)
    }
}
