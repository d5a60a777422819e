import GRDB

/// Settings kept in the store's `config` table beside its format and version: what a node's operator sets once.
extension TraceStore {
    /// The `config` key of the hub's base URL (``hubURL()``).
    static let hubURLKey = "hub-url"

    /// The hub's base URL (`https://hub.example.cn`), which slips print as their QR code's address, or `nil`.
    public func hubURL() throws(StoreError) -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM config WHERE key = ?", arguments: [Self.hubURLKey])
        }
    }

    /// Sets the hub's base URL, or removes it with `nil` (slips then carry the bare payload again).
    /// The caller checks the URL first (`SlipLink.problem(withBase:)`); the store only keeps the text.
    public func setHubURL(_ url: String?) throws(StoreError) {
        do {
            try writer.write { db in
                if let url {
                    try db.execute(
                        sql:
                            "INSERT INTO config(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        arguments: [Self.hubURLKey, url])
                } else {
                    try db.execute(sql: "DELETE FROM config WHERE key = ?", arguments: [Self.hubURLKey])
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, "cannot write the hub URL: \(error)")
        }
    }
}
