import CLibYAML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads YAML (and JSON, which libyaml accepts as YAML) into a `SpecNode` tree.
public enum SpecFileReader {
    /// Reads and parses the file at `path`.
    public static func read(path: String) throws -> SpecNode {
        guard let bytes = readBytes(path: path) else {
            throw SpecReadError(
                location: SourceLocation(file: path, line: 1, column: 1),
                message: "cannot read file")
        }
        return try parse(bytes, file: path)
    }

    /// Parses a document held in memory; `file` names it in locations.
    public static func parse(_ text: String, file: String) throws -> SpecNode {
        try parse(Array(text.utf8), file: file)
    }

    /// Parses a document held in memory; `file` names it in locations.
    public static func parse(_ bytes: [UInt8], file: String) throws -> SpecNode {
        var builder = TreeBuilder(file: file)
        try bytes.withUnsafeBufferPointer { buffer in
            try builder.run(buffer)
        }
        guard let root = builder.root else {
            throw SpecReadError(
                location: SourceLocation(file: file, line: 1, column: 1), message: "the document is empty")
        }
        return root
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

    init(isMapping: Bool, anchor: String?, location: SourceLocation) {
        self.isMapping = isMapping
        self.anchor = anchor
        self.location = location
    }

    var node: SpecNode {
        SpecNode(isMapping ? .mapping(entries) : .sequence(items), location: location)
    }
}

/// Turns libyaml's event stream into nodes, keeping a stack of open collections.
private struct TreeBuilder {
    let file: String
    var root: SpecNode?
    private var stack: [OpenCollection] = []
    private var anchors: [String: SpecNode] = [:]

    init(file: String) { self.file = file }

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
                throw parserError(parser)
            }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { return }
            try handle(event)
        }
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + 1, column: column + 1)
    }

    private func parserError(_ parser: yaml_parser_t) -> SpecReadError {
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
            if let name = anchorName(scalar.anchor) { anchors[name] = node }
            try add(node)
        case YAML_MAPPING_START_EVENT:
            let anchor = anchorName(event.data.mapping_start.anchor)
            stack.append(OpenCollection(isMapping: true, anchor: anchor, location: here))
        case YAML_SEQUENCE_START_EVENT:
            let anchor = anchorName(event.data.sequence_start.anchor)
            stack.append(OpenCollection(isMapping: false, anchor: anchor, location: here))
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            let finished = stack.removeLast()
            let node = finished.node
            if let anchor = finished.anchor { anchors[anchor] = node }
            try add(node)
        case YAML_ALIAS_EVENT:
            let name = anchorName(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                throw SpecReadError(location: here, message: "unknown alias '*\(name)'")
            }
            try add(target)
        default:
            break
        }
    }

    private func anchorName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private mutating func add(_ node: SpecNode) throws {
        guard let top = stack.last else {
            if root == nil { root = node }
            return
        }
        guard top.isMapping else {
            top.items.append(node)
            return
        }
        if let (key, keyLocation) = top.pendingKey {
            top.entries.append(SpecNode.Entry(key: key, keyLocation: keyLocation, value: node))
            top.pendingKey = nil
        } else {
            guard let key = node.scalarText else {
                throw SpecReadError(location: node.location, message: "a mapping key must be a scalar")
            }
            top.pendingKey = (key, node.location)
        }
    }
}
