import CodegenRender
import Foundation

/// Writes rendered files: the whole output folder is replaced at once, so a failure never leaves
/// it half-written, and a folder that already holds exactly the rendered files is left untouched.
public enum OutputWriter {
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// What ``replace(_:with:)`` did.
    public enum Outcome: Sendable, Equatable {
        /// The folder already held exactly these files: nothing was written.
        case unchanged
        /// The folder was replaced by a new one holding the files.
        case replaced
    }

    /// Writes `files` into a temporary sibling of `directory`, then swaps it into place; does nothing
    /// when `directory` already holds exactly `files` (no other file, every byte the same), so that
    /// regenerating an unchanged client creates and deletes no folders.
    @discardableResult
    public static func replace(_ directory: String, with files: [OutputFile]) throws -> Outcome {
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let unchanged = filesHoldingTheirContents(in: target.path, files)
        if !unchanged.contains(false), FileTree.regularFiles(under: target.path).count == files.count {
            return .unchanged
        }
        try swapIn(target, files, linking: unchanged)
        return .replaced
    }

    /// Paths (relative to `directory`) that differ from `files`: changed, missing, or extra.
    public static func differences(in directory: String, from files: [OutputFile]) -> [String] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        let unchanged = filesHoldingTheirContents(in: root, files)
        var result = Set(zip(files, unchanged).filter { !$0.1 }.map(\.0.path))
        let expected = Set(files.map(\.path))
        result.formUnion(FileTree.regularFiles(under: root).filter { !expected.contains($0) })
        return result.sorted()
    }

    /// For each file, whether `root` already holds it byte for byte; read on every core.
    static func filesHoldingTheirContents(in root: String, _ files: [OutputFile]) -> [Bool] {
        concurrentMap(files) { file in
            var contents = file.contents
            return contents.withUTF8 { FileTree.holds(root + "/" + file.path, $0) }
        }
    }

    /// Builds the new folder beside `target` (hard-linking the files marked in `linking`, so that they
    /// keep their modification time and incremental builds recompile only what changed), then swaps it
    /// in; on any failure the old folder stays as it was.
    private static func swapIn(_ target: URL, _ files: [OutputFile], linking: [Bool]) throws {
        let manager = FileManager.default
        let parent = target.deletingLastPathComponent()
        let token = UUID().uuidString.prefix(8)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(token)")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(token)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            try FileTree.makeFolders(for: files.map(\.path), in: staging.path)
            let failure = FirstFailure()
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                let path = staging.path + "/" + files[index].path
                var contents = files[index].contents
                let written =
                    linking[index] && link(target.path + "/" + files[index].path, path) == 0
                    || contents.withUTF8 { FileTree.write($0, to: path) }
                if !written { failure.record(WriteError(description: "\(path): \(String(cString: strerror(errno)))")) }
            }
            if let error = failure.error { throw error }
            if manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: target, to: retired)
            }
            try manager.moveItem(at: staging, to: target)
            try? manager.removeItem(at: retired)
        } catch {
            try? manager.removeItem(at: staging)
            if !manager.fileExists(atPath: target.path), manager.fileExists(atPath: retired.path) {
                try? manager.moveItem(at: retired, to: target)
            }
            throw WriteError(
                description: "\(target.path): error: cannot write the output: \(error.localizedDescription)")
        }
    }
}

/// The first error of writes made on several threads.
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: (any Error)?

    func record(_ error: any Error) { lock.withLock { first = first ?? error } }

    var error: (any Error)? { lock.withLock { first } }
}
