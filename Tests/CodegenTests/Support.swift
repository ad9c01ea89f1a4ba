import CodegenIR
import Foundation
import SpecReader
import TelnyxCodegen
import Testing

/// Fixture specs under `Tests/CodegenTests/Fixtures`, copied into the test bundle.
enum Fixture {
    /// The `Fixtures` folder inside the test bundle.
    static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures", isDirectory: true)
    }

    /// The absolute path of a fixture such as `ir/refs.yaml`.
    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// The fixture's node tree; locations name the file by its fixture name (`ir/refs.yaml`).
    static func node(_ name: String) throws -> SpecNode {
        let data = try Data(contentsOf: URL(fileURLWithPath: path(name)))
        return try SpecFileReader.parse(Array(data), file: name)
    }

    /// The configuration in a fixture folder such as `config/naming`.
    static func configuration(_ folder: String) throws -> GeneratorConfiguration {
        var configuration = GeneratorConfiguration()
        if FileManager.default.fileExists(atPath: path(folder + "/products.yaml")) {
            try configuration.addProducts(from: node(folder + "/products.yaml"))
        }
        if FileManager.default.fileExists(atPath: path(folder + "/naming.yaml")) {
            try configuration.addNameOverrides(from: node(folder + "/naming.yaml"))
        }
        return configuration
    }

    /// The IR of a fixture spec and its diagnostics.
    static func build(
        _ name: String, configuration: GeneratorConfiguration = GeneratorConfiguration()
    ) throws -> Built {
        let (model, diagnostics) = try IRBuilder.build(node(name), configuration: configuration)
        return Built(model: model, diagnostics: diagnostics)
    }

    /// The diagnostics of a fixture spec that must fail to build.
    static func buildErrors(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws -> [Diagnostic]
    {
        let root = try node(name)
        do {
            _ = try IRBuilder.build(root)
            Issue.record("expected \(name) to fail with IRBuildError", sourceLocation: sourceLocation)
            return []
        } catch let error as IRBuildError {
            return error.diagnostics
        }
    }
}

/// A built fixture.
struct Built: Sendable {
    var model: APIModel
    var diagnostics: [Diagnostic]

    /// Diagnostics other than the "maps to no product" warnings every fixture built without products gets.
    var issues: [Diagnostic] { diagnostics.filter { !$0.message.contains("maps to no product") } }

    func schema(_ name: String) throws -> Schema {
        try #require(model.schema(named: name), "no schema \(name)")
    }

    /// The object shape of a named schema.
    func object(_ name: String) throws -> ObjectShape {
        let schema = try schema(name)
        guard case .object(let shape) = schema.type else {
            Issue.record("schema \(name) is \(schema.type), not an object")
            throw FixtureError.unexpectedShape
        }
        return shape
    }

    func property(_ schema: String, _ property: String) throws -> Property {
        try #require(object(schema).property(property), "no property \(schema).\(property)")
    }

    func operation(_ method: String, _ path: String) throws -> CodegenIR.Operation {
        try #require(
            model.operations.first { $0.method.rawValue == method && $0.path == path },
            "no operation \(method) \(path)")
    }

    func operation(id: String) throws -> CodegenIR.Operation {
        try #require(model.operations.first { $0.id == id }, "no operation \(id)")
    }

    /// Diagnostics whose message contains `text`.
    func diagnostics(containing text: String) -> [Diagnostic] {
        diagnostics.filter { $0.message.contains(text) }
    }
}

enum FixtureError: Error {
    case unexpectedShape
}

extension ObjectShape {
    func property(_ name: String) -> Property? {
        properties.first { $0.name == name }
    }
}

extension CodegenIR.Operation {
    /// `messagingProfiles.autorespConfigs.create`
    var dottedName: String { (resourcePath + [methodName]).joined(separator: ".") }

    func parameter(_ name: String) -> Parameter? {
        parameters.first { $0.name == name }
    }
}

extension TypeRef {
    var objectShape: ObjectShape? {
        if case .object(let shape) = self { return shape }
        return nil
    }

    var enumShape: EnumShape? {
        if case .enumeration(let shape) = self { return shape }
        return nil
    }

    var unionShape: UnionShape? {
        if case .union(let shape) = self { return shape }
        return nil
    }
}

extension SpecReader.SourceLocation {
    /// `line:column`, to compare positions without the file name.
    var lineColumn: String { "\(line):\(column)" }
}

/// The embedded spec (`spec/openapi.yaml`, the whole API as facts, with `spec/`'s configuration),
/// read and built once for every test that needs its IR.
enum EmbeddedSpec {
    static let loaded = Result {
        try GeneratorPipeline.load(.init(specPath: RepoPaths.path("spec/openapi.yaml"))).model
    }

    static func model() throws -> APIModel { try loaded.get() }
}

/// A spec value from JSON text, as the IR holds examples and defaults.
func json(_ text: String) -> SpecJSON {
    SpecJSON(try! SpecFileReader.parse(text, file: "json"), limit: .max)!
}
