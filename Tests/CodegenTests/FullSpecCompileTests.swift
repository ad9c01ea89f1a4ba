import CodegenIR
import Foundation
import Testing

@testable import CodegenRender
@testable import TelnyxCodegen

/// THE full-spec compile check: the client generated from the full Telnyx spec, and every Swift
/// snippet of its skill documents, build in a scratch package under `.build/checks/full-spec`
/// (depending on this repository by path for `TelnyxRuntime`).
@Suite(
    "FullSpecCompileTests", .enabled(if: FullSpec.available, "../shared absent: full-spec compile check skipped"),
    .serialized)
struct FullSpecCompileTests {
    static let directory = FullSpec.repoRoot.appendingPathComponent(".build/checks/full-spec")

    static let rendered: Result<[OutputFile], any Error> = Result {
        let model = try FullSpec.load().model
        let curation = try SkillCurationLoader.load(in: FullSpec.configDirectory)
        let products = try SpecLoader.configuration(in: FullSpec.configDirectory).products.map(\.name)
        return Generator.render(model, templates: try TemplateSet(), configuredProducts: products, curation: curation)
    }

    @Test func everyOperationAndSchemaIsInTheGeneratedSwift() throws {
        let model = try FullSpec.load().model
        let swift = try Self.rendered.get().filter { $0.path.hasPrefix("Swift/") }.map(\.contents).joined()
        for operation in model.operations {
            #expect(swift.contains("operationID: \"\(operation.id)\""), "operation \(operation.id) missing")
        }
        var declared: Set<Substring> = []
        for line in swift.split(separator: "\n") {
            for prefix in ["public struct ", "public enum ", "public typealias "] where line.hasPrefix(prefix) {
                declared.insert(line.dropFirst(prefix.count).prefix { $0.isLetter || $0.isNumber || $0 == "_" })
            }
        }
        let names = TypeNames(
            schemas: model.schemas, resourceTypeNames: ResourceTree(operations: model.operations).resourceTypeNames)
        #expect(model.schemas.count == 1875)
        for schema in model.schemas {
            let name = names.typeName(ofSchema: schema.name)
            #expect(declared.contains(Substring(name)), "schema \(schema.name) (\(name)) not declared")
        }
    }

    @Test func clientAndSnippetsBuild() throws {
        let files = try Self.rendered.get()
        try Self.writePackage(files)
        let snippetCount = files.filter { $0.path.hasPrefix("skills/") }
            .reduce(0) { $0 + SnippetExtractor.swiftBlocks($1.contents).count }
        #expect(snippetCount > 300, "only \(snippetCount) snippets")  // 347 for spec3-2026-07-16
        let (status, output) = try Self.run(["swift", "build", "--package-path", Self.directory.path])
        let errors = output.split(separator: "\n").filter { $0.contains("error:") }.prefix(20)
        #expect(
            status == 0,
            "swift build failed in .build/checks/full-spec:\n\(errors.joined(separator: "\n"))\n\(output.suffix(2000))")
    }

    /// Writes the package, touching only files whose contents changed (so rebuilds stay incremental).
    static func writePackage(_ files: [OutputFile]) throws {
        var wanted: [String: String] = [:]
        for file in files where file.path.hasPrefix("Swift/") {
            wanted["Sources/TelnyxFull/" + file.path.dropFirst("Swift/".count)] = file.contents
        }
        let documents = files.filter { $0.path.hasPrefix("skills/") }.map {
            (String($0.path.dropFirst("skills/".count)), $0.contents)
        }
        wanted["Sources/Snippets/Snippets.swift"] = SnippetExtractor.source(
            documents: documents, clientModule: "TelnyxFull")
        wanted["Package.swift"] = """
            // swift-tools-version:6.0
            import PackageDescription

            let package = Package(
                name: "full-spec-check",
                platforms: [.macOS(.v14)],
                dependencies: [.package(name: "telnyx-swift", path: \(SwiftLiteral.string(FullSpec.repoRoot.path)))],
                targets: [
                    .target(name: "TelnyxFull", dependencies: [.product(name: "TelnyxRuntime", package: "telnyx-swift")]),
                    .target(
                        name: "Snippets",
                        dependencies: ["TelnyxFull", .product(name: "TelnyxRuntime", package: "telnyx-swift")]),
                ]
            )

            """
        let resolved = FullSpec.repoRoot.appendingPathComponent("Package.resolved")
        if let pins = try? String(contentsOf: resolved, encoding: .utf8) { wanted["Package.resolved"] = pins }
        let manager = FileManager.default
        let sources = directory.appendingPathComponent("Sources")
        if let existing = manager.enumerator(at: sources, includingPropertiesForKeys: nil) {
            for case let url as URL in existing where url.pathExtension == "swift" {
                let relative =
                    "Sources/" + url.standardizedFileURL.path.dropFirst(sources.standardizedFileURL.path.count + 1)
                if wanted[relative] == nil { try manager.removeItem(at: url) }
            }
        }
        for (path, contents) in wanted {
            let url = directory.appendingPathComponent(path)
            if (try? String(contentsOf: url, encoding: .utf8)) == contents { continue }
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
    }

    static func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
