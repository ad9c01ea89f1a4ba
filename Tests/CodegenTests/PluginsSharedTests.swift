import CodegenIR
import Foundation
import SpecReader
import Testing

@testable import PluginsShared

/// Sources/PluginsShared: the build-tool plugin's YAML reader builds libyaml's tree, and the shared
/// names and paths are the ones the generator uses.
@Suite("PluginsShared")
struct PluginsSharedTests {
    /// libyaml's tree (SpecReader) in ``ProductsYAML/Node`` form.
    static func tree(_ node: SpecNode) -> ProductsYAML.Node {
        switch node.value {
        case .scalar(let text, let style): .scalar(text, quoted: style == .quoted)
        case .mapping(let entries): .mapping(entries.map { .init(key: $0.key, value: tree($0.value)) })
        case .sequence(let items): .sequence(items.map(tree))
        }
    }

    static func libyaml(_ text: String) throws -> ProductsYAML.Node {
        tree(try SpecFileReader.parse(text, file: "test.yaml"))
    }

    static let files = [
        "spec/products.yaml", "spec/naming.yaml",
        "Examples/Sources/TelnyxMessagingClient/products.yaml",
        "Tests/CodegenTests/Fixtures/config/products/products.yaml",
    ]

    @Test("the plugin's reader builds libyaml's tree of the repository's configuration", arguments: files)
    func repositoryFiles(_ relative: String) throws {
        let path = RepoPaths.path(relative)
        guard FileManager.default.fileExists(atPath: path) else { return }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(ProductsYAML.parse(text) == (try Self.libyaml(text)))
    }

    static let tricky = [
        // Comments, quotes, flow items, keys after a flow item, names only under operations:/webhooks:.
        """
        # products: - name: commented-out
        products:
          - name: "quoted-name"   # a comment
            title: 'Quoted: title # not a comment'
            tags: [A, "B, C", 'it''s']
          - title: Title first
            name: second
          - {name: flow-item, title: Flow, tags: [C]}
        operations:
          SendMessage: outbound  # not listed under products:
          ListThings: 'second'
        webhooks:
          "fax.queued": faxes
        """,
        // Flow style for whole sections, across lines, with a comment inside.
        """
        products: [{name: a, tags: [X,
            Y]}, {name: "b"}]   # two
        operations: {One: c, "Two": d,
          Three: a}
        """,
        // A sequence at the key's indentation, nested items, nulls, a multi-line plain title.
        """
        products:
        - name: one
          title: A long
            title
          tags:
          - First
          - Second
        - name: two
          tags: []
          extra: ~
        webhooks:
          hook.one: null
          hook.two: two
        """,
        // Block scalars and a document marker.
        """
        ---
        products:
          - name: lit
            title: |
              Line one
                indented

              after a blank
            description: >-
              folded
              text
          - name: "esc\\"aped\\tname"
        """,
    ]

    @Test("the plugin's reader builds libyaml's tree of tricky configurations", arguments: tricky)
    func trickyFiles(_ text: String) throws {
        #expect(ProductsYAML.parse(text) == (try Self.libyaml(text)))
        var configuration = GeneratorConfiguration()
        try configuration.addProducts(from: SpecFileReader.parse(text, file: "products.yaml"))
        #expect(ProductsFile.outputProducts(inYAML: text) == configuration.outputProducts)
    }

    @Test("the products that get files: the listed ones in order, then the assigned ones sorted")
    func outputProducts() {
        let names = ProductsFile.outputProducts(inYAML: Self.tricky[0])
        #expect(names == ["quoted-name", "second", "flow-item", "faxes", "outbound"])
        #expect(
            ProductsFile.outputProducts(listed: ["b", "a", "b"], assigned: ["c", "a", "0"]) == ["b", "a", "0", "c"])
        #expect(ProductsFile.outputProducts(inYAML: "") == [])
    }

    @Test("file stems: words split at non-alphanumerics and case changes, first letters uppercased")
    func stems() {
        #expect(OutputLayout.fileStem("messaging-profiles") == "MessagingProfiles")
        #expect(OutputLayout.fileStem("10dlc") == "10DLC")
        #expect(OutputLayout.fileStem("über-café") == "ÜberCafé")
        #expect(NameWords.split("aiVoices_v2.a1B") == ["ai", "Voices", "v2", "a1", "B"])
        #expect(NameCase.words("phone_numbers") == NameWords.split("phone_numbers"))
        #expect(Product.fallbackName == OutputLayout.fallbackProduct)
        let paths = OutputLayout.swiftFilePaths(products: ["10dlc", "voice_v2", "10dlc"])
        #expect(paths.filter { $0.hasSuffix("Models.swift") && !$0.contains("/Shared/") }.count == 3)
        #expect(paths.contains("Swift/Other/OtherOperations.swift"))
    }

    @Test("the ASCII word splitter is the Unicode one on ASCII names")
    func asciiSplitter() {
        let names = ["phone_numbers", "IDs", "webhookURL", "a1B", "x--y", "10DLC", "v2Api", " ", "", "ABCdef"]
        for name in names {
            var unicode: [String] = []
            var current = ""
            var previous: Character?
            for character in name {
                if !(character.isLetter || character.isNumber) {
                    if !current.isEmpty { unicode.append(current) }
                    current = ""
                } else if character.isUppercase, let previous, previous.isLowercase || previous.isNumber {
                    unicode.append(current)
                    current = String(character)
                } else {
                    current.append(character)
                }
                previous = character
            }
            if !current.isEmpty { unicode.append(current) }
            #expect(NameWords.asciiWords(name) == unicode, "\(name)")
        }
    }
}
