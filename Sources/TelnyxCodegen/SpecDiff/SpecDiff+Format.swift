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
            lines += (breaking + additive).map(\.markdownItem)
        }
        return lines.map { $0 + "\n" }.joined()
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
    /// `- **breaking** `POST /messages` (`messages.send`): body field 'to' type string -> [string]`.
    var markdownItem: String {
        let name = swiftName.map { " (`\($0)`)" } ?? ""
        let label = severity == .breaking ? "**breaking**" : "additive"
        return "- \(label) `\(subject)`\(name): \(detail)"
    }
}
