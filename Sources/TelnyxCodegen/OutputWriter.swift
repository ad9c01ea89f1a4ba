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
            // Every folder and its parents, parents first (a parent sorts before its children).
            var folders: Set<String> = []
            for file in files {
                var folder = (file.path as NSString).deletingLastPathComponent
                while !folder.isEmpty, folders.insert(folder).inserted {
                    folder = (folder as NSString).deletingLastPathComponent
                }
            }
            for folder in folders.sorted() where mkdir(staging.appendingPathComponent(folder).path, 0o755) != 0 {
                throw WriteError(description: "\(folder): \(String(cString: strerror(errno)))")
            }
            let failure = FirstFailure()
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                let file = files[index]
                let path = staging.appendingPathComponent(file.path).path
                let existing = target.appendingPathComponent(file.path).path
                var contents = file.contents
                let written = contents.withUTF8 { bytes in
                    reuse(existing, at: path, ifEqualTo: bytes) || write(bytes, to: path)
                }
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
            throw WriteError(description: "\(directory): error: cannot write the output: \(error.localizedDescription)")
        }
    }

    /// Hard-links `existing` at `path` when it holds exactly `bytes`, so that an unchanged file keeps
    /// its modification time and incremental builds (the build-tool plugin's outputs) recompile only
    /// the files that changed. False when it differs, is missing, or cannot be linked. Plain POSIX
    /// calls: `FileManager` costs a dozen system calls per file here (owner names, extended attributes).
    static func reuse(_ existing: String, at path: String, ifEqualTo bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let descriptor = open(existing, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == bytes.count else { return false }
        let old = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        defer { old.deallocate() }
        var filled = 0
        while filled < bytes.count {
            let count = read(descriptor, old.baseAddress! + filled, bytes.count - filled)
            guard count > 0 else { return false }
            filled += count
        }
        guard bytes.isEmpty || memcmp(old.baseAddress!, bytes.baseAddress!, bytes.count) == 0 else { return false }
        return link(existing, path) == 0
    }

    /// Writes `bytes` to a new file at `path`; false (with `errno`) when it cannot.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var done = 0
        while done < bytes.count {
            let count = Foundation.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            guard count > 0 else { return false }
            done += count
        }
        return true
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
