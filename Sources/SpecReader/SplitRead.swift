import Dispatch
import Foundation

extension SpecFileReader {
    /// A large document's top-level mapping read as two halves on two threads, split before the
    /// top-level key at `split`, and joined; nil when either half does not read cleanly on its own
    /// (an alias to an anchor in the other half, a key in both, any error or warning, a half over
    /// half the node budget): the caller then reads the whole document, which reports the error.
    static func parseHalves(_ bytes: [UInt8], at split: Int, file: String) -> SpecNode? {
        let lineOffset = bytes[..<split].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let halves = HalfResults()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            var builder = TreeBuilder(
                file: file, lineOffset: index == 0 ? 0 : lineOffset, nodeBudget: SpecReaderLimits.maxExpandedNodes / 2)
            let read = bytes.withUnsafeBufferPointer { buffer in
                (try? builder.run(UnsafeBufferPointer(rebasing: index == 0 ? buffer[..<split] : buffer[split...])))
                    != nil
            }
            guard read, builder.warnings.isEmpty else { return }
            halves.set(index, builder.root)
        }
        guard let first = halves.roots[0], let second = halves.roots[1], case .mapping(let head) = first.value,
            case .mapping(let tail) = second.value
        else { return nil }
        let keys = Set(head.map(\.key))
        guard !tail.contains(where: { keys.contains($0.key) }) else { return nil }
        return SpecNode(.mapping(head + tail), location: first.location)
    }
}

/// The roots of the two halves of a split document, set from two threads.
private final class HalfResults: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [SpecNode?] = [nil, nil]

    func set(_ index: Int, _ root: SpecNode?) { lock.withLock { stored[index] = root } }
    var roots: [SpecNode?] { lock.withLock { stored } }
}

/// Where a large YAML document can be read as two halves: before a top-level `key:` line near its
/// middle. Only a plain block mapping at the top qualifies: no document markers (`---`, `...`) or
/// directives, no JSON or flow style, and a key made of letters, digits, `_` and `-` at the start of the line.
enum TopLevelSplit {
    /// Documents smaller than this are read whole.
    static let minimumSize = 1 << 20

    static func point(in bytes: [UInt8]) -> Int? {
        let newline = UInt8(ascii: "\n")
        // The first line that is not a comment or blank must be a top-level key.
        var first = 0
        while first < bytes.count, bytes[first] == UInt8(ascii: "#") || bytes[first] == newline {
            first = (bytes[first...].firstIndex(of: newline) ?? bytes.count) + 1
        }
        guard bytes.count >= minimumSize, first < bytes.count, isKeyStart(bytes[first]), keyLine(bytes, at: first)
        else { return nil }
        var best: Int?
        var index = 0
        while let found = bytes[index...].firstIndex(of: newline) {
            let start = found + 1
            guard start < bytes.count else { break }
            let byte = bytes[start]
            // A document marker or directive: several documents, read whole. (A `- ` entry at the start
            // of a line belongs to the key above it, as YAML allows: no split point, no obstacle.)
            if byte == UInt8(ascii: "%") || documentMarker(bytes, at: start) { return nil }
            if isKeyStart(byte), keyLine(bytes, at: start),
                abs(start - bytes.count / 2) < abs((best ?? 0) - bytes.count / 2)
            {
                best = start
            }
            index = start
        }
        return best
    }

    /// `---` or `...` at `start`, alone or before a space.
    private static func documentMarker(_ bytes: [UInt8], at start: Int) -> Bool {
        let marker = bytes[start]
        guard marker == UInt8(ascii: "-") || marker == UInt8(ascii: "."), start + 2 < bytes.count,
            bytes[start + 1] == marker, bytes[start + 2] == marker
        else { return false }
        return start + 3 == bytes.count
            || [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[start + 3])
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    /// `key:` followed by a space or the end of the line, at `start`.
    private static func keyLine(_ bytes: [UInt8], at start: Int) -> Bool {
        var index = start
        while index < bytes.count,
            isKeyStart(bytes[index]) || bytes[index] == UInt8(ascii: "-")
                || (bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9"))
        {
            index += 1
        }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
        let next = bytes[index + 1]
        return next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r")
    }
}
