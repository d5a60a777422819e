/// A recall notice, as the drill needs it: sales and uses after it are gaps.
public struct RecallNotice: Sendable, Codable, Hashable {
    public var notice: String
    public var batch: String
    public var record: String
    public var level: Int
    public var atMilliseconds: Int64

    public init(notice: String, batch: String, record: String, level: Int, atMilliseconds: Int64) {
        self.notice = notice
        self.batch = batch
        self.record = record
        self.level = level
        self.atMilliseconds = atMilliseconds
    }
}
