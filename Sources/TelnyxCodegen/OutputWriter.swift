import CodegenRender
import Foundation

/// Writes rendered files: the whole output folder is replaced at once, so a failure never leaves
/// it half-written.
public enum OutputWriter {
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Writes `files` into a temporary sibling of `directory`, then swaps it into place.
    public static func replace(_ directory: String, with files: [OutputFile]) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let token = UUID().uuidString.prefix(8)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(token)")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(token)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            let folders = Set(files.map { staging.appendingPathComponent($0.path).deletingLastPathComponent().path })
            for folder in folders.sorted() {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let failure = FirstFailure()
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                let file = files[index]
                let url = staging.appendingPathComponent(file.path)
                let data = Data(file.contents.utf8)
                guard !reuse(target.appendingPathComponent(file.path), at: url, ifEqualTo: data) else { return }
                do { try data.write(to: url) } catch { failure.record(error) }
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
            throw WriteError(description: "\(directory): error: cannot write the output: \(error.localizedDescription)")
        }
    }

    /// Hard-links `existing` at `url` when it holds exactly `data`, so that an unchanged file keeps
    /// its modification time and incremental builds (the build-tool plugin's outputs) recompile only
    /// the files that changed. False when it differs, is missing, or cannot be linked.
    static func reuse(_ existing: URL, at url: URL, ifEqualTo data: Data) -> Bool {
        let manager = FileManager.default
        guard let attributes = try? manager.attributesOfItem(atPath: existing.path),
            (attributes[.size] as? NSNumber)?.intValue == data.count,
            manager.contents(atPath: existing.path) == data
        else { return false }
        return (try? manager.linkItem(at: existing, to: url)) != nil
    }

    /// Paths (relative to `directory`) that differ from `files`: changed, missing, or extra.
    public static func differences(in directory: String, from files: [OutputFile]) -> [String] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var expected: [String: String] = [:]
        for file in files { expected[file.path] = file.contents }
        var result: Set<String> = []
        for (path, contents) in expected {
            let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
            if data != Data(contents.utf8) { result.insert(path) }
        }
        for path in existingFiles(in: root) where expected[path] == nil {
            result.insert(path)
        }
        return result.sorted()
    }

    static func existingFiles(in root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var paths: [String] = []
        let prefix = root.path.count + 1
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(prefix)))
        }
        return paths
    }
}

/// The first error of writes made on several threads.
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: (any Error)?

    func record(_ error: any Error) { lock.withLock { first = first ?? error } }

    var error: (any Error)? { lock.withLock { first } }
}
