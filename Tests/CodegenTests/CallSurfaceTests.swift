import Foundation
import Testing

@testable import CodegenIR
@testable import CodegenRender
@testable import TelnyxCodegen

/// What a caller writes: arguments in one order on every operation, scalars as scalars, no doubled
/// suffixes, no method named like its resource (Fixtures/ir/surface.yaml).
@Suite struct CallSurfaceTests {
    static func swift() throws -> String {
        let files = GeneratorPipeline.render(try Fixture.build("ir/surface.yaml").model, templates: try TemplateSet())
        return files.filter { $0.path.hasPrefix("Swift/") }.map(\.contents).joined()
    }

    /// The labels of the first method declared as `public func <name>(`.
    static func labels(of name: String, in swift: String) throws -> [String] {
        let start = try #require(swift.range(of: "public func \(name)(\n"))
        let end = try #require(swift.range(of: ")", range: start.upperBound..<swift.endIndex))
        return swift[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap {
            $0.split(separator: ":").first?.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    @Test func optionalParametersComeInOneOrder() throws {
        // The spec lists sort, page[size], include, filter[name], region (required), page[number],
        // filter[color], X-Trace (a header), archive[kind].
        let labels = try Self.labels(of: "list", in: Self.swift())
        #expect(labels == ["region", "filter", "page", "sort", "archive", "include", "xTrace", "options"])
    }

    /// Required parameters, then the body (or its fields), then the optional parameters, then `options:`.
    @Test func theBodyComesBeforeTheOptionalParameters() throws {
        let swift = try Self.swift()
        let start = try #require(swift.range(of: "public func create(\n        owner: String,\n        _ body:"))
        let labels = try Self.labels(of: "create", in: String(swift[start.lowerBound...]))
        #expect(labels == ["owner", "_ body", "dryRun", "options"])
        let flattened = try #require(swift.range(of: "public func create(\n        owner: String,\n        name:"))
        #expect(
            try Self.labels(of: "create", in: String(swift[flattened.lowerBound...]))
                == ["owner", "name", "label", "dryRun", "options"])
    }

    @Test func scalarAliasesAreWrittenAsTheScalar() throws {
        let swift = try Self.swift()
        #expect(swift.contains("public typealias WidgetName = String"))
        #expect(swift.contains("public var name: String? { value(forKey: \"name\") }"))
        #expect(swift.contains("name: String,\n        label: String? = nil,"))
        #expect(!swift.contains(": WidgetName"))
    }

    @Test func aNestedTypeNamedLikeItsSuffixIsNotDoubled() throws {
        let swift = try Self.swift()
        #expect(!swift.contains("ValueValue"))
        #expect(swift.contains("public enum Value2: OpenEnum"))
    }

    /// Every method of the committed client takes `filter:`, `page:` and `sort:` in that order.
    @Test func everyMethodOfTheClientTakesTheFamiliesInOneOrder() throws {
        let folder = RepoPaths.root.appendingPathComponent("Generated/Swift")
        let files = RepoPaths.swiftFiles(under: "Generated/Swift")
        var methods = 0
        var wrong: [String] = []
        for file in files where file.hasSuffix("Operations.swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for declaration in text.components(separatedBy: "    public func ").dropFirst() {
                let head = declaration.prefix { $0 != "{" }
                let labels = head.split(separator: "\n").compactMap {
                    $0.split(separator: ":").first?.trimmingCharacters(in: .whitespaces)
                }
                let families = labels.filter { OperationBuilder.leadingFamilies.contains($0) }
                let expected = OperationBuilder.leadingFamilies.filter(families.contains)
                if families.count > 1 { methods += 1 }
                if families != expected { wrong.append("\(file): \(head.prefix(60))") }
            }
        }
        #expect(methods > 100, "only \(methods) methods take two of filter, page, sort")
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }
}
