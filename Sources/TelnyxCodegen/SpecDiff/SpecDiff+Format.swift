import Foundation

/// How `telnyx-codegen diff` prints a diff.
public enum SpecDiffFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case json
}

extension SpecDiff {
    public func formatted(_ format: SpecDiffFormat) -> String {
        switch format {
        case .text: text
        case .markdown: markdown
        case .json: json
        }
    }

    /// One line per change, then the summary.
    public var text: String {
        (changes.map(\.line) + [summary]).map { $0 + "\n" }.joined()
    }

    /// A heading per product, breaking changes first, after a summary line.
    public var markdown: String {
        var lines = ["# API changes", "", "**\(summary)**"]
        for product in products {
            let changes = changes.filter { $0.product == product }
            let breaking = changes.filter { $0.severity == .breaking }
            let additive = changes.filter { $0.severity == .additive }
            lines += ["", "## \(product) (\(breaking.count) breaking, \(additive.count) additive)", ""]
            lines += Self.grouped(breaking + additive).map(SpecChange.markdownItem)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The changes with the same severity and detail together, in the order they first appear: a
    /// schema shared by several operations changes once, not once per operation.
    static func grouped(_ changes: [SpecChange]) -> [[SpecChange]] {
        var groups: [[SpecChange]] = []
        var positions: [String: Int] = [:]
        let wholeSubject: Set<SpecChange.Kind> = [
            .operationAdded, .operationRemoved, .operationRenamed, .webhookAdded, .webhookRemoved,
        ]
        for change in changes {
            // Whole operations and webhooks stay one line each.
            let key =
                wholeSubject.contains(change.kind) ? "\(groups.count)" : "\(change.severity.rawValue) \(change.detail)"
            if let position = positions[key] {
                groups[position].append(change)
            } else {
                positions[key] = groups.count
                groups.append([change])
            }
        }
        return groups
    }

    /// `{"changes": [...], "summary": {"additive": M, "breaking": N}}` with sorted keys.
    public var json: String {
        struct Summary: Encodable {
            var breaking: Int
            var additive: Int
        }
        struct Report: Encodable {
            var summary: Summary
            var changes: [SpecChange]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let report = Report(summary: Summary(breaking: breakingCount, additive: additiveCount), changes: changes)
        // Encoding plain strings and integers cannot fail.
        let data = (try? encoder.encode(report)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension SpecChange {
    /// `- **breaking** `POST /messages` (`messages.send`): body field 'to' type string -> [string]`;
    /// a group of the same change: `- **breaking** response field 'tools' ..., in 3 operations: ...`.
    static func markdownItem(_ group: [SpecChange]) -> String {
        let first = group[0]
        let label = first.severity == .breaking ? "**breaking**" : "additive"
        guard group.count > 1 else { return "- \(label) \(first.markdownSubject): \(first.detail)" }
        let subjects = group.map(\.markdownSubject).joined(separator: ", ")
        return "- \(label) \(first.detail), in \(group.count) operations: \(subjects)"
    }

    /// `` `POST /messages` (`messages.send`) ``.
    var markdownSubject: String {
        "`\(subject)`" + (swiftName.map { " (`\($0)`)" } ?? "")
    }
}
