import CodegenIR
import Foundation

/// How many of the endpoints shared with an official SDK get its resource path and method name
/// (`client.<path>.<method>`), compared case-insensitively, with the path rules alone and with the
/// overrides of `naming.yaml`. An official name ending in a digit (that SDK's own de-duplication,
/// `list0`/`list1`) agrees when ours is the same name without the digit and that name is unique, and
/// one that repeats its resource agrees when ours is the same name without the resource's noun
/// (`ai.missions.tools.create` for `tools.createTool`, `plan.addSteps` for `plan.addStepsToPlan`):
/// no method of this client repeats its resource. `exact` counts the names spelled the same.
public struct NameAgreement: Sendable, Equatable {
    public var shared: Int
    public var rulesOnly: Int
    public var withOverrides: Int
    /// Names with overrides spelled exactly as the official ones (case-insensitively).
    public var exact: Int = 0
    public var overrides: Int
    /// Shared endpoints the rules alone name differently: `METHOD /path: ours (official: theirs)`.
    public var rulesDisagreements: [String] = []
    /// Shared endpoints still named differently with the overrides.
    public var overrideDisagreements: [String] = []
    /// Overrides whose name the rules alone already give.
    public var redundantOverrides: [String] = []

    public var rulesOnlyPercent: Double { shared == 0 ? 0 : 100 * Double(rulesOnly) / Double(shared) }
    public var withOverridesPercent: Double { shared == 0 ? 0 : 100 * Double(withOverrides) / Double(shared) }

    /// The official names: a JSON object whose `names` maps `METHOD /path` to `resource.path.method`.
    public static func officialNames(path: String) throws -> [String: String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let names = object["names"] as? [String: String]
        else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return names
    }

    public static func measure(specPath: String, configDirectory: String?, officialPath: String) throws
        -> NameAgreement
    {
        let official = try officialNames(path: officialPath)
        let input = GeneratorPipeline.Input(specPath: specPath, configDirectory: configDirectory)
        var rulesInput = input
        rulesInput.appliesNameOverrides = false
        let loaded = try GeneratorPipeline.load(input)
        let configuration = loaded.configuration
        let withOverrides = loaded.model
        let rulesOnly = try GeneratorPipeline.load(rulesInput).model
        let ours = names(withOverrides)
        let rules = names(rulesOnly)
        let shared = official.keys.filter { ours[$0] != nil }.sorted()
        let rulesAgree = Set(agreeingKeys(shared, rules, official))
        let oursAgree = Set(agreeingKeys(shared, ours, official))
        func line(_ key: String, _ names: [String: String]) -> String {
            "\(key): \(names[key] ?? "") (official: \(official[key] ?? ""))"
        }
        return NameAgreement(
            shared: shared.count,
            rulesOnly: rulesAgree.count,
            withOverrides: oursAgree.count,
            exact: shared.filter { ours[$0] == official[$0]?.lowercased() }.count,
            overrides: configuration.nameOverrides.count,
            rulesDisagreements: shared.filter { !rulesAgree.contains($0) }.map { line($0, rules) },
            overrideDisagreements: shared.filter { !oursAgree.contains($0) }.map { line($0, ours) },
            redundantOverrides: configuration.nameOverrides.keys.sorted().filter { key in
                let route = key.split(separator: " ", maxSplits: 1)
                guard route.count == 2 else { return false }
                let ourKey = route[0].uppercased() + " " + route[1]
                return ours[ourKey] != nil && ours[ourKey] == rules[ourKey]
            })
    }

    static func names(_ model: APIModel) -> [String: String] {
        var names: [String: String] = [:]
        for operation in model.operations {
            names[operation.method.description + " " + operation.path] =
                (operation.resourcePath + [operation.methodName]).joined(separator: ".").lowercased()
        }
        return names
    }

    static func agreeing(_ keys: [String], _ ours: [String: String], _ official: [String: String]) -> Int {
        agreeingKeys(keys, ours, official).count
    }

    static func agreeingKeys(_ keys: [String], _ ours: [String: String], _ official: [String: String]) -> [String] {
        var counts: [String: Int] = [:]
        for name in ours.values { counts[name, default: 0] += 1 }
        return keys.filter { key in
            guard let name = ours[key], let officialName = official[key] else { return false }
            let expected = officialName.lowercased()
            if name == expected || name == withoutRepeatedResource(officialName)?.lowercased() { return true }
            guard let last = expected.last, last.isNumber else { return false }
            let stripped = String(expected.reversed().drop(while: \.isNumber).reversed())
            return name == stripped && counts[name] == 1
        }
    }

    /// `ai.missions.tools.create` for `ai.missions.tools.createTool`, `plan.addSteps` for
    /// `plan.addStepsToPlan` (a preposition before the noun goes with it); nil when the method does
    /// not repeat its resource's noun (plural or singular) after its first word.
    static func withoutRepeatedResource(_ name: String) -> String? {
        let parts = name.split(separator: ".").map(String.init)
        guard parts.count >= 2 else { return nil }
        let noun = NameCase.words(parts[parts.count - 2]).map { $0.lowercased() }.joined()
        var words = NameCase.words(parts[parts.count - 1]).map { $0.lowercased() }
        for start in words.indices.dropFirst() {
            for end in words.indices[start...] {
                let run = words[start...end].joined()
                guard run == noun || run + "s" == noun else { continue }
                let from = start > 1 && prepositions.contains(words[start - 1]) ? start - 1 : start
                words.removeSubrange(from...end)
                return (parts.dropLast() + [NameCase.lowerCamel(words.joined(separator: "_"))]).joined(separator: ".")
            }
        }
        return nil
    }

    static let prepositions: Set<String> = ["to", "for", "of", "from", "in"]

    /// `agreeing` for tests: names are lowercased like `names(_:)` does.
    public static func agreeingForTesting(
        _ keys: [String], _ ours: [String: String], _ official: [String: String]
    ) -> Int {
        agreeing(keys, ours.mapValues { $0.lowercased() }, official)
    }

    /// The figures as the `names` command prints them.
    public var report: String {
        """
        shared endpoints: \(shared)
        rules only:       \(rulesOnly) (\(String(format: "%.1f", rulesOnlyPercent))%)
        with overrides:   \(withOverrides) (\(String(format: "%.1f", withOverridesPercent))%)
          spelled exactly: \(exact) (the others drop a trailing digit or a repeated resource noun)
        overrides:        \(overrides)

        """
    }
}
