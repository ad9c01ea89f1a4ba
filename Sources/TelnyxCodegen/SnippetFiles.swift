import CodegenRender
import Foundation

/// Reads the skill documents on disk for ``SnippetExtractor``.
public enum SnippetFiles {
    /// The snippet source for every `.md` file under `skillsDirectory`.
    public static func source(skillsDirectory: String, clientModule: String = "Telnyx") throws -> String {
        let root = URL(fileURLWithPath: skillsDirectory).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: skillsDirectory])
        }
        var documents: [(path: String, contents: String)] = []
        for case let url as URL in enumerator where url.pathExtension == "md" {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            documents.append((relative, try String(contentsOf: url, encoding: .utf8)))
        }
        return SnippetExtractor.source(documents: documents, clientModule: clientModule)
    }
}
