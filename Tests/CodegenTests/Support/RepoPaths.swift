import Foundation

/// Paths in the source tree (not the test bundle), for goldens and repository files.
enum RepoPaths {
    /// The repository root, found from this file's location.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// The Swift files under a repository folder (`Generated/Swift`), relative to it, sorted.
    static func swiftFiles(under relative: String) -> [String] {
        let files = FileManager.default.enumerator(atPath: path(relative))?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".swift") }.sorted()
    }

    /// True when golden tests should write their files instead of comparing (`RECORD_GOLDEN=1`).
    static var recording: Bool {
        ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
    }
}
