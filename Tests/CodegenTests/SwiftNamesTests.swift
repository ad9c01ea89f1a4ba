import Foundation
import PluginsShared
import Testing

@testable import CodegenRender

/// Type names follow the one acronym table, also where the spec already spells them in UpperCamelCase.
@Suite("Swift names")
struct SwiftNamesTests {
    @Test func upperCamelSpecNamesKeepTheirSpellingButForAcronyms() {
        #expect(SwiftNames.typeName("WebhookApiVersion") == "WebhookAPIVersion")
        #expect(SwiftNames.typeName("CreateAlphanumericSenderIdRequest") == "CreateAlphanumericSenderIDRequest")
        #expect(SwiftNames.typeName("PhoneNumberIds") == "PhoneNumberIDs")
        #expect(SwiftNames.typeName("AiAssistantUrl") == "AIAssistantURL")
        #expect(SwiftNames.typeName("MessagingProfile") == "MessagingProfile")
        #expect(SwiftNames.typeName("PLMNCode") == "PLMNCode")
        #expect(SwiftNames.typeName("IdleTimeout") == "IdleTimeout")
        #expect(SwiftNames.typeName("phone_number_ids") == "PhoneNumberIDs")
    }

    /// No type of the committed client spells a word of the acronym table in lower case.
    @Test func generatedTypeNamesSpellAcronymsInCapitals() throws {
        let folder = RepoPaths.root.appendingPathComponent("Generated/Swift")
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
        var wrong: Set<String> = []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                for keyword in ["struct ", "enum ", "typealias "] {
                    guard let range = line.range(of: "public \(keyword)") else { continue }
                    let name = String(line[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                    let misspelt = NameWords.split(name).contains { word in
                        NameWords.acronyms[word.lowercased()].map { $0 != word } ?? false
                    }
                    if misspelt {
                        wrong.insert(name)
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.sorted())")
    }
}
