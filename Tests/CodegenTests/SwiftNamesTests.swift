import CodegenIR
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

    @Test func aRunOfCapitalsEndingInAnAcronymSpellsIt() {
        #expect(SwiftNames.typeName("AUIdVerificationParams") == "AUIDVerificationParams")
        #expect(SwiftNames.typeName("MCCs") == "MCCs")
        #expect(SwiftNames.typeName("URLShortener") == "URLShortener")
        #expect(SwiftNames.typeName("PhoneNumberIDs") == "PhoneNumberIDs")
    }

    /// Whether `name` spells a word of the acronym table otherwise than the table does (a member's
    /// first word is lower case by the guidelines: `urlString`, `aiAssistantID`).
    static func misspeltAcronym(_ name: String, isType: Bool) -> Bool {
        let words = NameWords.split(name).dropFirst(isType ? 0 : 1)
        return words.contains { word in
            if let acronym = NameWords.acronyms[word.lowercased()] { return acronym != word }
            return SwiftNames.spellingAcronym(word) != word
        }
    }

    /// No type or member of the committed client spells a word of the acronym table in lower case.
    @Test func generatedNamesSpellAcronymsInCapitals() throws {
        #expect(Self.misspeltAcronym("AiAssistantsResource", isType: true))
        #expect(Self.misspeltAcronym("updateAiCall", isType: false))
        #expect(!Self.misspeltAcronym("aiAssistantID", isType: false))
        let wrong = try Self.declaredNames().filter { Self.misspeltAcronym($0.name, isType: $0.isType) }
        #expect(wrong.isEmpty, "\(wrong.map(\.name).sorted())")
    }

    /// A word the client's names spell both in capitals and as a word (`DtmfType` beside
    /// `SendDTMFRequest`, `TexmlApplication` beside `CreateTeXMLSecretRequest`) belongs in the acronym
    /// table, so that siblings are spelled alike. The spec's `POST` (`AccessIPAddressPOST`, an HTTP
    /// method, not an acronym) and country codes in cases (`londonUk`) are no such words.
    @Test func noWordOfTheClientIsSpelledTwoWays() throws {
        var spellings: [String: Set<String>] = [:]
        for (name, isType) in try Self.declaredNames() {
            for word in NameWords.split(name).dropFirst(isType ? 0 : 1) where word.count >= 2 {
                let capitals = word.dropLast(word.hasSuffix("s") ? 1 : 0)
                let kind =
                    capitals.allSatisfy(\.isUppercase)
                    ? "capitals" : word.dropFirst().allSatisfy(\.isLowercase) ? "word" : "mixed"
                spellings[word.lowercased(), default: []].insert(kind)
            }
        }
        let twoWays = spellings.filter { $0.value.isSuperset(of: ["capitals", "word"]) }.keys
        #expect(Set(twoWays).subtracting(["post", "uk"]).isEmpty, "\(twoWays.sorted())")
    }

    /// Every type and member the committed client declares, with whether it is a type.
    static func declaredNames() throws -> [(name: String, isType: Bool)] {
        let folder = RepoPaths.root.appendingPathComponent("Generated/Swift")
        let files = RepoPaths.swiftFiles(under: "Generated/Swift")
        #expect(files.count > 100, "only \(files.count) files in Generated/Swift")
        var names: Set<String> = []
        var found: [(name: String, isType: Bool)] = []
        let declarations: [(keyword: String, isType: Bool)] = [
            ("struct ", true), ("enum ", true), ("typealias ", true), ("func ", false), ("var ", false),
            ("let ", false), ("case ", false),
        ]
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                for (keyword, isType) in declarations {
                    guard let range = line.range(of: keyword) else { continue }
                    let name = String(line[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                    if !name.isEmpty, names.insert("\(isType) \(name)").inserted { found.append((name, isType)) }
                }
            }
        }
        return found
    }
}

/// The naming rules one by one: words, acronyms, reserved words, collisions, suffixes, files and modules.
@Suite("Naming rules")
struct NamingRuleTests {
    @Test func membersAreLowerCamelCaseWithTheAcronymsOfTheTable() {
        #expect(SwiftNames.memberName("messaging_profile_id") == "messagingProfileID")
        #expect(SwiftNames.memberName("webhook_url") == "webhookURL")
        #expect(SwiftNames.memberName("media_urls") == "mediaURLs")
        #expect(SwiftNames.memberName("ai_assistant_id") == "aiAssistantID")
        #expect(SwiftNames.memberName("sip_uri") == "sipURI")
        #expect(SwiftNames.memberName("phoneNumberIds") == "phoneNumberIDs")
        #expect(SwiftNames.memberName("2fa_enabled") == "_2faEnabled")
    }

    @Test func oneCamelCaseRuleForEveryName() {
        // A leading run of capitals keeps its last capital for the word it begins.
        #expect(SwiftNames.memberName("SIPReferTool") == "sipReferTool")
        #expect(SwiftNames.memberName("AIAssistantId") == "aiAssistantID")
        #expect(SwiftNames.memberName("GCSConfigurationData") == "gcsConfigurationData")
        // A plural acronym, a word of the table and an all-caps word are lowered whole.
        #expect(SwiftNames.memberName("MDRs") == "mdrs")
        #expect(SwiftNames.memberName("OAuthClient") == "oauthClient")
        #expect(SwiftNames.memberName("URL") == "url")
        // After the first word: the table, an all-caps word as a word, other words as written.
        #expect(SwiftNames.memberName("list_ACTIVE_MDRs") == "listActiveMDRs")
        // The IR's resource and method names carry no acronym spelling (`alphanumericSenderIds`);
        // Swift spells them (`alphanumericSenderIDs`), and the plugin its file names, by the one rule.
        #expect(NameCase.lowerCamel("alphanumeric_sender_ids") == "alphanumericSenderIds")
        #expect(NameCase.lowerCamel("SIPReferTool") == "sipReferTool")
        #expect(NameCase.upperCamel("iot_sims") == "IotSims")
        #expect(SwiftNames.memberName(NameCase.lowerCamel("alphanumeric_sender_ids")) == "alphanumericSenderIDs")
        #expect(
            SwiftNames.methodName(NameCase.lowerCamel("list_ACTIVE_MDRs")) == SwiftNames.memberName("list_ACTIVE_MDRs"))
        #expect(SwiftNames.typeName(NameCase.upperCamel("iot_sims")) == "IoTSIMs")
        #expect(OutputLayout.fileStem("iot-sims") == SwiftNames.typeName(NameCase.upperCamel("iot-sims")))
    }

    @Test func typesAreUpperCamelCaseWithTheAcronymsOfTheTable() {
        #expect(SwiftNames.typeName("ai_assistants") == "AIAssistants")
        #expect(SwiftNames.typeName("iot_sim_card") == "IoTSIMCard")
        #expect(SwiftNames.typeName("send_dtmf_request") == "SendDTMFRequest")
        #expect(SwiftNames.typeName("oauth_client") == "OAuthClient")
        #expect(SwiftNames.typeName("webrtc_credential") == "WebRTCCredential")
        #expect(SwiftNames.typeName("10dlc_brand") == "_10DLCBrand")
    }

    @Test func reservedWordsAreEscapedOrAvoided() {
        #expect(SwiftNames.memberName("default") == "`default`")
        #expect(SwiftNames.unescaped("`default`") == "default")
        #expect(SwiftNames.memberName("options", avoiding: ["options"]) == "optionsValue")
        #expect(SwiftNames.caseName("self") != "self")
    }

    @Test func collisionsGetANumber() {
        #expect(SwiftNames.unique("status", in: ["status"]) == "status2")
        #expect(SwiftNames.unique("status", in: ["status", "status2"]) == "status3")
        #expect(SwiftNames.unique("status", in: []) == "status")
    }

    /// A body field passed as an argument keeps its name unless another argument has it
    /// (`calls.actions.bridge`: the path's `callControlID` and the body's `bodyCallControlID`).
    @Test func bodyFieldsClashingWithAnotherArgumentTakeTheBodyPrefix() {
        #expect(SwiftNames.bodyFieldLabel("to", besides: ["callControlID", "options"]) == "to")
        #expect(SwiftNames.bodyFieldLabel("callControlID", besides: ["callControlID"]) == "bodyCallControlID")
        #expect(SwiftNames.bodyFieldLabel("id", besides: ["id"]) == "bodyID")
        #expect(SwiftNames.bodyFieldLabel("options", besides: ["options"]) == "bodyOptions")
        #expect(SwiftNames.bodyFieldLabel("`default`", besides: ["default"]) == "bodyDefault")
        #expect(SwiftNames.bodyFieldLabel("id", besides: ["id", "bodyID"]) == "bodyID2")
    }

    @Test func nestedTypesTakeASuffixOnlyOnCollision() {
        var names = TypeNames(schemas: [], resourceTypeNames: [])
        #expect(names.nestedName("status", in: "Message", suffix: "Value") == "Status")
        #expect(names.nestedName("status", in: "Message", suffix: "Value") == "StatusValue")
        #expect(names.nestedName("status_value", in: "Message", suffix: "Value") == "StatusValue2")
        // Already ending with the suffix: a number, never `StatusValueValue`.
        #expect(names.nestedName("status_value", in: "Message", suffix: "Value") == "StatusValue3")
        // A nested type is never named like its parent.
        #expect(names.nestedName("message", in: "Message", suffix: "Object") == "MessageObject")
    }

    @Test func filesAndModulesSpellProductsWithTheTable() {
        #expect(OutputLayout.fileStem("sip-integrations") == "SIPIntegrations")
        #expect(OutputLayout.fileStem("iot") == "IoT")
        #expect(OutputLayout.fileStem("10dlc") == "10DLC")
        #expect(OutputLayout.productModule("ai-assistants", prefix: "Telnyx") == "TelnyxAIAssistants")
        #expect(OutputLayout.coreModule(prefix: "Telnyx") == "TelnyxCore")
        #expect(
            OutputLayout.moduleNames(products: ["messaging", "webrtc"], prefix: "Telnyx") == [
                "TelnyxCore", "TelnyxMessaging", "TelnyxWebRTC", "TelnyxOther", "Telnyx",
            ])
    }
}
