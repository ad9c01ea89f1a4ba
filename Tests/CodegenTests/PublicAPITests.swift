import Foundation
import Testing

/// The public API of the hand-written modules, as the compiler's symbol graph lists it, compared with
/// the committed listing (Golden/public-api/<Module>.txt), so every change to it is a reviewed diff.
/// Re-record with `scripts/record-golden.sh`. The generated modules' API is their committed source.
@Suite struct PublicAPITests {
    static let modules = ["TelnyxRuntime", "TelnyxTestingSupport"]

    @Test(arguments: modules)
    func publicAPIMatchesTheListing(module: String) async throws {
        let listing = try await Self.listing(of: module)
        #expect(listing.count > 50, "\(module): only \(listing.count) public symbols")
        #expect(!listing.contains { $0.contains("storage") || $0.contains("SchemaMember") }, "\(module)")
        let path = RepoPaths.path("Tests/CodegenTests/Golden/public-api/\(module).txt")
        let text = listing.joined(separator: "\n") + "\n"
        if RepoPaths.recording {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return
        }
        let committed = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let added = Set(listing).subtracting(committed).sorted()
        let removed = Set(committed).subtracting(listing).sorted()
        #expect(
            added.isEmpty && removed.isEmpty,
            "\(module)'s public API changed; review and run scripts/record-golden.sh.\nadded: \(added)\nremoved: \(removed)"
        )
    }

    /// One line per public symbol, `Path.to.symbol: declaration`, sorted (SPI symbols are left out).
    static func listing(of module: String) async throws -> [String] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("symbols-\(UUID())")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let (status, log) = try await CompileTests.run([
            "swift-symbolgraph-extract", "-module-name", module,
            "-I", PackageBuildTests.buildFolder.appendingPathComponent("Modules").path,
            // The build folder is `.build/<target triple>/debug`.
            "-target", PackageBuildTests.buildFolder.deletingLastPathComponent().lastPathComponent,
            "-output-dir", output.path,
            "-minimum-access-level", "public", "-skip-synthesized-members",
        ])
        try #require(status == 0, "swift-symbolgraph-extract failed: \(log)")
        var lines: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: output.path) {
            let data = try Data(contentsOf: output.appendingPathComponent(file))
            let graph = try JSONDecoder().decode(SymbolGraph.self, from: data)
            for symbol in graph.symbols {
                let declaration = symbol.declarationFragments?.map(\.spelling).joined() ?? ""
                let words = declaration.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                lines.insert(symbol.pathComponents.joined(separator: ".") + ": " + words)
            }
        }
        return lines.sorted()
    }

    /// The part of a symbol graph file the listing reads.
    struct SymbolGraph: Decodable {
        struct Symbol: Decodable {
            struct Fragment: Decodable { let spelling: String }
            let pathComponents: [String]
            let declarationFragments: [Fragment]?
        }
        let symbols: [Symbol]
    }
}
