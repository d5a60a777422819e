import Foundation
import GRDB
import TraceModel

/// A sale its stall voided: the void record, its reason and time.
public struct SlipVoid: Sendable, Hashable, Codable {
    public var record: String
    public var reason: String
    public var at: String
}

extension TraceStore {
    /// The void of the slip `code`, when its stall voided the sale; `nil` otherwise (or in a store from before
    /// voids were kept, opened read-only without migrating).
    public func void(ofSlip code: String) throws -> SlipVoid? {
        try read { db in
            guard try db.tableExists("voids"),
                let row = try Row.fetchOne(
                    db, sql: "SELECT record, reason, at_ms FROM voids WHERE slip = ?", arguments: [code])
            else { return nil }
            let at = Timestamp(epochMilliseconds: row[2], offsetMinutes: 480)
            return SlipVoid(record: row[0], reason: row[1], at: at.text)
        }
    }
}
