import CodegenIR
import CodegenRender
import SpecReader
import Testing

@Suite("Diagnostics on broken specs")
struct DiagnosticsTests {
    /// The read error of a fixture that must not parse.
    private func readError(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws -> SpecReadError
    {
        do {
            _ = try Fixture.node(name)
        } catch let error as SpecReadError {
            return error
        }
        Issue.record("expected \(name) not to parse", sourceLocation: sourceLocation)
        throw FixtureError.unexpectedShape
    }

    @Test func malformedYAMLReportsFileLineAndColumn() throws {
        let error = try readError("broken/malformed.yaml")
        #expect(
            error.location
                == SpecReader.SourceLocation(file: "broken/malformed.yaml", line: 4, column: 11))
        #expect(error.message == "mapping values are not allowed in this context")
        #expect(
            error.description
                == "broken/malformed.yaml:4:11: error: mapping values are not allowed in this context")
    }

    @Test func malformedJSONReportsFileLineAndColumn() throws {
        let error = try readError("broken/malformed.json")
        #expect(error.location.file == "broken/malformed.json")
        #expect(error.location.lineColumn == "7:1")
        #expect(error.message.hasPrefix("did not find expected ',' or '}'"))
    }

    @Test func emptyDocument() throws {
        let error = try readError("broken/empty.yaml")
        #expect(error.message == "the document is empty")
        #expect(error.location.lineColumn == "1:1")
    }

    @Test func missingFile() throws {
        let path = Fixture.path("broken/does-not-exist.yaml")
        #expect {
            _ = try SpecFileReader.read(path: path)
        } throws: { error in
            (error as? SpecReadError)?.description == "\(path):1:1: error: cannot read file"
        }
    }

    @Test func jsonSpecLoads() throws {
        let built = try Fixture.build("broken/valid.json")
        #expect(built.issues.isEmpty, "\(built.issues)")
        #expect(built.model.title == "JSON")
        #expect(built.model.version == "2.0")
        let operation = try built.operation("get", "/items/{id}")
        #expect(operation.id == "GetItem")
        #expect(operation.successResponse?.contents.first?.schema == .reference("Item"))
        let item = try built.object("Item")
        #expect(item.properties.map(\.name) == ["id", "count", "note"])
        #expect(item.property("count")?.defaultValue?.text == "3")
        #expect(item.property("note")?.nullable == true)
        #expect(try built.schema("Item").location.lineColumn == "20:7")
    }

    @Test func notAnOpenAPIDocument() throws {
        let diagnostics = try Fixture.buildErrors("broken/not-openapi.yaml")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(
            diagnostics.first?.message
                == "not an OpenAPI document: the top level needs an 'openapi' version")
        #expect(diagnostics.first?.location.lineColumn == "1:1")
    }

    @Test func danglingReferences() throws {
        let diagnostics = try Fixture.buildErrors("broken/dangling-ref.yaml")
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 2)
        #expect(
            errors.map(\.description) == [
                "broken/dangling-ref.yaml:20:17: error: $ref '#/components/schemas/Missing' points to nothing in this document",
                "broken/dangling-ref.yaml:10:17: error: $ref '#/components/parameters/Nope' points to nothing in this document",
            ])
    }

    @Test func schemaThatIsOnlyAReferenceToItself() throws {
        let diagnostics = try Fixture.buildErrors("broken/self-ref.yaml")
        #expect(
            diagnostics.map(\.description) == [
                "broken/self-ref.yaml:8:5: error: $ref cycle: Loop -> Loop"
            ])
    }

    @Test func pureReferenceCycleThroughTwoSchemas() throws {
        let diagnostics = try Fixture.buildErrors("broken/ab-cycle.yaml")
        #expect(
            diagnostics.map(\.description) == [
                "broken/ab-cycle.yaml:8:5: error: $ref cycle: A -> B -> A",
                "broken/ab-cycle.yaml:10:5: error: $ref cycle: B -> A -> B",
            ])
    }

    @Test func allOfIncludingItself() throws {
        let diagnostics = try Fixture.buildErrors("broken/allof-cycle.yaml")
        #expect(
            diagnostics.map(\.description) == [
                "broken/allof-cycle.yaml:10:11: error: schema cycle that cannot be represented: Selfish -> Selfish"
            ])
    }

    @Test func cyclesThatSwiftCannotDeclareAreErrorsButObjectsBreakThem() throws {
        let diagnostics = try Fixture.buildErrors("broken/type-cycles.yaml")
        let note = "(a Swift type alias or enum cannot contain itself)"
        #expect(
            diagnostics.filter { $0.severity == .error }.map(\.description) == [
                "broken/type-cycles.yaml:23:5: error: $ref cycle with no object in it: A -> A \(note)",
                "broken/type-cycles.yaml:26:5: error: $ref cycle with no object in it: M -> N -> M \(note)",
                "broken/type-cycles.yaml:29:5: error: $ref cycle with no object in it: N -> M -> N \(note)",
                "broken/type-cycles.yaml:32:5: error: $ref cycle with no object in it: U -> V -> U \(note)",
                "broken/type-cycles.yaml:36:5: error: $ref cycle with no object in it: V -> U -> V \(note)",
            ])
        // `Tree` refers to itself through an object's properties, which Swift can declare.
        #expect(!diagnostics.contains { $0.message.contains("Tree") })
    }

    @Test func namesThatCollideInSwiftAreWarnings() throws {
        let built = try Fixture.build("broken/name-collisions.yaml")
        let file = "broken/name-collisions.yaml"
        #expect(
            SwiftNaming(model: built.model).collisionWarnings(in: built.model).map(\.description) == [
                "\(file):6:5: warning: schemas 'PhoneNumber' and 'phone_number' both become 'PhoneNumber' in Swift; "
                    + "'phone_number' gets a number",
                "\(file):10:5: warning: properties 'phone_number' and 'PhoneNumber' of 'PhoneNumber' both become "
                    + "'phoneNumber' in Swift; 'PhoneNumber' gets a number",
                "\(file):10:5: warning: values '+E.164' and 'E.164' of 'PhoneNumber.format' both become 'e164' in "
                    + "Swift; 'E.164' gets a number",
                "\(file):19:5: warning: schemas 'a-b' and 'a_b' both become 'AB' in Swift; 'a_b' gets a number",
                // A name the client declares itself: the resource type of `client.messages`.
                "\(file):20:5: warning: schema 'MessagesResource' becomes 'MessagesResource2' in Swift: the client "
                    + "declares a type named 'MessagesResource'",
            ])
    }

    @Test func parameterReferenceCycle() throws {
        let diagnostics = try Fixture.buildErrors("broken/parameter-cycle.yaml")
        #expect(diagnostics.filter { $0.severity == .error }.count == 1)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.message == "$ref cycle: '#/components/parameters/P1' refers back to itself")
        #expect(error.location.lineColumn == "19:7")
    }

    @Test func unknownTypeWarnsAndFallsBackToJSON() throws {
        let built = try Fixture.build("broken/unknown-type.yaml")
        #expect(
            built.issues.map(\.description) == [
                "broken/unknown-type.yaml:12:17: warning: unknown type 'strin'; treating it as any JSON value",
                "broken/unknown-type.yaml:14:17: warning: unknown type 'integr'; treating it as any JSON value",
            ])
        let size = try built.property("Thing", "size")
        #expect(size.type == .json)
        let maybe = try built.property("Thing", "maybe")
        #expect(maybe.type == .json)
        #expect(maybe.nullable)
    }

    @Test func duplicateOperationIDIsRenamedDeterministically() throws {
        let built = try Fixture.build("broken/duplicate-operationid.yaml")
        #expect(try built.operation("get", "/phone_numbers").id == "ListPhoneNumbers")
        #expect(try built.operation("get", "/messaging/phone_numbers").id == "ListPhoneNumbers2")
        #expect(try built.operation("get", "/other/phone_numbers").id == "ListPhoneNumbers3")
        let warnings = built.diagnostics(containing: "duplicate operationId")
        #expect(
            warnings.map(\.description) == [
                "broken/duplicate-operationid.yaml:14:20: warning: duplicate operationId 'ListPhoneNumbers' (first used at broken/duplicate-operationid.yaml:7:5); this one is renamed 'ListPhoneNumbers2'",
                "broken/duplicate-operationid.yaml:20:20: warning: duplicate operationId 'ListPhoneNumbers' (first used at broken/duplicate-operationid.yaml:7:5); this one is renamed 'ListPhoneNumbers3'",
            ])
        // Building twice gives the same names.
        let again = try Fixture.build("broken/duplicate-operationid.yaml")
        #expect(again.model.operations.map(\.id) == built.model.operations.map(\.id))
    }

    @Test(
        arguments: [
            "broken/malformed.yaml", "broken/malformed.json", "broken/empty.yaml", "broken/valid.json",
            "broken/not-openapi.yaml", "broken/dangling-ref.yaml", "broken/self-ref.yaml",
            "broken/ab-cycle.yaml",
            "broken/allof-cycle.yaml", "broken/parameter-cycle.yaml", "broken/unknown-type.yaml",
            "broken/duplicate-operationid.yaml", "broken/type-cycles.yaml",
        ])
    func neverCrashes(name: String) throws {
        // Reading or building may fail, but only with a located, described error.
        do {
            let built = try Fixture.build(name)
            #expect(built.diagnostics.allSatisfy { $0.severity == .warning })
        } catch let error as SpecReadError {
            #expect(error.location.file == name)
            #expect(error.location.line >= 1 && error.location.column >= 1)
        } catch let error as IRBuildError {
            #expect(error.diagnostics.contains { $0.severity == .error })
            #expect(error.diagnostics.allSatisfy { $0.location.file == name && $0.location.line >= 1 })
        }
    }

    // MARK: Hostile input to the reader (generated here, not committed)

    /// The read error of `text`, parsed as file `hostile.yaml`.
    private func parseError(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> SpecReadError?
    {
        parseError(Array(text.utf8), sourceLocation: sourceLocation)
    }

    private func parseError(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation)
        -> SpecReadError?
    {
        do {
            _ = try SpecFileReader.parse(bytes, file: "hostile.yaml")
        } catch let error as SpecReadError {
            return error
        } catch {}
        Issue.record("expected the document not to parse", sourceLocation: sourceLocation)
        return nil
    }

    @Test func deepFlowSequencesStopAtTheDepthLimit() {
        let text = "openapi: 3.1.0\nx-deep: " + String(repeating: "[", count: 33_000)
        let error = parseError(text)
        let column = 9 + SpecReaderLimits.maxDepth - 1
        #expect(error?.description == "hostile.yaml:2:\(column): error: nesting deeper than 256 levels")
    }

    @Test func deepFlowMappingsStopAtTheDepthLimit() {
        let text = String(repeating: "{a: ", count: 33_000)
        let error = parseError(text)
        #expect(error?.location.lineColumn == "1:\(4 * SpecReaderLimits.maxDepth + 1)")
        #expect(error?.message == "nesting deeper than 256 levels")
    }

    /// Nested `items` (or `allOf`) schemas, `levels` deep, as a whole spec.
    static func nestedSchemaSpec(levels: Int, key: String) -> String {
        var schema = "{type: string}"
        for _ in 0..<levels {
            schema = key == "items" ? "{type: array, items: \(schema)}" : "{allOf: [\(schema)]}"
        }
        return
            "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Deep: \(schema)\n"
    }

    @Test(arguments: [("items", 8_100), ("allOf", 3_830)])
    func deeplyNestedSchemasAreAnError(key: String, levels: Int) {
        let error = parseError(Self.nestedSchemaSpec(levels: levels, key: key))
        #expect(error?.message == "nesting deeper than 256 levels")
        #expect(error?.location.line == 6)
    }

    @Test(arguments: [("items", 252), ("allOf", 126)])
    func deepestAllowedSchemasBuild(key: String, levels: Int) throws {
        let node = try SpecFileReader.parse(Self.nestedSchemaSpec(levels: levels, key: key), file: "deep.yaml")
        _ = try IRBuilder.build(node)
    }

    /// `count` schemas, each using the next one through `shape` (`S0` → `S1` → …), as a whole spec.
    static func schemaChainSpec(count: Int, shape: (String) -> String) -> String {
        var lines = ["openapi: 3.1.0", "info: {title: T, version: '1'}", "paths: {}", "components:", "  schemas:"]
        for index in 0..<count {
            lines.append("    S\(index): " + shape("{$ref: '#/components/schemas/S\(index + 1)'}"))
        }
        lines.append("    S\(count): {type: object, properties: {end: {type: string}}}")
        return lines.joined(separator: "\n")
    }

    @Test func longAllOfChainsThroughReferencesAreOneError() throws {
        let text = Self.schemaChainSpec(count: 5_000) { "{allOf: [\($0), {properties: {p: {type: string}}}]}" }
        let root = try SpecFileReader.parse(text, file: "chain.yaml")
        let error = #expect(throws: IRBuildError.self) { try IRBuilder.build(root) }
        #expect(
            error?.diagnostics.map(\.description) == [
                "chain.yaml:261:20: error: schemas nest more than 256 deep through $ref (from 'S0' to 'S256')"
            ])
    }

    @Test(arguments: ["{type: array, items: REF}", "REF", "{type: object, additionalProperties: REF}"])
    func longChainsOfAliasesBuildInLinearTime(shape: String) throws {
        // 20,000 aliases in a row: the cycle check visits each once (a quadratic walk took minutes).
        let text = Self.schemaChainSpec(count: 20_000) { shape.replacingOccurrences(of: "REF", with: $0) }
        let (model, diagnostics) = try IRBuilder.build(try SpecFileReader.parse(text, file: "chain.yaml"))
        #expect(model.schemas.count == 20_001 && diagnostics.isEmpty)
    }

    @Test func aliasBombStopsAtTheExpansionBudget() {
        var lines = ["openapi: 3.1.0", "components:", "  schemas:", "    L0: &l0 {type: string}"]
        for level in 1...9 {
            let p = "*l\(level - 1)"
            lines.append(
                "    L\(level): &l\(level) {properties: {a: \(p), b: \(p), c: \(p), d: \(p), e: \(p), f: \(p)}}")
        }
        let error = parseError(lines.joined(separator: "\n"))
        #expect(error?.message.hasPrefix("the document expands to more than 5000000 nodes") == true)
        #expect(error?.location.line == 12)
    }

    @Test func billionLaughsExampleStopsAtTheExpansionBudget() {
        var lines = ["openapi: 3.1.0", "x-lol:", "  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for (index, name) in "bcdefghi".enumerated() {
            let previous = "*" + String(Array("abcdefghi")[index])
            lines.append("  \(name): &\(name) [" + Array(repeating: previous, count: 10).joined(separator: ", ") + "]")
        }
        let error = parseError(lines.joined(separator: "\n"))
        #expect(error?.message.hasPrefix("the document expands to more than") == true)
        #expect(error?.location.file == "hostile.yaml")
    }

    @Test func laughsBelowTheBudgetAreLeftOutOfExamplesWithAWarning() throws {
        // 10^5 strings: inside the reader's budget, but far past the 16 KB an example may take.
        var lines = [
            "openapi: 3.1.0", "info: {title: T, version: '1'}", "paths: {}",
            "x-lol:", "  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]",
        ]
        for (index, name) in "bcde".enumerated() {
            let previous = "*" + String(Array("abcde")[index])
            lines.append("  \(name): &\(name) [" + Array(repeating: previous, count: 10).joined(separator: ", ") + "]")
        }
        lines += [
            "components:", "  schemas:", "    Laughs:", "      type: array", "      example: *e",
            "      default: *e", "      items: {type: string}",
        ]
        let root = try SpecFileReader.parse(lines.joined(separator: "\n"), file: "laughs.yaml")
        let (model, diagnostics) = try IRBuilder.build(root)
        #expect(model.schemas.first { $0.name == "Laughs" }?.example == nil)
        #expect(
            diagnostics.map(\.description) == [
                "laughs.yaml:9:6: warning: example longer than 16384 bytes as JSON; it is left out"
            ])
    }

    @Test func duplicateSchemaName() {
        let error = parseError("components:\n  schemas:\n    A: {type: string}\n    A: {type: integer}\n")
        #expect(error?.description == "hostile.yaml:4:5: error: duplicate key 'A' (first at hostile.yaml:3:5)")
    }

    @Test func duplicateProperty() {
        let error = parseError("A:\n  properties:\n    id: {type: string}\n    name: {}\n    id: {}\n")
        #expect(error?.description == "hostile.yaml:5:5: error: duplicate key 'id' (first at hostile.yaml:3:5)")
    }

    /// A large mapping is indexed rather than scanned: duplicates before and after the switch are found.
    @Test(arguments: [3, 15, 16, 17, 40]) func duplicateKeyInALargeMapping(duplicateOf index: Int) {
        let keys = (0..<30).map { "    k\($0): {}" }
        let text = "components:\n  schemas:\n" + keys.joined(separator: "\n") + "\n    k\(index % 30): {}\n"
        let error = parseError(text)
        #expect(
            error?.description
                == "hostile.yaml:33:5: error: duplicate key 'k\(index % 30)' (first at hostile.yaml:\(3 + index % 30):5)"
        )
    }

    @Test func manyDistinctKeysAreNoDuplicates() throws {
        let keys = (0..<40).map { "k\($0): \($0)" }
        let root = try SpecFileReader.parse(keys.joined(separator: "\n"), file: "many.yaml")
        #expect(root.entries.map(\.key) == (0..<40).map { "k\($0)" })
    }

    @Test func secondPathsKey() {
        let error = parseError("openapi: 3.1.0\npaths: {}\ninfo: {}\npaths: {}\n")
        #expect(error?.description == "hostile.yaml:4:1: error: duplicate key 'paths' (first at hostile.yaml:2:1)")
    }

    @Test func invalidUTF8PointsAtTheByte() {
        let bytes = Array("openapi: 3.1.0\ninfo:\n  title: ab".utf8) + [0xFF] + Array("c\n".utf8)
        let error = parseError(bytes)
        #expect(error?.location.lineColumn == "3:12")
        #expect(error?.message == "invalid leading UTF-8 octet")
    }

    @Test func laterDocumentsAreAWarning() throws {
        let text = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n---\nopenapi: 3.0.0\n"
        let (root, warnings) = try SpecFileReader.parseDocument(Array(text.utf8), file: "multi.yaml")
        #expect(root["openapi"]?.string == "3.1.0")
        #expect(
            warnings.map(\.location.description) == ["multi.yaml:4:1"]
                && warnings.first?.message == "a second YAML document: only the first document is read")
    }
}
