import CLibYAML
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads YAML (and JSON, which libyaml accepts as YAML) into a `SpecNode` tree.
public enum SpecFileReader {
    /// Reads and parses the file at `path`.
    public static func read(path: String) throws -> SpecNode {
        try readDocument(path: path).root
    }

    /// Reads and parses the file at `path`, with the warnings of reading it.
    public static func readDocument(path: String) throws -> (root: SpecNode, warnings: [SpecReadError]) {
        guard let bytes = readBytes(path: path) else {
            throw SpecReadError(
                location: SourceLocation(file: path, line: 1, column: 1),
                message: "cannot read file")
        }
        return try parseDocument(bytes, file: path)
    }

    /// Parses a document held in memory; `file` names it in locations.
    public static func parse(_ text: String, file: String) throws -> SpecNode {
        try parse(Array(text.utf8), file: file)
    }

    /// Parses a document held in memory; `file` names it in locations.
    public static func parse(_ bytes: [UInt8], file: String) throws -> SpecNode {
        try parseDocument(bytes, file: file).root
    }

    /// Parses a document held in memory, with the warnings of reading it (a file holding more than
    /// one YAML document: only the first is read).
    public static func parseDocument(_ bytes: [UInt8], file: String) throws -> (
        root: SpecNode, warnings: [SpecReadError]
    ) {
        if let split = TopLevelSplit.point(in: bytes), let root = parseHalves(bytes, at: split, file: file) {
            return (root, [])
        }
        var builder = TreeBuilder(file: file)
        try bytes.withUnsafeBufferPointer { buffer in
            try builder.run(buffer)
        }
        guard let root = builder.root else {
            throw SpecReadError(
                location: SourceLocation(file: file, line: 1, column: 1), message: "the document is empty")
        }
        return (root, builder.warnings)
    }

    static func readBytes(path: String) -> [UInt8]? {
        guard let handle = fopen(path, "rb") else { return nil }
        defer { fclose(handle) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if count > 0 { result.append(contentsOf: chunk[0..<count]) }
            if count < chunk.count {
                return ferror(handle) == 0 ? result : nil
            }
        }
    }
}

/// One collection still being read.
private final class OpenCollection {
    let isMapping: Bool
    let anchor: String?
    let location: SourceLocation
    var entries: [SpecNode.Entry] = []
    var items: [SpecNode] = []
    var pendingKey: (String, SourceLocation)?
    /// The keys of a large mapping, to reject duplicates without scanning (a small one is scanned).
    private var keyIndex: [String: SourceLocation]?
    /// Nodes in this collection with aliases expanded (the collection itself included).
    var expandedSize = 1

    init(isMapping: Bool, anchor: String?, location: SourceLocation) {
        self.isMapping = isMapping
        self.anchor = anchor
        self.location = location
    }

    var node: SpecNode {
        SpecNode(isMapping ? .mapping(entries) : .sequence(items), location: location)
    }

    /// Adds a mapping entry; returns where its key was first seen instead when the key is a duplicate.
    func addEntry(_ entry: SpecNode.Entry) -> SourceLocation? {
        if let index = keyIndex {
            if let first = index[entry.key] { return first }
            keyIndex?[entry.key] = entry.keyLocation
        } else if let first = entries.first(where: { $0.key == entry.key }) {
            return first.keyLocation
        } else if entries.count == 16 {
            keyIndex = Dictionary(entries.map { ($0.key, $0.keyLocation) } + [(entry.key, entry.keyLocation)]) { a, _ in
                a
            }
        }
        entries.append(entry)
        return nil
    }
}

/// Limits that keep hostile input from crashing or exhausting the reader and what runs after it.
public enum SpecReaderLimits {
    /// Deepest nesting of mappings and sequences. The Telnyx specs nest about 20 levels; the IR
    /// builder and the recursive release of the tree stay far from the stack's end at this depth.
    public static let maxDepth = 256
    /// Most nodes the document may stand for once aliases are expanded (an alias to a large
    /// anchor counts the anchor's whole subtree each time). Stops "billion laughs" alias bombs;
    /// the Telnyx specs use no aliases and have well under a million nodes.
    public static let maxExpandedNodes = 5_000_000
}

/// Turns libyaml's event stream into nodes, keeping a stack of open collections.
struct TreeBuilder {
    let file: String
    /// `file` in ``FileNames``, looked up once for the whole document.
    private let fileNumber: Int
    /// Lines before the text this builder reads (the second half of a split document).
    private let lineOffset: Int
    /// Most nodes the text may stand for, aliases expanded.
    private let nodeBudget: Int
    var root: SpecNode?
    var warnings: [SpecReadError] = []
    private var stack: [OpenCollection] = []
    private var anchors: [String: (node: SpecNode, expandedSize: Int)] = [:]
    private var expandedTotal = 0

    init(file: String, lineOffset: Int = 0, nodeBudget: Int = SpecReaderLimits.maxExpandedNodes) {
        self.file = file
        self.fileNumber = FileNames.number(of: file)
        self.lineOffset = lineOffset
        self.nodeBudget = nodeBudget
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw SpecReadError(location: location(line: 0, column: 0), message: "cannot start the YAML parser")
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw parserError(parser, buffer)
            }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { return }
            if event.type == YAML_DOCUMENT_START_EVENT, root != nil {
                let mark = event.start_mark
                warnings.append(
                    SpecReadError(
                        location: location(line: Int(mark.line), column: Int(mark.column)),
                        message: "a second YAML document: only the first document is read"))
                return
            }
            try handle(event)
        }
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(fileNumber: fileNumber, line: lineOffset + line + 1, column: column + 1)
    }

    private func parserError(_ parser: yaml_parser_t, _ buffer: UnsafeBufferPointer<UInt8>) -> SpecReadError {
        if parser.error == YAML_READER_ERROR {
            // Encoding errors carry only a byte offset: count lines and columns up to it.
            let offset = min(Int(parser.problem_offset), buffer.count)
            var line = 0
            var lineStart = 0
            for index in 0..<offset where buffer[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            let column = String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<offset]), as: UTF8.self)
                .count
            let problem = parser.problem.map { String(cString: $0) } ?? "invalid bytes"
            return SpecReadError(location: location(line: line, column: column), message: problem)
        }
        var message = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " (\(context) at line \(parser.context_mark.line + 1))"
        }
        let mark = parser.problem_mark
        return SpecReadError(location: location(line: Int(mark.line), column: Int(mark.column)), message: message)
    }

    private mutating func handle(_ event: yaml_event_t) throws {
        let here = location(line: Int(event.start_mark.line), column: Int(event.start_mark.column))
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let style: SpecNode.ScalarStyle = scalar.style == YAML_PLAIN_SCALAR_STYLE ? .plain : .quoted
            let node = SpecNode(.scalar(text, style), location: here)
            if let name = anchorName(scalar.anchor) { anchors[name] = (node, 1) }
            try add(node, expandedSize: 1, at: here)
        case YAML_MAPPING_START_EVENT:
            try open(isMapping: true, anchor: anchorName(event.data.mapping_start.anchor), at: here)
        case YAML_SEQUENCE_START_EVENT:
            try open(isMapping: false, anchor: anchorName(event.data.sequence_start.anchor), at: here)
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            let finished = stack.removeLast()
            let node = finished.node
            if let anchor = finished.anchor { anchors[anchor] = (node, finished.expandedSize) }
            try add(node, expandedSize: finished.expandedSize, at: finished.location, counted: true)
        case YAML_ALIAS_EVENT:
            let name = anchorName(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                throw SpecReadError(location: here, message: "unknown alias '*\(name)'")
            }
            try add(target.node, expandedSize: target.expandedSize, at: here)
        default:
            break
        }
    }

    private func anchorName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private mutating func open(isMapping: Bool, anchor: String?, at here: SourceLocation) throws {
        guard stack.count < SpecReaderLimits.maxDepth else {
            throw SpecReadError(
                location: here, message: "nesting deeper than \(SpecReaderLimits.maxDepth) levels")
        }
        try count(1, at: here)
        stack.append(OpenCollection(isMapping: isMapping, anchor: anchor, location: here))
    }

    /// Counts `size` more nodes towards the expansion budget.
    private mutating func count(_ size: Int, at here: SourceLocation) throws {
        expandedTotal += size
        guard expandedTotal <= nodeBudget else {
            throw SpecReadError(
                location: here,
                message: "the document expands to more than \(SpecReaderLimits.maxExpandedNodes) nodes "
                    + "(aliases are expanded each time they are used)")
        }
    }

    /// Adds a finished node to the open collection; `counted` when its nodes were counted as read.
    private mutating func add(
        _ node: SpecNode, expandedSize: Int, at here: SourceLocation, counted: Bool = false
    ) throws {
        if !counted { try count(expandedSize, at: here) }
        stack.last?.expandedSize += expandedSize
        guard let top = stack.last else {
            if root == nil { root = node }
            return
        }
        guard top.isMapping else {
            top.items.append(node)
            return
        }
        if let (key, keyLocation) = top.pendingKey {
            if let first = top.addEntry(SpecNode.Entry(key: key, keyLocation: keyLocation, value: node)) {
                throw SpecReadError(
                    location: keyLocation, message: "duplicate key '\(key)' (first at \(first))")
            }
            top.pendingKey = nil
        } else {
            guard let key = node.scalarText else {
                throw SpecReadError(location: node.location, message: "a mapping key must be a scalar")
            }
            top.pendingKey = (key, node.location)
        }
    }
}
