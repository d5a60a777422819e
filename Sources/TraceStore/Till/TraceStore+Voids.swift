import Foundation
import GRDB
import TraceModel

/// A sale its stall voided: the void record, its reason and time.
public struct SlipVoid: Sendable, Hashable, Codable {
    public var record: String
    public var reason: String
    public var at: String

    /// The void of record `record` for `reason`, made at `atMilliseconds` (shown in China Standard Time).
    package init(record: String, reason: String, atMilliseconds: Int64) {
        self.record = record
        self.reason = reason
        at = Timestamp(epochMilliseconds: atMilliseconds, offsetMinutes: 480).text
    }
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
            return SlipVoid(record: row[0], reason: row[1], atMilliseconds: row[2])
        }
    }

    /// Every voided slip with its void, for a trace that flags them (voids are few: one a sale rung up wrong).
    public func voids() throws -> [String: SlipVoid] {
        try read { db in
            guard try db.tableExists("voids") else { return [:] }
            var voids: [String: SlipVoid] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT slip, record, reason, at_ms FROM voids") {
                voids[row[0]] = SlipVoid(record: row[1], reason: row[2], atMilliseconds: row[3])
            }
            return voids
        }
    }
}
