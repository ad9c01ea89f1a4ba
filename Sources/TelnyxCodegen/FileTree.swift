import Foundation

/// The file-system calls the output writer makes, as plain POSIX calls: `FileManager` costs a dozen
/// system calls per file here (owner names, extended attributes, a `stat` per entry).
enum FileTree {
    /// Whether `path` is a file holding exactly `bytes`.
    static func holds(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == bytes.count
        else { return false }
        guard !bytes.isEmpty else { return true }
        let old = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
        defer { old.deallocate() }
        var filled = 0
        while filled < bytes.count {
            let count = read(descriptor, old.baseAddress! + filled, bytes.count - filled)
            guard count > 0 else { return false }
            filled += count
        }
        return memcmp(old.baseAddress!, bytes.baseAddress!, bytes.count) == 0
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

    /// Creates, under `root`, the folders of `paths` (relative file paths), parents first.
    static func makeFolders(for paths: [String], in root: String) throws {
        var folders: Set<Substring> = []
        for path in paths {
            var folder = path[...]
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(folder).inserted else { break }
            }
        }
        // A parent sorts before its children.
        for folder in folders.sorted() where mkdir(root + "/" + folder, 0o755) != 0 {
            throw OutputWriter.WriteError(description: "\(folder): \(String(cString: strerror(errno)))")
        }
    }

    /// The paths, relative to `root`, of every file below it that is not a folder (symbolic links
    /// included, not followed); empty when `root` is missing.
    static func regularFiles(under root: String) -> [String] {
        var found: [String] = []
        collect(root, prefix: "", into: &found)
        return found
    }

    private static func collect(_ folder: String, prefix: String, into found: inout [String]) {
        guard let stream = opendir(folder) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            let path = folder + "/" + name
            if isFolder(entry.pointee.d_type, path) {
                collect(path, prefix: prefix + name + "/", into: &found)
            } else {
                found.append(prefix + name)
            }
        }
    }

    private static func isFolder(_ type: UInt8, _ path: String) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
