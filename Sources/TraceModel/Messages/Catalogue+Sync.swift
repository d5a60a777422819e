// The message catalogue: talking to a hub — the errors of `TraceSync` (`SyncError`) and what `push`, `pull` and the
// hub-reading commands print. A hub's own error text and a lower library's (URLSession, zlib) are kept verbatim.

extension Message {
    /// Errors of push, pull and the hub client, and what `push` and `pull` print.
    public enum Sync {
        /// A bearer token that is not of the hub's form.
        public static let tokenMalformed = Message(
            "sync.token-malformed", zh: "该 bearer 令牌不是 FoodTrace 中心节点令牌（ft1.CLAIMS.SIGNATURE）",
            en: "the bearer token is not a FoodTrace hub token (ft1.CLAIMS.SIGNATURE)")

        /// A bearer token whose claims do not decode (the decoder's words follow).
        public static func tokenClaims(_ detail: String) -> Message {
            Message(
                "sync.token-claims", zh: "该 bearer 令牌的声明无效：\(detail)",
                en: "the bearer token's claims are not valid: \(detail)")
        }

        /// A bearer token of another version.
        public static func tokenVersion(_ version: Int) -> Message {
            Message(
                "sync.token-version", zh: "该 bearer 令牌的版本为 \(version)；只读取版本 1",
                en: "the bearer token has version \(version); 1 is read")
        }

        /// A bearer token signed by a key that is no regulator anchor.
        public static func tokenUnknownKey(_ key: String) -> Message {
            Message(
                "sync.token-unknown-key", zh: "该 bearer 令牌由密钥 \(key) 签名，它不是本处的监管信任锚",
                en: "the bearer token is signed with key \(key), not a regulator anchor here")
        }

        /// A bearer token whose signature does not verify.
        public static let tokenSignature = Message(
            "sync.token-signature", zh: "该 bearer 令牌的签名无效", en: "the bearer token's signature does not verify")

        /// An expired bearer token.
        public static func tokenExpired(at expiry: Int64, now: Int64) -> Message {
            Message(
                "sync.token-expired", zh: "该 bearer 令牌已于 \(expiry) 过期（现在 \(now)）",
                en: "the bearer token expired at \(expiry) (now \(now))")
        }

        /// A bearer token issued in the future.
        public static func tokenFuture(issued: Int64, now: Int64) -> Message {
            Message(
                "sync.token-future", zh: "该 bearer 令牌的签发时间在将来（\(issued)；现在 \(now)）",
                en: "the bearer token is issued in the future (\(issued); now \(now))")
        }

        /// The hub answered a request with an error status; its own text follows, verbatim.
        public static func refused(request: String, hub: String) -> Message {
            Message("sync.refused", zh: "中心节点拒绝了 \(request)：\(hub)", en: "\(request): \(hub)")
        }

        /// The hub's answer to a request is not what the protocol allows (the decoder's words follow).
        public static func notAnAnswer(request: String, detail: Message) -> Message {
            Message(
                "sync.not-an-answer", zh: "\(request)：中心节点的回答无效：\(detail.zh)",
                en: "\(request): not a valid answer: \(detail.en)")
        }

        /// `GET /heads`: not a heads document.
        public static func notHeads(_ detail: String) -> Message {
            Message(
                "sync.not-heads", zh: "GET /heads：中心节点的回答不是链头文档：\(detail)",
                en: "GET /heads: the hub's answer is not a heads document: \(detail)")
        }

        /// `POST /records`: not a push report.
        public static func notPushReport(_ detail: String) -> Message {
            Message(
                "sync.not-push-report", zh: "POST /records：中心节点的回答不是推送报告：\(detail)",
                en: "POST /records: the hub's answer is not a push report: \(detail)")
        }

        /// `GET /records`: a page without its position header.
        public static func noNextHeader(_ header: String) -> Message {
            Message(
                "sync.no-next-header", zh: "GET /records：回答中没有 \(header) 头",
                en: "GET /records: the answer has no \(header) header")
        }

        /// `GET /log/head`: a head that does not read or verify.
        public static func badLogHead(_ detail: Message) -> Message {
            Message("sync.bad-log-head", zh: "GET /log/head：\(detail.zh)", en: "GET /log/head: \(detail.en)")
        }

        /// Pull: the local store failed to take a page.
        public static func cannotIngest(_ detail: Message) -> Message {
            Message(
                "sync.cannot-ingest", zh: "无法存入中心节点发来的记录：\(detail.zh)",
                en: "cannot ingest what the hub sent: \(detail.en)")
        }

        /// Pull: the local store refused records of a page (each refusal follows on its own line).
        public static func localRefused(count: Int, after: Int64, reasons: [Message]) -> Message {
            Message(
                "sync.local-refused",
                zh: "本地库拒绝了位置 \(after) 之后的 \(count) 条记录（该页未存入任何内容）：\n"
                    + reasons.map { "  \($0.zh)" }.joined(separator: "\n"),
                en: "the local store refused \(count) of the records after position \(after) (nothing of that page "
                    + "was stored):\n" + reasons.map { "  \($0.en)" }.joined(separator: "\n"))
        }

        /// Push: the local store could not be read.
        public static func cannotReadStore(_ detail: Message) -> Message {
            Message(
                "sync.cannot-read-store", zh: "无法读取本地库：\(detail.zh)",
                en: "cannot read the local store: \(detail.en)")
        }

        /// A state file could not be renamed into place.
        public static func cannotRename(_ path: String) -> Message {
            Message("sync.cannot-rename", zh: "无法重命名 \(path)", en: "cannot rename \(path)")
        }

        /// Pull: the position could not be kept (the system's words follow).
        public static func cannotKeepPosition(_ path: String, detail: String) -> Message {
            Message(
                "sync.cannot-keep-position", zh: "无法把拉取位置写入 \(path)：\(detail)",
                en: "cannot write the pull position to \(path): \(detail)")
        }

        /// The hub's tree head could not be kept (the system's words follow).
        public static func cannotKeepHead(_ path: String, detail: String) -> Message {
            Message(
                "sync.cannot-keep-head", zh: "无法把中心节点的树头保存到 \(path)：\(detail)",
                en: "cannot keep the hub's tree head in \(path): \(detail)")
        }

        /// A hub URL that is not http(s).
        public static func notAHubURL(_ url: String) -> Message {
            Message(
                "sync.not-a-hub-url", zh: "\(url) 不是中心节点的 http:// 或 https:// 地址",
                en: "\(url) is not an http:// or https:// URL of a hub")
        }

        /// A request path that makes no URL.
        public static func cannotMakeURL(_ path: String) -> Message {
            Message("sync.cannot-make-url", zh: "无法为 \(path) 生成 URL", en: "cannot make a URL for \(path)")
        }

        /// The hub did not answer; the last attempt's failure follows (``noAnswer(_:_:)`` or the hub's own words).
        public static func unreachable(_ url: String, attempts: Int, last: Message) -> Message {
            Message(
                "sync.unreachable", zh: "位于 \(url) 的中心节点尝试 \(attempts) 次后仍无应答：\(last.zh)",
                en: "the hub at \(url) did not answer after \(attempts) attempts: \(last.en)")
        }

        /// A failed attempt, retried.
        public static func retrying(_ last: Message, seconds: String, attempt: Int, of attempts: Int) -> Message {
            Message(
                "sync.retrying", zh: "\(last.zh)；\(seconds) 秒后重试（第 \(attempt) 次，共 \(attempts) 次）",
                en: "\(last.en); retrying in \(seconds) s (attempt \(attempt) of \(attempts))")
        }

        /// Why one attempt at a request got no HTTP answer.
        public enum Transport: Sendable {
            /// No connection could be made (refused, no route, unknown host).
            case cannotConnect
            /// Connecting, sending or waiting for the answer took longer than allowed.
            case timedOut
            /// The hub closed the connection before answering.
            case closed
            /// Anything else, in the network library's words.
            case other(String)
        }

        /// One attempt at `request` (e.g. `POST /records`) that got no HTTP answer.
        public static func noAnswer(_ request: String, _ why: Transport) -> Message {
            switch why {
            case .cannotConnect:
                Message("sync.no-answer", zh: "\(request)：无法连接到中心节点", en: "\(request): cannot connect to the hub")
            case .timedOut:
                Message("sync.no-answer", zh: "\(request)：等待应答超时", en: "\(request): timed out waiting for an answer")
            case .closed:
                Message(
                    "sync.no-answer", zh: "\(request)：中心节点未应答即关闭了连接",
                    en: "\(request): the hub closed the connection without answering")
            case .other(let detail):
                Message("sync.no-answer", zh: "\(request)：\(detail)", en: "\(request): \(detail)")
            }
        }

        /// An attempt at `request` the hub answered with a server error or "too busy" (retried).
        public static func busy(_ request: String, status: Int, body: String) -> Message {
            .verbatim("\(request): HTTP \(status) \(body)")
        }

        /// zlib would not start.
        public static let inflateStart = Message(
            "sync.inflate-start", zh: "无法启动 zlib 解压", en: "cannot start zlib's inflate")

        /// A gzip body beyond the limit.
        public static func inflateTooLarge(_ limit: Int) -> Message {
            Message(
                "sync.inflate-too-large", zh: "gzip 内容解压后超过 \(limit) 字节",
                en: "the gzip body inflates to more than \(limit) bytes")
        }

        /// A gzip body cut short.
        public static let inflateCut = Message("sync.inflate-cut", zh: "gzip 内容不完整", en: "the gzip body is cut short")

        /// A damaged gzip body.
        public static func inflateDamaged(_ status: Int32) -> Message {
            Message(
                "sync.inflate-damaged", zh: "gzip 内容已损坏（zlib 状态 \(status)）",
                en: "the gzip body is damaged (zlib status \(status))")
        }

        /// The hub's log does not extend what it showed before; the reason and both heads follow.
        public static func inconsistent(_ what: Message, before: String, now: String) -> Message {
            Message(
                "sync.inconsistent",
                zh: "中心节点的日志与它此前显示的不一致：\(what.zh)\n  此前：\(before)\n  现在：\(now)",
                en: "the hub's log is not consistent with what it showed before: \(what.en)\n  before: \(before)\n"
                    + "  now:    \(now)")
        }

        /// Inconsistency: another log key.
        public static func otherKey(_ current: String, previous: String) -> Message {
            Message(
                "sync.other-key", zh: "它用密钥 \(current) 签名，而不是 \(previous)",
                en: "it signs with key \(current), not \(previous)")
        }

        /// Inconsistency: a smaller log.
        public static func shrank(from previous: UInt64, to current: UInt64) -> Message {
            Message(
                "sync.shrank", zh: "它从 \(previous) 条记录缩减为 \(current) 条",
                en: "it shrank from \(previous) to \(current) records")
        }

        /// Inconsistency: two roots of one size.
        public static func twoRoots(_ size: UInt64) -> Message {
            Message("sync.two-roots", zh: "\(size) 条记录有两个不同的根", en: "two roots for \(size) records")
        }

        /// Inconsistency: no proof given (the hub's words follow).
        public static func noProof(_ hub: String) -> Message {
            Message("sync.no-proof", zh: "没有一致性证明（\(hub)）", en: "no consistency proof (\(hub))")
        }

        /// Inconsistency: a proof that does not verify.
        public static func proofFails(from previous: UInt64, to current: UInt64) -> Message {
            Message(
                "sync.proof-fails", zh: "从 \(previous) 条到 \(current) 条记录的一致性证明无效",
                en: "the consistency proof from \(previous) to \(current) records does not verify")
        }

        /// `push`, text.
        public static func pushed(to url: String, sent: Int, batches: Int, accepted: Int, present: Int) -> Message {
            Message(
                "sync.pushed",
                zh: "已推送到 \(url)：分 \(batches) 批发送 \(sent) 条，接受 \(accepted) 条，\(present) 条已在中心节点",
                en:
                    "pushed to \(url): \(sent) sent in \(batches) batches, \(accepted) accepted, \(present) already there"
            )
        }

        /// `pull`, text.
        public static func pulled(from url: String, received: Int, pages: Int, accepted: Int, present: Int) -> Message {
            Message(
                "sync.pulled",
                zh: "已从 \(url) 拉取：分 \(pages) 页收到 \(received) 条，接受 \(accepted) 条，\(present) 条本地已有",
                en: "pulled from \(url): \(received) received in \(pages) pages, \(accepted) accepted, "
                    + "\(present) already here")
        }

        /// `push` and `pull`, text: the hub's log checked.
        public static func hubLog(size: UInt64, root: String, previousSize: UInt64?) -> Message {
            Message(
                "sync.hub-log",
                zh: "中心节点日志：\(size) 条记录，根 \(root)，签名树头有效，"
                    + (previousSize.map { "与此前看到的 \($0) 条记录的树头一致" } ?? "首次看到的树头"),
                en: "hub log: \(size) records, root \(root), signed head verifies, "
                    + (previousSize.map { "consistent with the head of \($0) seen before" } ?? "first head seen"))
        }

        /// `push` and `pull`: a hub without a transparency log.
        public static let noHubLog = Message(
            "sync.no-hub-log", zh: "该中心节点没有透明日志：无可核对", en: "the hub keeps no transparency log: nothing to check")

    }
}
