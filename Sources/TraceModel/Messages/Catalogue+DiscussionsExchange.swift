// The message catalogue: the help discussions of the commands that move records between stores, hubs and other
// systems (export, EPCIS, push, pull, the transparency log, the hub, tokens, store copy); see
// `Catalogue+Discussions.swift`.

extension Message.Help {
    static let exchangeDiscussions: [String: (zh: String, en: String)] = [
        "StoreCommand.Copy": (
            """
            FROM 与 TO 各为一个 SQLite 文件或一个 postgres:// URL。TO 中还不能有库：以 FROM 的信任锚新建，\
            再按写入顺序把 FROM 的记录写入，经过 TO 自己的规则。然后重新读取两者：记录逐字节相同、顺序相同\
            （因此两者的 `export records` 完全一致），参与方和节点的数目也相同。副本核验无误时退出码为 0；\
            TO 拒绝了某条记录或与 FROM 不同时为 2（此时 TO 保留已复制的部分）。双重签名证据不是链上的记录，不会复制（会显示其数目）。
            """,
            """
            FROM and TO are each a SQLite file or a postgres:// URL. TO must not hold a store yet: it is made
            with FROM's trust anchors, and FROM's records are ingested into it in ingest order, through TO's
            own rules. Then both are read again: the same records, byte for byte, in the same order (so
            `export records` of both is identical), and the same counts of parties and nodes. Exit 0 when the
            copy checks out; 2 when TO refused a record or differs (TO then holds what was copied so far).
            Equivocation evidence is not a chain's record and is not copied (the count is shown).
            """
        ),
        "Pull.Pull": (
            """
            需要带 `read:trace` 权限的令牌（--token 或 FOODTRACE_TOKEN）。每一页在本地是一次全有或全无的写入；已到达的位置保存在 \
            STORE.pull.json 中，因此拉取在任何地方中断后都从最后存入的一页继续。--party 选择该参与方及登记在其下的参与方，\
            --area 选择一个地区的参与方（地区码或其前几位）；无论哪种，都会拉取这些参与方、所有监管方，以及这些参与方的记录所依赖的\
            每个参与方（其收到货物的发货方、其检测、认证或召回的批次的持有方，依此沿链向上）的全部记录，因为库只接受连同其所引用记录的记录。\
            完成时退出码为 0，某页被拒绝时为 2，无法连接中心节点时为 3。
            """,
            """
            Needs a token with read:trace (--token, or FOODTRACE_TOKEN). Each page is one all-or-nothing ingest \
            here; the position reached is kept in STORE.pull.json, so a pull cut anywhere goes on from the last \
            page stored. --party selects that party and the parties registered under it, \
            --area the parties of an area (a code or its first digits); either way the pull takes every record of \
            those parties, of every regulator, and of every party their records depend on (the senders of what \
            they received, the holders of batches they tested, certified or recalled, and so on up the chain), \
            since a store takes a record only with the records it refers to. Exit 0 when done, 2 when a page was refused, 3 when \
            the hub could not be reached.
            """
        ),
        "EPCISHash.Hash": (
            """
            与 GS1 参考事件哈希生成器一样，适用于任何 EPCIS 2.0 JSON/JSON-LD 或 XML 的 EPCISDocument 或 EPCISQueryDocument，\
            以流式读取：无论文档多大，内存占用都保持平稳。给出多个文件时，每行以文件名和一个制表符开头。\
            --verbose 在下一行加上每个事件的哈希前字符串。文档无效时：退出码为 2，给出问题所在的 JSON 路径，不打印任何结果。
            """,
            """
            Works on any EPCIS 2.0 JSON/JSON-LD or XML EPCISDocument or EPCISQueryDocument, as the GS1 reference \
            event hash generator does, read as a stream: memory stays flat whatever the document's size. With \
            several files each line starts with the file name and a tab. --verbose adds each event's pre-hash \
            string on the next line. An invalid document: exit 2 with the JSON path of the problem, \
            and nothing is printed.
            """
        ),
        "Token.Issue": (
            """
            令牌（ft1.CLAIMS.SIGNATURE）写明主体、权限范围（`read:trace`、`read:audit`、`admin`；`admin` 允许全部）和到期时间，\
            并像记录一样用密钥签名（Ed25519 或 SM2）。中心节点用其库中的监管方信任锚核验令牌，自身不保存状态：\
            令牌在到期前无法撤销，因此到期时间要短。
            """,
            """
            The token (ft1.CLAIMS.SIGNATURE) names a subject, scopes (read:trace, read:audit, admin; admin \
            allows all) and an expiry, and is signed with the key as records are (Ed25519 or SM2). A hub \
            checks it against its store's regulator anchors, with no state of its own: a token cannot be \
            revoked before it expires, so keep expiries short.
            """
        ),
        "ExportEPCIS.EPCISDocument": (
            """
            每条记录成为一个事件，其 eventID 是它的 EPCIS 事件哈希编号，并携带签名记录（`ft:record`、`ft:recordID`）。\
            register 与 revoke 记录不是事件：无论如何筛选，它们全部放在文档的主数据中（epcisHeader，写在事件之前），\
            使 `foodtrace import epcis` 导入信任同一监管方的空库时能核验每条记录。--party 只保留一个签发方的记录；\
            --since 与 --until 只保留日期（按其时间，而非写入时间）不早于 --since、早于 --until 的记录。无论库多大，内存占用都保持平稳。
            表头写出之前，事件暂存于临时文件。--format xml 写出 XML 绑定：相同的事件与相同的哈希编号。
            """,
            """
            Every record becomes an event whose eventID is its EPCIS event hash ID and which carries the signed record \
            (ft:record, ft:recordID). register and revoke records are not events: every one of them, whatever the \
            filters, travels in the document's master data (epcisHeader, written before the events), so that \
            `foodtrace import epcis` into an empty store trusting the same regulator can verify every record. \
            --party keeps one issuer's records; --since and --until keep records dated (by their time, not their \
            ingest) at or after --since and before --until. Memory stays flat whatever the store's size.
            The events wait in a temporary file until the header is written. --format xml writes the XML \
            binding: the same events with the same hash IDs.
            """
        ),
        "EPCIS.EPCIS": (
            "导出与导入分别用 `foodtrace export epcis` 和 `foodtrace import epcis`。",
            "Export and import go through `foodtrace export epcis` and `foodtrace import epcis`."
        ),
        "Push.Push": (
            """
            每一批在中心节点是一次全有或全无的写入，因此推送在任何地方中断（任一方被终止、连接断开）后，再推送一次即可完成；\
            中心节点已有的记录不会重复发送。某签发方在链头 seq 上与中心节点不同的记录也会发送：中心节点把两者都留作双重签名证据，并拒绝这一批。\
            无法连接中心节点时按退避间隔重试。全部到达中心节点时退出码为 0，中心节点拒绝某一批时为 2（逐行给出原因），无法连接时为 3。
            """,
            """
            Each batch is one all-or-nothing ingest at the hub, so a push cut anywhere (either side killed, the \
            link lost) is finished by pushing again; records the hub has are not sent twice. A record at an \
            issuer's head seq that differs from the hub's is sent as well: the hub keeps both as equivocation \
            evidence and refuses the batch. Retries with backoff while the hub cannot be reached. Exit 0 when \
            everything is at the hub, 2 when the hub refused a batch (its reasons per line), 3 when it could not \
            be reached.
            """
        ),
        "Export.Records": (
            "--party 导出一个签发方的链（市场编号：连同其摊位的链；地区码：该地区的每条链）；--since 导出自该时间起写入的记录（用于增量同步）。",
            "--party exports one issuer's chain (a market's id: with its stalls' chains; an area code: every chain of the area); --since exports records ingested from that time on (for incremental sync)."
        ),
        "Log.LogList": (
            "当 --limit 省略了部分记录时，标准错误会说明（输出本身仍是每行一条记录，文本或签名 JSON，不影响读取它的脚本）。",
            """
            When --limit leaves records out, standard error says so (the output itself stays one record a \
            line, text or signed JSON, so a script reading it is not disturbed).
            """
        ),
        "LogVerify.LogVerify": (
            """
            每条记录按接受顺序是一片叶子（其存储的规范字节，RFC 9162 叶子哈希）。每片叶子必须指明其位置上的记录，\
            每棵存储的子树和每个签名树头的根都必须与重建的树一致，每个树头的签名都必须验证通过。全部成立时退出码为 0，否则为 1 并列出每处不一致。
            """,
            """
            Each record, in acceptance order, is one leaf (its stored canonical bytes, RFC 9162 leaf hash). Every \
            leaf must name the record at its place, every stored subtree and every signed head's root must be the \
            rebuilt tree's, every head's signature must verify. Exit 0 when all hold, 1 with each disagreement.
            """
        ),
        "LogWitness.LogWitness": (
            """
            见证方在 --state（默认：KEY.witness.json）中保存它为每个中心节点联署的最后一个树头。不是其延伸的树头\
            （有记录被删除、重排或改动，或换了日志密钥）不予联署：退出码为 1，并打印两个树头作为证据。\
            否则把联署签名发送给中心节点（POST /log/cosignatures）并打印。请在中心节点控制不了的节点（如监管方的节点）上定时运行。
            """,
            """
            The witness keeps the last head it co-signed from each hub in --state (default: KEY.witness.json). A \
            head that is not an extension of it (a record dropped, reordered or changed, another log key) is not \
            co-signed: exit 1, both heads printed as evidence. Otherwise the co-signature is sent to the hub \
            (POST /log/cosignatures) and printed. Run it on a schedule from a node the hub does not control, such \
            as the regulator's.
            """
        ),
        "Serve.Serve": (
            """
            选项与 foodtrace-hub 相同：--store FILE、--listen HOST:PORT（默认 127.0.0.1:8080）、--port-file FILE、\
            --slip-bundle FILE、--drill-reports DIR、--max-body BYTES、--rate N、--burst N、--idle-timeout SECONDS、\
            --log-level LEVEL、--log-key FILE（透明日志的密钥；默认 STORE.log.key）、--log-interval SECONDS。\
            收到 SIGTERM 或 SIGINT 时平稳停止。可执行文件在别处时用 FOODTRACE_HUB_BIN 指明。
            """,
            """
            Options are those of foodtrace-hub: --store FILE, --listen HOST:PORT (default 127.0.0.1:8080), \
            --port-file FILE, --slip-bundle FILE, --drill-reports DIR, --max-body BYTES, --rate N, --burst N, --idle-timeout SECONDS, \
            --log-level LEVEL, --log-key FILE (the transparency log's key; default STORE.log.key), \
            --log-interval SECONDS. \
            Stops gracefully on SIGTERM or SIGINT. FOODTRACE_HUB_BIN names the executable when it is elsewhere.
            """
        ),
        "LogProof.LogProof": (
            """
            来自库（中心节点的库），或来自 --hub URL。包含证明用其大小的签名树头核验，一致性证明用两个大小的签名树头核验；\
            记录在 --store 中时，还核验其字节就是证明的叶子。证明通过时退出码为 0，否则为 1。
            """,
            """
            From the store (a hub's), or from --hub URL. An inclusion proof is checked against the signed head of \
            its size, a consistency proof against the signed heads of both sizes; when the record is in --store, \
            its bytes are checked to be the proof's leaf. Exit 0 when the proof verifies, 1 when it does not.
            """
        ),
    ]
}
