import CodegenRender
import Foundation
import SpecReader

/// Reads `skills.yaml`: the curated text of the skill documents.
///
/// ```yaml
/// package: {url: https://github.com/..., from: 0.1.0}
/// products:
///   messaging-profiles:
///     description: Create and manage messaging profiles ...
///     core: [CreateMessagingProfile, ListMessagingProfiles]
///     supporting: [UpdateMessagingProfile]
///     blurbs: {CreateMessagingProfile: One line on when to use it.}
///     caveats: [A caveat.]
/// ```
public enum SkillCurationLoader {
    public static let fileName = "skills.yaml"

    /// The curation in `directory`; the defaults when the file is absent.
    public static func load(in directory: String) throws -> SkillCuration {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return SkillCuration() }
        return parse(try SpecFileReader.read(path: path))
    }

    static func parse(_ node: SpecNode) -> SkillCuration {
        var curation = SkillCuration()
        if let url = node["package"]?["url"]?.string { curation.packageURL = url }
        if let version = node["package"]?["from"]?.string { curation.packageVersion = version }
        for entry in node["products"]?.entries ?? [] {
            let item = entry.value
            var blurbs: [String: String] = [:]
            for blurb in item["blurbs"]?.entries ?? [] { blurbs[blurb.key] = blurb.value.string }
            curation.products[entry.key] = SkillCuration.ProductText(
                description: item["description"]?.string,
                core: item["core"]?.items.compactMap(\.string) ?? [],
                supporting: item["supporting"]?.items.compactMap(\.string) ?? [],
                blurbs: blurbs,
                caveats: item["caveats"]?.items.compactMap(\.string) ?? [])
        }
        return curation
    }
}
