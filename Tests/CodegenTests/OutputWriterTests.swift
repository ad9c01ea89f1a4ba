import CodegenRender
import Foundation
import TelnyxCodegen
import Testing

@Suite("Writing the output folder")
struct OutputWriterTests {
    private let root = FileManager.default.temporaryDirectory.appendingPathComponent("output-writer-\(UUID())")
    private var folder: String { root.appendingPathComponent("Generated").path }
    private let files = [
        OutputFile(path: "Swift/A/A.swift", contents: "let a = 1\n"),
        OutputFile(path: "Swift/B.swift", contents: "let b = 2\n"),
        OutputFile(path: "skills/x/SKILL.md", contents: ""),
    ]

    private func identity(_ path: String) throws -> (inode: Int, modified: Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + path)
        return ((attributes[.systemFileNumber] as? Int) ?? -1, attributes[.modificationDate] as? Date ?? .distantPast)
    }

    @Test("a new folder gets every file; a second run with the same files writes nothing")
    func unchangedFolderIsLeftAlone() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try OutputWriter.replace(folder, with: files) == .replaced)
        #expect(OutputWriter.differences(in: folder, from: files).isEmpty)
        let before = try [identity(""), identity("Swift/A"), identity("Swift/A/A.swift")]
        #expect(try OutputWriter.replace(folder, with: files) == .unchanged)
        let after = try [identity(""), identity("Swift/A"), identity("Swift/A/A.swift")]
        #expect(before.map(\.inode) == after.map(\.inode))
        #expect(before.map(\.modified) == after.map(\.modified))
    }

    @Test("a changed, missing or extra file replaces the folder; unchanged files keep their identity")
    func changedFolderIsReplaced() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try OutputWriter.replace(folder, with: files)
        let kept = try identity("Swift/A/A.swift")
        try "stale\n".write(toFile: folder + "/extra.swift", atomically: false, encoding: .utf8)
        #expect(OutputWriter.differences(in: folder, from: files) == ["extra.swift"])
        var changed = files
        changed[1].contents = "let b = 3\n"
        #expect(OutputWriter.differences(in: folder, from: changed) == ["Swift/B.swift", "extra.swift"])
        #expect(try OutputWriter.replace(folder, with: changed) == .replaced)
        #expect(OutputWriter.differences(in: folder, from: changed).isEmpty)
        #expect(try identity("Swift/A/A.swift").inode == kept.inode)
        #expect(!FileManager.default.fileExists(atPath: folder + "/extra.swift"))
        try FileManager.default.removeItem(atPath: folder + "/Swift/B.swift")
        #expect(OutputWriter.differences(in: folder, from: changed) == ["Swift/B.swift"])
        #expect(try OutputWriter.replace(folder, with: changed) == .replaced)
    }

    @Test("a write that fails leaves the old folder whole and no staging folder beside it")
    func failureKeepsTheOldFolder() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try OutputWriter.replace(folder, with: files)
        // A file and a folder of the same name cannot both be written.
        let clashing = files + [OutputFile(path: "Swift/B.swift/C.swift", contents: "let c = 3\n")]
        #expect(throws: OutputWriter.WriteError.self) { try OutputWriter.replace(folder, with: clashing) }
        #expect(OutputWriter.differences(in: folder, from: files).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Generated"])
    }
}
