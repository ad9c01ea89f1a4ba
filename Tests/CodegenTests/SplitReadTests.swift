import Foundation
import Testing

@testable import SpecReader

/// A large YAML document is read as two halves on two threads (`TopLevelSplit`); what it reads, and
/// every error's location, is the same as reading it whole.
@Suite struct SplitReadTests {
    /// A document over the split threshold (`first` and `second`, top-level mappings of 12,000 keys,
    /// and `tags`, a sequence written at the start of its lines as the published specs write theirs),
    /// with `extra` appended to the second.
    static func document(extra: String = "") -> String { base + extra }

    static let base: String = {
        let first = (0..<12_000).map { "  key\($0):\n    description: value \($0) & more\n    type: string\n" }
        let second = (0..<12_000).map { "  item\($0):\n    - \($0)\n    - \"text \($0)\"\n" }
        return "# comment\ntags:\n- name: a\n- name: b\nfirst:\n" + first.joined() + "second:\n" + second.joined()
    }()

    @Test func aSplitReadEqualsTheWholeDocument() throws {
        let text = Self.document()
        // It splits before `second:`, the only top-level key after the first.
        let split = try #require(TopLevelSplit.point(in: Array(text.utf8)))
        #expect(text.utf8.dropFirst(split).starts(with: "second:\n".utf8))
        // Both halves read on their own, so the split read is the one used.
        #expect(SpecFileReader.parseHalves(Array(text.utf8), at: split, file: "big.yaml") != nil)
        let root = try SpecFileReader.parse(text, file: "big.yaml")
        #expect(root.entries.map(\.key) == ["tags", "first", "second"])
        #expect(root["tags"]?.items.count == 2)
        let last = try #require(root["second"]?["item11999"])
        #expect(last.items.map(\.scalarText) == ["11999", "text 11999"])
        // Lines count from the top of the file in the second half too.
        let line = text.components(separatedBy: "\n").firstIndex(of: "  item11999:")! + 1
        #expect(root["second"]?.entries.last?.keyLocation.line == line)
    }

    /// A document marker means several documents: the document is read whole.
    @Test func aDocumentMarkerKeepsTheDocumentWhole() {
        #expect(TopLevelSplit.point(in: Array((Self.document() + "---\nnext: 1\n").utf8)) == nil)
        #expect(TopLevelSplit.point(in: Array(("---\n" + Self.document()).utf8)) == nil)
    }

    /// An error in the second half makes the split read give up; the whole read reports it at its line.
    @Test func errorsInTheSecondHalfKeepTheirLine() throws {
        let text = Self.document(extra: "  broken: [unclosed\n")
        let line = text.components(separatedBy: "\n").count - 1
        do {
            _ = try SpecFileReader.parse(text, file: "big.yaml")
            Issue.record("malformed YAML was read")
        } catch let error as SpecReadError {
            #expect(error.location.line >= line - 1 && error.location.line <= line + 1, "\(error)")
        }
    }

    @Test func aKeyInBothHalvesAndAnAliasAcrossThemReadAsAWholeDocumentDoes() throws {
        let duplicate = Self.document(extra: "first: again\n")
        #expect(throws: SpecReadError.self) { try SpecFileReader.parse(duplicate, file: "big.yaml") }
        let aliased = "anchor: &shared {a: 1}\n" + Self.document(extra: "  alias: *shared\n")
        let root = try SpecFileReader.parse(aliased, file: "big.yaml")
        #expect(root["second"]?["alias"]?["a"]?.scalarText == "1")
    }
}
