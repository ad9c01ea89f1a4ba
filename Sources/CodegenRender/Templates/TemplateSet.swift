import Foundation

/// The Mustache templates the renderer uses: the defaults embedded in the binary, each replaceable
/// by a file of the same relative path in an override folder (`--templates DIR`).
public struct TemplateSet: Sendable {
    /// Template name (`swift/model`) → template.
    private let templates: [String: Template]
    /// Called with every render's template, view and text (tests compare the text with a reference renderer).
    var observer: (@Sendable (TemplateName, any TemplateView, String) -> Void)?
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
        var templates: [String: Template] = [:]
        for name in TemplateName.allCases {
            let file = overridden.contains(name.rawValue) ? overrideDirectory ?? "" : "Templates"
            let path = (file as NSString).appendingPathComponent(name.rawValue + ".mustache")
            guard let text = sources[name.rawValue] else {
                throw LoadError(description: "\(path): error: the renderer needs this template")
            }
            do {
                templates[name.rawValue] = try Template(text)
            } catch {
                throw LoadError(description: "\(path):\(error)")
            }
            if let problem = TemplateKeys.problems(in: text, template: name).first {
                throw LoadError(description: "\(path):\(problem)")
            }
        }
        if let cycle = Self.partialCycle(templates) {
            throw LoadError(description: "error: templates include each other: \(cycle.joined(separator: " → "))")
        }
        self.templates = templates
        self.overridden = overridden
    }

    /// Renders `view` with the template `name`. Every ``TemplateName`` was registered and checked
    /// against its views' keys when the set loaded, so this cannot miss.
    func render(_ name: TemplateName, _ view: some TemplateView) -> String {
        guard let template = templates[name.rawValue] else {
            preconditionFailure("template \(name.rawValue) was not registered")
        }
        var rendering = TemplateRendering(templates: templates, view: view)
        rendering.render(template.nodes)
        observer?(name, view, rendering.output)
        return rendering.output
    }

    /// Renders a template that makes a piece of text rather than a file (`skills/call`): the line
    /// break ending its last line ends the template file, not the text.
    func renderFragment(_ name: TemplateName, _ view: some TemplateView) -> String {
        let text = render(name, view)
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// A chain of partials that leads back to its start, if any: rendering it would never end.
    static func partialCycle(_ templates: [String: Template]) -> [String]? {
        func walk(_ name: String, _ path: [String]) -> [String]? {
            if path.contains(name) { return path + [name] }
            for partial in templates[name]?.partials ?? [] {
                if let cycle = walk(partial, path + [name]) { return cycle }
            }
            return nil
        }
        for name in templates.keys.sorted() {
            if let cycle = walk(name, []) { return cycle }
        }
        return nil
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
