// The message catalogue: opening, creating and writing a store (errors of `TraceStore`).

extension Message {
    /// Errors of the store.
    public enum Store {
        /// `init` (or `demo`) over an existing file.
        public static func exists(_ path: String) -> Message {
            Message(
                "store.exists", zh: "\(path) 已存在；请换一个 --store 路径，或先删除它",
                en: "\(path) already exists; choose another --store path or remove it")
        }

        /// No file at the store's path.
        public static func missing(_ path: String) -> Message {
            Message(
                "store.missing", zh: "\(path) 处没有库；用 `foodtrace init --store \(path)` 创建",
                en: "no store at \(path); create one with `foodtrace init --store \(path)`")
        }

        /// A file that is not a store, or one whose creation was cut short.
        public static func notAStore(_ path: String, unfinished: Bool) -> Message {
            Message(
                "store.not-a-store", zh: "\(path) 不是 FoodTrace 库" + (unfinished ? "（创建未完成；请删除后重新创建）" : ""),
                en: "\(path) is not a FoodTrace store"
                    + (unfinished ? " (its creation did not finish; remove it and create it again)" : ""))
        }

        /// A store of a later schema than this build knows.
        public static func fromTheFuture(_ path: String, version: String) -> Message {
            Message(
                "store.future", zh: "\(path) 由更新版本的 FoodTrace 写入（\(version)）；请使用该版本",
                en: "\(path) was written by a later version of FoodTrace (\(version)); use that version")
        }

        /// SQLite could not open the file (its own words follow).
        public static func cannotOpen(_ path: String, detail: String) -> Message {
            Message(
                "store.cannot-open", zh: "无法作为 FoodTrace 库打开 \(path)（SQLite：\(detail)）",
                en: "cannot open \(path) as a FoodTrace store: \(detail)")
        }

        /// SQLite could not create the file.
        public static func cannotCreate(_ path: String, detail: String) -> Message {
            Message(
                "store.cannot-create", zh: "无法创建 \(path)（SQLite：\(detail)）", en: "cannot create \(path): \(detail)")
        }

        /// The file could not be opened at all.
        public static func cannotOpenFile(_ path: String, _ system: Message) -> Message {
            Message("store.cannot-open-file", zh: "无法打开 \(path)：\(system.zh)", en: "cannot open \(path): \(system.en)")
        }

        /// Another process's first load held the store longer than the command would wait.
        public static func busy(_ path: String, waited: String) -> Message {
            Message(
                "store.busy",
                zh: "\(path)：另一个进程正在向这个新库首次导入记录，在 \(waited) 内未完成；未读取、未更改任何内容："
                    + "导入完成后请重新运行（FOODTRACE_WAIT 设定等待的秒数）",
                en: "\(path): another process is loading records into this new store (a first load) and did not "
                    + "finish within \(waited); nothing was read or changed: run the command again when the load has "
                    + "finished (FOODTRACE_WAIT sets how many seconds to wait)")
        }

        /// The command waits for a first load.
        public static func waiting(_ path: String) -> Message {
            Message(
                "store.waiting", zh: "\(path)：正在等待另一个进程向该库的首次导入完成…",
                en: "\(path): waiting for another process's first load into this store to finish…")
        }

        /// An issuer's chain moved on while an input continuing it was made.
        public static func chainMoved(issuer: String, next: Int, expected: Int) -> Message {
            Message(
                "store.chain-moved",
                zh: "生成输入期间 \(issuer) 的记录链已有新记录（下一个 seq 现为 \(next)，不是 \(expected)）；未存入任何内容",
                en: "the chain of \(issuer) moved on while the input was made (its next seq is now \(next), not "
                    + "\(expected)); nothing was stored")
        }

        /// A party that is not registered in the store.
        public static func partyNotRegistered(_ party: String) -> Message {
            Message("store.party-not-registered", zh: "参与方 \(party) 未登记", en: "party \(party) is not registered")
        }

        /// A party used every trace code of a day.
        public static func codesUsedUp(party: String, day: String) -> Message {
            Message(
                "store.codes-used-up", zh: "参与方 \(party) 已用完 \(day) 的全部 10,000 个追溯码",
                en: "party \(party) has used all 10,000 trace codes of \(day)")
        }

        /// A write failed in SQLite and was rolled back.
        public static func rolledBack(ingest: Bool, source: String, detail: String) -> Message {
            Message(
                "store.rolled-back", zh: "\(ingest ? "导入" : "追加") \(source) 失败，已回滚（SQLite：\(detail)）",
                en: "\(ingest ? "ingest of" : "append to") \(source) failed and was rolled back: \(detail)")
        }

        /// A PostgreSQL server that could not be reached (postgres-nio's words follow, verbatim).
        public static func cannotConnect(_ location: String, detail: String) -> Message {
            Message(
                "store.cannot-connect", zh: "无法连接 \(location)：\(detail)", en: "cannot connect to \(location): \(detail)"
            )
        }

        /// A text that is not a `postgres://` URL.
        public static func notPostgresURL(_ text: String) -> Message {
            Message(
                "store.not-postgres-url", zh: "\(text) 不是 postgres:// 地址", en: "\(text) is not a postgres:// URL")
        }

        /// A `postgres://` URL whose port is not a number.
        public static func badPort(_ url: String, port: String) -> Message {
            Message(
                "store.bad-port", zh: "\(url)：端口 \(port) 不是端口号",
                en: "\(url): the port \(port) is not a port number")
        }

        /// A `postgres://` URL without a user.
        public static func noUser(_ url: String) -> Message {
            Message(
                "store.no-user", zh: "\(url)：没有用户（postgres://USER@…/DATABASE）",
                en: "\(url): no user (postgres://USER@…/DATABASE)")
        }

        /// A `postgres://` URL without a database.
        public static func noDatabase(_ url: String) -> Message {
            Message(
                "store.no-database", zh: "\(url)：没有数据库（postgres://USER@…/DATABASE）",
                en: "\(url): no database (postgres://USER@…/DATABASE)")
        }

        /// `init` into a database that holds a store.
        public static func databaseHoldsStore(_ location: String) -> Message {
            Message(
                "store.database-holds-store", zh: "\(location) 中已有 FoodTrace 库；请换一个数据库，或先删除它",
                en: "\(location) already holds a FoodTrace store; choose another database or drop it")
        }

        /// A database without a store.
        public static func databaseHoldsNoStore(_ location: String) -> Message {
            Message(
                "store.database-holds-no-store",
                zh: "\(location) 中没有 FoodTrace 库；用 `foodtrace init --store \(location)` 创建",
                en: "\(location) holds no FoodTrace store; create one with `foodtrace init --store \(location)`")
        }

        /// A store could not be made in a database (the server's words follow, verbatim).
        public static func cannotCreateIn(_ location: String, detail: String) -> Message {
            Message(
                "store.cannot-create-in", zh: "无法在 \(location) 中创建库：\(detail)",
                en: "cannot create a store in \(location): \(detail)")
        }

        /// A write to a store opened read-only.
        public static func openedReadOnly(_ location: String) -> Message {
            Message(
                "store.opened-read-only", zh: "\(location) 以只读方式打开", en: "\(location) was opened read-only")
        }
    }
}
