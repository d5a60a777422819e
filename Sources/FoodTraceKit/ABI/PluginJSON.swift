import Foundation

/// The JSON coding of every message that crosses the plugin boundary (UTF-8, keys sorted).
package enum PluginJSON {
    package static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    package static func decode<T: Decodable>(_ type: T.Type, from text: UnsafePointer<CChar>) throws -> T {
        try JSONDecoder().decode(type, from: Data(bytes: text, count: strlen(text)))
    }

    /// `{"error": message}`, which cannot fail to encode.
    package static func error(_ message: String) -> String {
        (try? encode(["error": message])) ?? #"{"error":"unencodable error message"}"#
    }
}
