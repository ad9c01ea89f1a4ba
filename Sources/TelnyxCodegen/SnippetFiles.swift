import CodegenRender
import Foundation

/// Reads the documents on disk for ``SnippetExtractor``: the skill documents, the DocC articles of
/// the generated modules and README.md — every ```swift block a reader may copy.
public enum SnippetFiles {
    /// The folders and files the committed snippet file is made from, relative to the repository root.
    public static let skillsFolder = "Generated/skills"
    public static let catalogsFolder = "Generated/Swift"
    public static let readme = "README.md"

    /// The snippet source for every `.md` file under `skillsDirectory` (named by its path there),
    /// every DocC article under `catalogsDirectory` (named `docc/<path>`) and `extraFiles` (by file name).
    public static func source(
        skillsDirectory: String, catalogsDirectory: String? = nil, extraFiles: [String] = [],
        clientModule: String = "Telnyx"
    ) throws -> String {
        var documents = try markdown(under: skillsDirectory, prefix: "")
        if let catalogsDirectory { documents += try markdown(under: catalogsDirectory, prefix: "docc/") }
        for file in extraFiles {
            documents.append(((file as NSString).lastPathComponent, try String(contentsOfFile: file, encoding: .utf8)))
        }
        return SnippetExtractor.source(documents: documents, clientModule: clientModule)
    }

    private static func markdown(under directory: String, prefix: String) throws -> [(path: String, contents: String)] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: directory])
        }
        var documents: [(path: String, contents: String)] = []
        for case let url as URL in enumerator where url.pathExtension == "md" {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            documents.append((prefix + relative, try String(contentsOf: url, encoding: .utf8)))
        }
        return documents
    }
}
