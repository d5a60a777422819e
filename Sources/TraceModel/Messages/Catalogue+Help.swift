// The message catalogue: the help of the commands (`foodtrace --help`, `foodtrace COMMAND --help`): each command's
// abstract, and the discussions of the root command and of the commands a regulator runs. The argument parser's own
// words (USAGE, OPTIONS, SUBCOMMANDS) and the options' one-line help stay as the parser and the code write them.

extension Message {
    /// Help texts of the command line.
    public enum Help {
        /// The abstract of the command `id` (`File.Struct` of its source, e.g. `Trace.Up`); the id itself when the
        /// catalogue has none.
        public static func abstract(_ id: String) -> Message {
            guard let texts = abstracts[id] else { return .verbatim(id) }
            return Message("help.\(id)", zh: texts.zh, en: texts.en)
        }

        static let abstracts: [String: (zh: String, en: String)] = [
            "Audit.Audit": (
                "对库运行审计插件（只读），或列出其规则。", "Run audit plugins over the store (read-only), or list their rules."
            ),
            "AuditRules.AuditRules": (
                "列出每个审计插件的每条规则：编号、严重程度、标题、依据、参数及其默认值。",
                "List every rule of every audit plugin: id, severity, title, source, parameters with defaults."
            ),
            "AuditRun.AuditRun": (
                "对库运行审计插件（`foodtrace audit` 的默认子命令）。",
                "Run audit plugins over the store (the default of `foodtrace audit`)."
            ),
            "Balance.Balance": (
                "按批次核算物料平衡：产出 − 去向 = 结存 ≥ 0，并按每次加工的得率范围检查。",
                "Mass balance per batch: created − taken out = on hand ≥ 0, with yield bounds per transform."
            ),
            "Code.Code": ("追溯码：为参与方生成下一个追溯码。", "Trace codes: make the next one for a party."),
            "Code.CodeNew": (
                "打印参与方下一个可用的批次、餐次或小票追溯码（含校验位）。",
                "Print the next free trace code of a party for a batch, meal or slip (check digit included)."
            ),
            "Demo.Demo": (
                "在新库中生成可复现的演示城市：从养殖场到摊位和食堂，并注入缺陷。",
                "Build a deterministic demo city in a new store: farms to stalls and canteens, with injected defects."
            ),
            "EPCIS.EPCIS": ("GS1 EPCIS 2.0 文档：事件哈希编号。", "GS1 EPCIS 2.0 documents: event hash IDs."),
            "EPCISHash.Hash": (
                "按文档顺序打印每个事件的 EPCIS 事件哈希编号（ni:///sha-256;…?ver=CBV2.0）。",
                "Print the EPCIS event hash ID (ni:///sha-256;…?ver=CBV2.0) of every event, in document order."
            ),
            "Export.Export": ("为其他系统和库导出记录。", "Export records for other systems and stores."),
            "Export.Records": (
                "以 JSON Lines 导出签名记录，顺序可供另一个信任锚相同的库导入。",
                "Signed records as JSON Lines, in an order another store with the same anchors can ingest."
            ),
            "ExportEPCIS.EPCISDocument": (
                "以流式输出 GS1 EPCIS 2.0 的 EPCISDocument：JSON-LD（符合 2.0.1 JSON 模式）或 XML（符合 XSD）。",
                "Records as a GS1 EPCIS 2.0 EPCISDocument, JSON-LD (valid against the 2.0.1 schema) or XML (valid against the XSD), streamed."
            ),
            "ExportFSMA.FSMA204": (
                "美国 FDA FSMA 204 可排序电子表格：每个关键追踪事件一行 CSV，流式输出。",
                "The FDA FSMA 204 sortable spreadsheet: one CSV row per critical tracking event, streamed."
            ),
            "FoodTrace.FoodTrace": (
                "食品链追溯：签名批次记录、向上与向下追溯、小票、审计。",
                "Food-chain traceability: signed batch records, trace up and down, slips, audits."
            ),
            "Import.Import": ("从其他系统导入数据（GS1 EPCIS 2.0）。", "Import data from other systems (GS1 EPCIS 2.0)."),
            "ImportEPCIS.EPCISDocument": (
                "导入 GS1 EPCIS 2.0 文档（JSON-LD 或 XML）：FoodTrace 记录原样导入，合作方的事件作为证明导入（--from），本方系统的事件签名后导入。",
                "Import a GS1 EPCIS 2.0 document (JSON-LD or XML): FoodTrace records as they are, a partner's events attested (--from), your own system's events signed by you."
            ),
            "Ingest.Ingest": ("验证并追加签名记录（JSON Lines）。", "Verify and append signed records (JSON Lines)."),
            "Init.Init": ("创建一个以监管部门为信任锚的库。", "Create a store with a regulator trust anchor."),
            "Keys.Import": (
                "由标准工具生成的 PKCS#8 私钥制作 FoodTrace 密钥文件。",
                "Make a FoodTrace key file from a PKCS#8 private key made with standard tools."
            ),
            "Keys.Keys": ("生成、导入和查看签名密钥。", "Make, import and inspect signing keys."),
            "Keys.New": ("为参与方生成密钥对。", "Make a key pair for a party."),
            "Keys.Show": ("显示密钥文件的公钥部分（从不显示私钥）。", "Show the public part of a key file (never the private key)."),
            "Log.Log": ("列出记录，最新的在前；另有树头、包含与一致性证明、日志核验的子命令。", "List records, newest first (and: head, proof, verify)."),
            "Log.LogList": ("列出记录，最新的在前。", "List records, newest first."),
            "LogHead.LogHead": (
                "显示中心最新的签名树头（取自其库或 --hub 地址），并核验其签名。",
                "Show a hub's latest signed tree head (from its store, or --hub URL), its signature checked."
            ),
            "LogProof.LogProof": (
                "显示并核验记录的包含证明（RECORD）或一致性证明（--from M --to N）。",
                "Show and check a record's inclusion proof (RECORD) or a consistency proof (--from M --to N)."
            ),
            "LogVerify.LogVerify": (
                "由库中记录重建透明日志的树，并核验每个叶子和树头。",
                "Rebuild the transparency log's tree from the store's records and check every leaf and head."
            ),
            "LogWitness.LogWitness": (
                "核验中心最新的树头与上次共同签署的树头一致，然后共同签署。",
                "Check a hub's latest tree head is consistent with the last one co-signed, then co-sign it."
            ),
            "Parties.Parties": (
                "列出已登记的参与方：编号、名称、角色、地区、所属市场、证照、信用等级、状态。",
                "List the registered parties: id, name, role, area, market, licences, credit grade, status."
            ),
            "Pull.Pull": (
                "把中心的记录（全部、某一参与方的或某一地区的）逐页复制到本库。",
                "Copy a hub's records (all, one party's, or an area's) into this store, page by page."
            ),
            "Push.Push": (
                "把中心缺少的本库记录（按签发方的高水位）分批 gzip 发送。",
                "Send this store's records that a hub lacks (per-issuer high-water marks), in gzip batches."
            ),
            "RecallCommand.Recall": (
                "召回与召回演练：发布召回、记录持有方的回收、跟踪进度；运行并列出模拟召回。",
                "Recalls and recall drills: issue a recall, record what holders recover, follow it; run and list mock recalls."
            ),
            "RecallDispose.RecallDisposeCommand": (
                "记录持有方按召回通知退回或销毁了某批次的多少数量。",
                "Record that a holder returned or destroyed a quantity of a batch under a recall notice."
            ),
            "RecallDrill.RecallDrillCommand": (
                "运行召回演练（模拟召回）：向上并向下追溯一个批次，核对其数量，计时。",
                "Run a recall drill (mock recall): trace a lot back and forward, reconcile its quantity, time it."
            ),
            "RecallDrills.RecallDrillsCommand": (
                "列出以签名记录保存的召回演练（检测项目为 mock-recall 的检测记录）。",
                "List the recall drills stored as signed records (test records with analyte mock-recall)."
            ),
            "RecallIssue.RecallIssueCommand": (
                "为一个批次及由其制成的一切记录一份签名召回通知。", "Record a signed recall notice for a batch and everything made from it."
            ),
            "RecallStatus.RecallStatusCommand": (
                "按持有方显示召回进度（已分销、已回收、未回收）及其期限。",
                "Show a recall's progress per holder (distributed, recovered, outstanding) and its deadlines."
            ),
            "RecordCommand.RecordCommand": ("生成、签名并追加一条记录。", "Build, sign and append one record."),
            "Report.Report": (
                "可移交的月度监管报告：问题、食堂追溯率、召回与演练。",
                "A month's supervision report to hand on: findings, canteen traceability, recalls and drills."
            ),
            "Sell.Sell": (
                "在摊位记录一笔销售（一条签名销售记录，即小票）并打印小票。",
                "Record a sale at a stall (a signed sell record: the slip) and print the slip."
            ),
            "Serve.Serve": (
                "以 HTTP 中心方式提供本库（运行 foodtrace-hub；见 `foodtrace-hub --help`）。",
                "Serve the store as a hub over HTTP (runs foodtrace-hub; see `foodtrace-hub --help`)."
            ),
            "Settings.HubURL": (
                "中心的基础地址：从本库打印的小票以 https://HUB/s#PAYLOAD 作为二维码。",
                "The hub's base URL: slips printed from this store carry https://HUB/s#PAYLOAD as their QR code."
            ),
            "Settings.Settings": ("显示或更改库的设置。", "Show or change the store's settings."),
            "Show.Show": ("按编号（或唯一的编号前缀）或追溯码显示一条记录。", "Show one record by id (or unique id prefix) or by trace code."),
            "Sign.Sign": (
                "为在别处生成的记录签名：输入未签名的 JSON Lines，输出签名的 JSON Lines。",
                "Sign records made elsewhere: unsigned JSON Lines in, signed JSON Lines out."
            ),
            "Slip.Print": (
                "打印一笔销售的小票：文本（58/80 毫米）、ESC/POS 字节、SVG、HTML 或二维码内容。",
                "Print the slip of a sale: text (58/80 mm), ESC/POS bytes, SVG, HTML or the QR payload."
            ),
            "Slip.Slip": (
                "打印追溯小票，或凭二维码内容离线核验小票。", "Print a traceability slip, or verify one offline from its QR payload."
            ),
            "Slip.Verify": (
                "用信任包核验小票的二维码内容：无需库，无需网络。", "Check a slip's QR payload with a trust bundle: no store, no network."
            ),
            "Token.Issue": (
                "用监管部门的密钥（中心库的信任锚）签署中心令牌。",
                "Sign a hub token with a regulator's key (a trust anchor of the hub's store)."
            ),
            "Token.Token": ("签发读取中心数据的令牌。", "Issue bearer tokens for reading a hub."),
            "Trace.Down": (
                "全部下游：批次、参与方、小票和餐次（召回范围）。", "Every descendant: batches, parties, slips and meals (the recall scope)."
            ),
            "Trace.Trace": (
                "把小票、餐次或批次向上追溯到养殖场，或向下追溯到每个摊位和食堂。",
                "Trace a slip, meal or batch upstream to the farms or downstream to every stall and canteen."
            ),
            "Trace.Up": ("逐个环节列出全部上游，直到源头。", "Every ancestor, hop by hop, back to the origins."),
            "Trust.Export": (
                "写出监管部门信任锚及每个已登记参与方的密钥，由监管部门签名。",
                "Write the regulator anchors and every registered party's keys, signed by the regulator."
            ),
            "Trust.Trust": ("用于离线核验小票的信任包。", "Trust bundles for offline slip checks."),
            "Verify.Verify": (
                "重新核验库中每个签名、记录链、密钥、引用和证明。",
                "Re-check every signature, chain, key, reference and certificate in the store."
            ),
        ]

        /// `foodtrace --help`.
        public static let root = Message(
            "help.root",
            zh: """
                退出码：0 正常；1 检查未通过或报告了问题；2 输入有误（未做任何更改）；3 无法连接中心；4 内部或环境错误（库、磁盘、程序缺陷）。
                库为 ./foodtrace.sqlite，除非 --store 或 FOODTRACE_STORE 另行指定。
                --lang zh|en|zh+en（任何命令；否则取 FOODTRACE_LANG，再否则为 zh）：所有输出的语言。
                --quiet（任何命令）：不在标准错误上显示进度行（只在终端上、较长的工作时显示）。
                帮助中的 USAGE、OPTIONS、SUBCOMMANDS 等字样及各选项的一行说明由命令行解析库给出，保持英文。
                """,
            en: """
                Exit codes: 0 ok; 1 a check failed or findings were reported; 2 bad input (nothing was changed); 3 a hub \
                could not be reached; 4 an internal or environment error (the store, the disk, a bug).
                The store is ./foodtrace.sqlite unless --store or FOODTRACE_STORE says otherwise.
                --lang zh|en|zh+en (any command; else FOODTRACE_LANG, else zh): the language of everything printed.
                --quiet (any command): no progress line on standard error (shown only on a terminal, for long work).
                """)

        /// `foodtrace trace up|down --help`.
        public static let trace = Message(
            "help.trace",
            zh: """
                每个环节在 ✓ 旁标出该处的问题：检测阳性，索证索票规则要求的票证缺失、过期或无签发记录，\
                召回通知覆盖，密钥已吊销，一号多签；以及作为警告的、被摊位作废的小票。在中心的库（保存透明日志的库）\
                上，每个环节在其 at 旁显示记录记入日志的时间：两者相差 24 小时或以上时标为警告，记录在其密钥吊销之后\
                才记入日志时标为违规。"完整"指链条未断，\
                "合规"指没有环节被标为违规或更严重。每次流转都是一条边（一个批次用于同一餐次的三道菜：三条边；\
                文本中该餐次只显示一次，"← 3 道菜，50 千克"）。追溯完整且没有标记达到 --fail-on（默认 \
                violation：除警告外的所有标记）时退出码为 0，否则为 1，输入有误为 2。
                """,
            en: """
                Each hop shows beside its ✓ what is wrong there: a positive test, a certificate the source-ticket rules \
                require missing, expired or never certified, a recall notice covering it, a revoked key, an equivocation; \
                and, as a warning, a slip its stall voided. On a hub's store (one that keeps a transparency log) each hop \
                shows its record's logged time beside its at, flagged as a warning when the two are 24 hours or more apart, \
                and as a violation when the record was logged after its key's revocation. "complete" says the chain is \
                unbroken, "compliant" that no hop \
                is flagged as a violation or worse. Every movement is an edge (a batch in three dishes of one meal: three \
                edges; the text shows the meal once, "← 3 dishes, 50 kg"). Exit 0 when the trace is complete and no flag \
                reaches --fail-on (default violation: every flag but a warning), 1 otherwise, 2 on bad input.
                """)

        /// `foodtrace ingest --help`.
        public static let ingest = Message(
            "help.ingest",
            zh: """
                默认全有或全无：一条记录有误，就什么都不存入（退出码 2，逐条列出问题及其行号）。\
                --partial 保留有效的记录并列出其余的（退出码仍为 2）。库中已有的记录会被跳过，\
                所以同一文件导入两次不会改变任何内容。
                """,
            en: """
                All or nothing by default: one bad record and nothing is stored (exit 2, every problem listed with
                its line). --partial keeps the valid records and lists the rest (still exit 2). A record already in
                the store is skipped, so ingesting the same file twice changes nothing.
                """)

        /// `foodtrace audit --help`.
        public static let audit = Message(
            "help.audit",
            zh: """
                有问题达到 --fail-on（默认 violation）时退出码为 1，否则为 0；输入有误或插件失败为 2。\
                审计的"当前时间"取时钟（FOODTRACE_NOW 可固定它）。格式：text（供人阅读）、\
                json（schemas/audit-report.schema.json）、junit（供持续集成的 JUnit XML）、sarif（SARIF 2.1.0）。
                """,
            en: """
                Exit 1 when a finding reaches --fail-on (default violation), 0 otherwise, 2 on bad input or a plugin \
                that fails. "Now" for the audit is the clock (FOODTRACE_NOW fixes it). Formats: text (for a person), \
                json (schemas/audit-report.schema.json), junit (JUnit XML for CI), sarif (SARIF 2.1.0).
                """)

        /// `foodtrace report --help`.
        public static let report = Message(
            "help.report",
            zh: """
                一个自包含的 HTML 页面（无外部资源；图表为内嵌 SVG），语言由 --lang 决定：按严重程度、规则和\
                参与方列出问题，每项链接到其依据的记录（附录）；各学校食堂的食材追溯率；当月的召回与召回演练。\
                --area 只保留某一行政区划代码内的参与方（510104 为区，510100 为其所在市），--market 只保留一个\
                市场及其摊位。--format pdf 用无界面的 Chromium 打印该页面（PATH 中须有 `chromium`）。\
                无论有无问题退出码均为 0（检查由 audit 命令负责）；输入有误为 2。
                """,
            en: """
                One self-contained HTML page (no external assets; charts as inline SVG) in the --lang language: \
                findings by severity, rule and party, each linking to the records it rests on (appendix); the \
                ingredient traceability rate of each school canteen; the recalls and recall drills of the month. \
                --area keeps the parties of an area code (510104 a district, 510100 its city), --market a market \
                and its stalls. --format pdf prints the page with headless Chromium (`chromium` must be on PATH). \
                Exit 0 whatever the findings (the audit command is the check); 2 on bad input.
                """)

        /// `foodtrace parties --help`.
        public static let parties = Message(
            "help.parties",
            zh: """
                信用等级是监管部门为该参与方记录的最新等级（类型为 credit-grade 的 `certify` 记录，等级在 \
                `result` 中），在时钟所示时间有效且未被吊销；没有则为 "-"。状态为"正常"、"证照过期"（某项登记的\
                证照在时钟所示时间已过期，FOODTRACE_NOW 可固定时钟）、"密钥已全部吊销"或"信任锚"（没有登记记录、\
                作为信任锚的监管部门）。--role、--area 或 --market 没有匹配时退出码为 2。
                """,
            en: """
                The credit grade is the latest a regulator recorded for the party (a `certify` record of \
                type credit-grade, its grade in `result`) in force at the clock and not revoked; "-" when none. \
                Status is "active", "licence expired" (a registered licence past its end at the clock, \
                FOODTRACE_NOW fixes it), "keys revoked" (every key revoked) or "anchor" (a regulator trusted \
                without a register record). Exit 2 when --role, --area or --market matches nothing.
                """)
    }
}
