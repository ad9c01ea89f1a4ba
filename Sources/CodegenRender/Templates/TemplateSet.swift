import Foundation
import Mustache

/// The Mustache templates the renderer uses: the defaults embedded in the binary, each replaceable
/// by a file of the same relative path in an override folder (`--templates DIR`).
public struct TemplateSet: Sendable {
    /// Template name (`swift/model`) → template.
    private let library: MustacheLibrary
    /// Template names found in the override folder.
    public let overridden: [String]

    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The embedded defaults, with `overrideDirectory/<name>.mustache` taking precedence when present.
    public init(overrideDirectory: String? = nil) throws {
        var sources = EmbeddedTemplates.all
        var overridden: [String] = []
        if let overrideDirectory {
            for name in sources.keys.sorted() {
                let path = (overrideDirectory as NSString).appendingPathComponent(name + ".mustache")
                guard FileManager.default.fileExists(atPath: path) else { continue }
                guard
                    let text = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) })
                else {
                    throw LoadError(description: "\(path): error: cannot read template")
                }
                sources[name] = text
                overridden.append(name)
            }
        }
        var library = MustacheLibrary()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(text, named: name)
            } catch {
                throw LoadError(description: "\(name).mustache: error: template does not parse: \(error)")
            }
        }
        self.library = library
        self.overridden = overridden
    }

    /// Renders `values` with the template `name`.
    func render(_ name: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: name) ?? ""
    }

    /// The template files under `directory` (recursively), by name without `.mustache`: the
    /// source of truth that ``EmbeddedTemplates`` must equal.
    public static func read(directory: String) throws -> [String: String] {
        var result: [String: String] = [:]
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw LoadError(description: "\(directory): error: no such templates folder")
        }
        for case let url as URL in enumerator where url.pathExtension == "mustache" {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            result[String(relative.dropLast(".mustache".count))] = try String(contentsOf: url, encoding: .utf8)
        }
        return result
    }

    /// Swift source declaring ``EmbeddedTemplates/all`` with `templates`, sorted by name.
    public static func embeddedSource(_ templates: [String: String]) -> String {
        var out = "// Generated from Templates/ by `telnyx-codegen embed-templates`. Do not edit.\n\n"
        out += "/// The default templates, compiled into the binary so the generator runs without `Templates/`.\n"
        out += "enum EmbeddedTemplates {\n    static let all: [String: String] = [\n"
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            out += "        \"\(name)\": #\"\"\"\n\(text)\n\"\"\"#,\n"
        }
        return out + "    ]\n}\n"
    }
}
