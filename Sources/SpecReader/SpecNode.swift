import Foundation

/// A position in a spec file, 1-based, as editors show it.
///
/// Every node, entry and IR element carries one and copies it often, so the file is held as a
/// number into ``FileNames`` rather than as a `String` that every copy would retain and release.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    private var fileNumber: Int
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.init(fileNumber: FileNames.number(of: file), line: line, column: column)
    }

    init(fileNumber: Int, line: Int, column: Int) {
        self.fileNumber = fileNumber
        self.line = line
        self.column = column
    }

    public var file: String {
        get { FileNames.name(fileNumber) }
        set { fileNumber = FileNames.number(of: newValue) }
    }

    public var description: String { "\(file):\(line):\(column)" }

    private enum CodingKeys: String, CodingKey { case file, line, column }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try container.decode(String.self, forKey: .file), line: try container.decode(Int.self, forKey: .line),
            column: try container.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }
}

/// The file names locations refer to, numbered in the order they are first seen (a process reads
/// a handful of files, so the table never grows large).
enum FileNames {
    private final class Table: @unchecked Sendable {
        let lock = NSLock()
        var names: [String] = []
        var numbers: [String: Int] = [:]
    }
    private static let table = Table()

    static func number(of file: String) -> Int {
        table.lock.withLock {
            if let number = table.numbers[file] { return number }
            table.names.append(file)
            table.numbers[file] = table.names.count - 1
            return table.names.count - 1
        }
    }

    static func name(_ number: Int) -> String {
        table.lock.withLock { table.names[number] }
    }
}

/// One node of a YAML or JSON document. Mappings keep their key order; every node keeps its location.
public struct SpecNode: Sendable {
    /// How a scalar was written: plain scalars may be numbers, booleans or null; quoted ones are strings.
    public enum ScalarStyle: Sendable, Hashable {
        case plain
        case quoted
    }

    public indirect enum Value: Sendable {
        case scalar(String, ScalarStyle)
        case mapping([Entry])
        case sequence([SpecNode])
    }

    /// A key of a mapping and its value.
    public struct Entry: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: SpecNode

        public init(key: String, keyLocation: SourceLocation, value: SpecNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension SpecNode {
    /// The value for `key` when this node is a mapping.
    public subscript(key: String) -> SpecNode? {
        guard case .mapping(let entries) = value else { return nil }
        for entry in entries where entry.key == key { return entry.value }
        return nil
    }

    /// The entries when this node is a mapping, otherwise an empty list.
    public var entries: [Entry] {
        if case .mapping(let entries) = value { return entries }
        return []
    }

    /// The items when this node is a sequence, otherwise an empty list.
    public var items: [SpecNode] {
        if case .sequence(let items) = value { return items }
        return []
    }

    public var isMapping: Bool {
        if case .mapping = value { return true }
        return false
    }

    public var isSequence: Bool {
        if case .sequence = value { return true }
        return false
    }

    /// The text of a scalar node, whatever its style.
    public var scalarText: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// The text of a scalar that is not null.
    public var string: String? {
        guard case .scalar(let text, let style) = value else { return nil }
        if style == .plain && Self.isNullText(text) { return nil }
        return text
    }

    public var bool: Bool? {
        guard case .scalar(let text, .plain) = value else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    public var int: Int? {
        guard case .scalar(let text, .plain) = value else { return nil }
        return Int(text)
    }

    public var double: Double? {
        guard case .scalar(let text, .plain) = value else { return nil }
        return Double(text)
    }

    /// True for a plain scalar meaning null (`null`, `~` or nothing).
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = value else { return false }
        return Self.isNullText(text)
    }

    static func isNullText(_ text: String) -> Bool {
        text.isEmpty || text == "null" || text == "~" || text == "Null" || text == "NULL"
    }
}
