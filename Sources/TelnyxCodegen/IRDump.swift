import CodegenIR
import Foundation

/// The IR as stable JSON: sorted keys, pretty printed, arrays in the model's deterministic order.
public enum IRDump {
    public static func json(_ model: APIModel) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(model), as: UTF8.self)
    }
}
