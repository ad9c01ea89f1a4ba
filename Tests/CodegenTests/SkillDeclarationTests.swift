import Foundation
import Testing

/// The declarations the committed documents print (```swift declaration blocks) are the client's:
/// each one, line for line, is a `public func` or `public init` of `Generated/Swift`.
@Suite struct SkillDeclarationTests {
    /// The declarations of Swift source: from a line starting `public func ` or `public init(` to
    /// the line that opens its body, each line trimmed, the ` {` left out.
    static func declarations(inSource text: String) -> Set<String> {
        var found: Set<String> = []
        var current: [Substring]?
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            if current == nil, trimmed.hasPrefix("public func ") || trimmed.hasPrefix("public init(") {
                current = []
            }
            guard current != nil else { continue }
            if trimmed.hasSuffix(" {") {
                current!.append(trimmed.dropLast(2))
                found.insert(current!.joined(separator: "\n"))
                current = nil
            } else {
                current!.append(trimmed)
            }
        }
        return found
    }

    /// The declarations of a document's ```swift declaration blocks: blank lines separate them,
    /// `//` lines name what they belong to.
    static func declarations(inDocument markdown: String) -> [String] {
        var found: [String] = []
        var block: [Substring]?
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { found.append(current.joined(separator: "\n")) }
            current = []
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if block == nil {
                if line == "```swift declaration" { block = [] }
            } else if line == "```" {
                flush()
                block = nil
            } else if line.isEmpty {
                flush()
            } else if !line.hasPrefix("//") {
                current.append(line.drop { $0 == " " })
            }
        }
        return found
    }

    @Test func everyDocumentedDeclarationIsTheClients() throws {
        var source = ""
        for file in RepoPaths.swiftFiles(under: "Generated/Swift") {
            source += try String(contentsOfFile: RepoPaths.path("Generated/Swift/" + file), encoding: .utf8) + "\n"
        }
        let declared = Self.declarations(inSource: source)
        let skills = RepoPaths.path("Generated/skills")
        let documents = (FileManager.default.enumerator(atPath: skills)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        var methods = 0
        for document in documents {
            let text = try String(contentsOfFile: skills + "/" + document, encoding: .utf8)
            for declaration in Self.declarations(inDocument: text) {
                #expect(declared.contains(declaration), "\(document): not declared by the client:\n\(declaration)")
                if document.hasSuffix("api-details.md"), declaration.hasPrefix("public func ") { methods += 1 }
            }
        }
        // Every operation is declared in its product's api-details.md (more: overloads taking fields).
        #expect(methods >= 1156, "api-details.md documents declare \(methods) methods")
    }

    @Test func readersFindDeclarationsInSourceAndDocuments() {
        let source =
            "extension R {\n    public func f(\n        a: Int,\n        options: O = .none\n    ) async throws -> T {\n        x\n    }\n}\n"
        #expect(
            Self.declarations(inSource: source) == ["public func f(\na: Int,\noptions: O = .none\n) async throws -> T"])
        let markdown =
            "```swift declaration\npublic func f(\n    a: Int,\n    options: O = .none\n) async throws -> T\n\n// filter: F\npublic init(b: Int? = nil)\n```\n"
        #expect(
            Self.declarations(inDocument: markdown) == [
                "public func f(\na: Int,\noptions: O = .none\n) async throws -> T", "public init(b: Int? = nil)",
            ])
    }

    /// Each row of a response table (`| \`name\` (\`wire\`) | \`Type\` | Yes |`) is a property the
    /// module declares with that type: `Yes` exactly where the type is not optional.
    @Test func responseTablesGiveTheDeclaredTypeAndGuarantee() throws {
        var checked = 0
        for product in ["messaging", "voice", "numbers"] {
            // The product's module and the core, which holds the models several products share.
            let module = RepoPaths.swiftFiles(under: "Generated/Swift").filter {
                $0.hasPrefix("Telnyx\(product.capitalized)/") || $0.hasPrefix("TelnyxCore/")
            }
            var source = ""
            for file in module {
                source += try String(contentsOfFile: RepoPaths.path("Generated/Swift/" + file), encoding: .utf8)
            }
            let details = try String(
                contentsOfFile: RepoPaths.path("Generated/skills/telnyx-\(product)-swift/references/api-details.md"),
                encoding: .utf8)
            let schemas = try #require(details.components(separatedBy: "## Response Schemas").last)
                .components(separatedBy: "## Webhook Payload Fields")[0]
            for line in schemas.split(separator: "\n") where line.hasPrefix("| `") {
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                let name = String(cells[0].dropFirst().prefix { $0 != "`" })
                let type = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
                #expect((cells[2] == "Yes") == !type.hasSuffix("?"), "\(line)")
                let declared = "public var \(name): \(type) {"
                #expect(source.contains(declared), "Telnyx\(product.capitalized) has no `\(declared)` (\(line))")
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    /// Each enum a response table's properties are is listed with the cases its module declares,
    /// in order (`CallResource.StatusValue`: `.ringing`, `.inProgress`, ...), so a `switch` needs no source.
    @Test func responseTablesListEachEnumsCases() throws {
        var source = ""
        for file in RepoPaths.swiftFiles(under: "Generated/Swift") {
            source += try String(contentsOfFile: RepoPaths.path("Generated/Swift/" + file), encoding: .utf8)
        }
        var checked = 0
        for product in ["texml", "voice", "messaging"] {
            let details = try String(
                contentsOfFile: RepoPaths.path("Generated/skills/telnyx-\(product)-swift/references/api-details.md"),
                encoding: .utf8)
            for line in details.split(separator: "\n") where line.hasPrefix("`") && line.contains("`: `.") {
                let type = String(line.dropFirst().prefix { $0 != "`" })
                let listed = line.split(separator: "`").filter { $0.hasPrefix(".") && !$0.hasPrefix(".unknown(") }
                    .map { String($0.dropFirst()) }
                let parts = type.split(separator: ".")
                let header =
                    parts.count == 1
                    ? "public enum \(type): OpenEnum"
                    : "extension \(parts.dropLast().joined(separator: ".")) {\n    public enum \(parts.last!): OpenEnum"
                let range = try #require(source.range(of: header), "\(type) is not declared")
                let body = source[range.upperBound...].prefix { $0 != "/" }
                let declared = body.split(separator: "\n").compactMap { line -> String? in
                    let text = line.trimmingCharacters(in: .whitespaces)
                    return text.hasPrefix("case ")
                        ? String(text.dropFirst(5)).replacingOccurrences(of: "`", with: "") : nil
                }
                #expect(listed == declared, "\(product): \(type)")
                checked += 1
            }
        }
        #expect(checked > 40)
    }

    /// A document whose calls take or return `JSONValue` says how to write and read it, and every
    /// accessor it names is one `JSONValue` declares (the runtime's public API listing).
    @Test func untypedJSONNoteNamesTheRuntimesAccessors() throws {
        let listing = try String(
            contentsOfFile: RepoPaths.path("Tests/CodegenTests/Golden/public-api/TelnyxRuntime.txt"), encoding: .utf8)
        let missions = try String(
            contentsOfFile: RepoPaths.path("Generated/skills/telnyx-missions-swift/SKILL.md"), encoding: .utf8)
        let note = try #require(missions.split(separator: "\n").first { $0.hasPrefix("- **Untyped JSON**") })
        let accessors = note.split(separator: "`").flatMap { $0.split(separator: ".") }
            .filter {
                $0.allSatisfy(\.isLetter) && $0.first?.isLowercase == true && $0.hasSuffix("Value") || $0 == "isNull"
            }
        #expect(accessors.count == 7, "\(accessors)")
        for accessor in accessors {
            #expect(listing.contains("\nJSONValue.\(accessor): "), "JSONValue.\(accessor)")
        }
        #expect(listing.contains("\nJSONValue.subscript(_:): subscript(key: String) -> JSONValue? { get }"))
        // Fax calls take and return models only: no note.
        let fax = try String(
            contentsOfFile: RepoPaths.path("Generated/skills/telnyx-fax-swift/SKILL.md"), encoding: .utf8)
        #expect(!fax.contains("**Untyped JSON**"))
    }
}
