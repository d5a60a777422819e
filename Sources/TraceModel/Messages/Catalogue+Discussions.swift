// The message catalogue: the discussions (the paragraphs under OVERVIEW in `foodtrace COMMAND --help`) of the
// commands not covered by `Catalogue+Help.swift`, by command id (`File.Struct` of its source). Option names, paths,
// formats and values are written as users type them, in both languages.

extension Message.Help {
    /// The discussion of the command `id`; the id itself when the catalogue has none.
    public static func discussion(_ id: String) -> Message {
        guard let texts = discussions[id] else { return .verbatim(id) }
        return Message("help.discussion.\(id)", zh: texts.zh, en: texts.en)
    }

    /// `export fsma204`, which names the spreadsheet's columns.
    public static func fsma204(columns: [String]) -> Message {
        let list = columns.joined(separator: ", ")
        return Message(
            "help.discussion.ExportFSMA.FSMA204",
            zh: """
                UTF-8 带字节顺序标记，CRLF 换行，按 RFC 4180 加引号；可在 Excel 和 LibreOffice 中正确打开并按任一列排序（UTC 时间单独成列）。列：
                \(list)
                produce → Harvesting，transform → Transformation（每个产出一行），ship → Shipping，\
                接受的 receive → Receiving；其他记录不是关键追踪事件。--lot 只保留从该批次向上和向下追溯到的批次的行；\
                --since 与 --until 只保留日期不早于 --since、早于 --until 的事件。
                """,
            en: """
                UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting; opens correctly in Excel and LibreOffice \
                and sorts by any column (times in UTC in their own column). Columns:
                \(list)
                produce → Harvesting, transform → Transformation (a row per output), ship → Shipping, accepted \
                receive → Receiving; other records are not critical tracking events. --lot keeps the rows of the lots \
                traced from that lot, upstream and downstream; --since and --until keep events dated at or after --since \
                and before --until.
                """)
    }

    /// `settings hub-url`, which names the longest address.
    public static func hubURL(maximumLength: Int) -> Message {
        Message(
            "help.discussion.Settings.HubURL",
            zh: "不给 URL 时打印当前值（未设置时不打印）。顾客的手机打开该地址，在浏览器中核验小票；小票内容留在地址的片段（#）中，任何服务器都看不到。"
                + "地址最多 \(maximumLength) 个字符，使小票二维码在纠错级别 M 下不超过版本 10。",
            en:
                "Without URL, prints the current value (nothing when unset). A shopper's phone opens the address and checks the slip in the browser; the payload stays in the fragment, which no server sees. At most \(maximumLength) characters, so a slip's QR code stays within version 10 at level M."
        )
    }

    static let discussions = recordDiscussions.merging(exchangeDiscussions) { first, _ in first }

    /// The commands that record, sign, sell, audit and recall.
    static let recordDiscussions: [String: (zh: String, en: String)] = [
        "RecallStatus.RecallStatusCommand": (
            """
            不给 NOTICE 时列出库中所有召回。数量按持有方和单位计：已分发是被召回批次（或由其制成的任何批次）到达该持有方的量，\
            已收回是其依该通知退回或销毁的量，未收回是其仍持有或正在运往它的量。"现在"取自时钟（可复现的运行用 FOODTRACE_NOW）。\
            有召回逾期、启动过晚，或在通知之后仍有销售或使用时，退出码为 1。
            """,
            """
            Without NOTICE, every recall in the store. Quantities are per holder and unit: distributed is what of the \
            recalled batch (or anything made from it) reached the holder, recovered what they returned or destroyed \
            under the notice, outstanding what they still hold or have in transit to them. "Now" is the clock \
            (FOODTRACE_NOW for reproducible runs). Exit 1 when a recall is overdue, its start was late, or something \
            was sold or used after its notice.
            """
        ),
        "RecallCommand.Recall": (
            """
            级别与时限依据《食品召回管理办法》(2015)：一级召回须在 24 小时内启动、10 个工作日内完成，二级为 48 小时 / 20 个工作日，\
            三级为 72 小时 / 30 个工作日。工作日为周一至周五（+08:00）；未计法定节假日。
            """,
            """
            Levels and deadlines follow 食品召回管理办法 (2015): level 1 starts within 24 h and finishes within 10 working \
            days, level 2 within 48 h / 20, level 3 within 72 h / 30. Working days are Monday to Friday (+08:00); \
            public holidays are not modelled.
            """
        ),
        "Code.CodeNew": (
            """
            追溯码由参与方的地区与节点、--at 的当地日期、当天库中尚未用过的下一个序号和 Damm 校验位组成（schemas/trace-code.md）。\
            它不会被预留：使用它的记录才占用它，在此之前再次运行 `code new` 会打印同一个码。`sell` 会自行选取小票的码。\
            参与方必须能产生该种类：小票须是摊位，餐次须是食堂，批次须是生产、收货或加工的参与方。\
            text 格式：20 位数字；json 格式：追溯码、打印时的分组形式、参与方、种类和日期。
            """,
            """
            The code is the party's area and node, the local date of --at, the next serial not yet used in the store \
            that day, and the Damm check digit (schemas/trace-code.md). It is not reserved: the record that uses it \
            claims it, and a second `code new` before that prints the same code. `sell` picks its slip's code \
            itself. The party must be one that makes the kind: a slip a stall, a meal a canteen, a batch a party \
            that produces, receives or processes. Text: the 20 digits; json: the code, grouped as printed, the \
            party, the kind and the date.
            """
        ),
        "Init.Init": (
            """
            不给 --regulator-key 时，会在库旁生成一对供本地使用的监管密钥：
            STORE.regulator.key（私钥，权限 0600）和 STORE.regulator.pub.pem。
            """,
            """
            Without --regulator-key, a regulator key pair is made beside the store for local use:
            STORE.regulator.key (private, mode 0600) and STORE.regulator.pub.pem.
            """
        ),
        "RecordCommand.RecordCommand": (
            """
            记录正文来自 --body FILE.json（或用 - 表示标准输入）和/或带点分路径的 --field：PATH=TEXT 设置字符串，
            PATH:=JSON 设置任意 JSON 值（如 `level:=1`、`accepted:=true`），例如
              foodtrace record produce --key farm.key --field batch=51010400126112800013 \\
                --field product.code=0101 --field product.name=生猪 --field product.category=live-pig \\
                --field quantity.value=20 --field quantity.unit=head --field origin.area=510104 --field origin.name=锦江
            seq 与 prev 由库填入；--at 默认为当前时间。打印记录编号。
            正文按输入读取，与 `sell` 读取其选项的方式相同：数量去掉末尾的零（quantity.value=20.0 即 20），\
            以斤或两计的重量换算为 kg（此时销售正文的单价按每 kg 计，并设置 pricedIn），追溯码去掉打印分组的空格。\
            移动库存的记录（ship、transform、use、sell）要经过收银的停售检查（见 `foodtrace sell --help`）。
            """,
            """
            The body comes from --body FILE.json (or - for standard input) and/or --field flags with dotted
            paths: PATH=TEXT sets a string, PATH:=JSON sets any JSON value (e.g. level:=1, accepted:=true), e.g.
              foodtrace record produce --key farm.key --field batch=51010400126112800013 \\
                --field product.code=0101 --field product.name=生猪 --field product.category=live-pig \\
                --field quantity.value=20 --field quantity.unit=head --field origin.area=510104 --field origin.name=锦江
            seq and prev are filled from the store; --at defaults to now. Prints the record id.
            The body is read as typed, the way `sell` reads its options: amounts lose trailing zeros \
            (quantity.value=20.0 is 20), weights in 斤 or 两 become kg (a sell body's unit price then per kg, \
            with pricedIn set), trace codes lose the spaces of the printed grouping. Records that move stock \
            (ship, transform, use, sell) go through the till's stop-sale checks (see `foodtrace sell --help`).
            """
        ),
        "RecallDrills.RecallDrillsCommand": (
            """
            每行：时间、参与方、批次、PASS/FAIL、已查清比例与用时、报告哈希、记录编号。json 格式：一个对象，\
            {"format": "foodtrace-recall-drills", "v": 1, "drills": [...]}。
            """,
            """
            Each line: time, party, lot, PASS/FAIL, accounted-for and time taken, report hash, record id. json: one \
            object, {"format": "foodtrace-recall-drills", "v": 1, "drills": [...]}.
            """
        ),
        "Keys.New": (
            "把私钥写入 --out（权限 0600），公钥写入 OUT.pub.pem；打印密钥编号和供 register 记录使用的 DER 公钥。",
            "Writes the private key (mode 0600) to --out and the public key to OUT.pub.pem; prints the key id and the DER public key for a register record."
        ),
        "Keys.Import": (
            """
            FILE 是未加密的 PKCS#8 PEM 私钥（Ed25519 或 SM2），例如由 `openssl genpkey -algorithm ed25519 -out FILE`\
            （或 `-algorithm SM2`）生成，权限 0600：同组或其他用户可读的文件会被拒绝。与 `keys new` 一样，\
            把密钥连同其参与方写入 --out（权限 0600），公钥写入 OUT.pub.pem；FILE 保持不变。
            """,
            """
            FILE is an unencrypted PKCS#8 PEM private key, Ed25519 or SM2, e.g. from `openssl genpkey \
            -algorithm ed25519 -out FILE` (or `-algorithm SM2`), mode 0600: a file group or others may read \
            is refused. Writes the key with its party to --out (mode 0600) and the public key to \
            OUT.pub.pem, as `keys new` does; FILE is left as it is.
            """
        ),
        "Sell.Sell": (
            """
            以下情况拒绝销售，不记录任何内容（退出码 2）：摊位不持有该批次，数量超过批次的结存，或收银的停售检查发现该批次不得销售的原因：\
            该批次或其原料批次有召回通知、有未解除的禁用物质阳性检测、已过保质期，或猪肉缺少检疫与肉品品质检验证明。\
            金额为数量 × 单价，四舍五入到分。

            --unit 斤（500 g）或两（50 g）：数量按精确的 kg 保存，单价按每 kg 保存；小票按输入的单位显示两者\
            （3 斤 × ¥12.00/斤 = ¥36.00）。数量和价格按输入读取（20.0 = 20）；追溯码可按打印的分组输入（510104 002 261101 0001 5）。
            """,
            """
            Refused, with nothing recorded (exit 2), when the stall does not hold the batch, the quantity is more \
            than the batch has on hand, or the till's stop-sale checks find a reason the batch must not be sold: \
            a recall notice on it or a batch it was made from, an uncleared positive test for a banned \
            substance, its expiry passed, or pork without its quarantine and meat inspection certificates. \
            The amount is quantity × unit price, rounded to the fen.

            --unit 斤 (500 g) or 两 (50 g): the quantity is stored in exact kg and the unit price per kg; the \
            slip shows both per the unit typed (3 斤 × ¥12.00/斤 = ¥36.00). Quantities and prices are \
            read as typed (20.0 = 20); a trace code may be grouped as printed (510104 002 261101 0001 5).
            """
        ),
        "RecallIssue.RecallIssueCommand": (
            """
            打印通知编号、记录编号、时限和范围内的持有方。通知编号默认为 RC-<日期>-<批次号末 8 位>。\
            持有方用 `foodtrace recall dispose --notice NUMBER …` 回应；用 `foodtrace recall status NUMBER` 跟踪进度。
            """,
            """
            Prints the notice number, the record id, the deadlines and the holders in scope. The notice number \
            defaults to RC-<date>-<last 8 digits of the batch>. Holders answer with \
            `foodtrace recall dispose --notice NUMBER …`; `foodtrace recall status NUMBER` follows progress.
            """
        ),
        "Demo.Demo": (
            """
            每条记录都由其参与方自己签名，并与其他输入一样经过写入检查。
            --manifest 写出真实情况：注入的缺陷及其记录和应当发现它的审计规则、样例小票和养殖场批次。\
            --keys 写出每个参与方的密钥（0600），以便在演示库上试用 `sell`、`recall issue` 等命令。\
            规模：small 约 1 万条记录，city 约 100 万条，province 约 1000 万条。
            """,
            """
            Every record is signed by its own party and goes through the same ingest checks as any other input.
            --manifest writes the ground truth: the injected defects with their records and the audit rule that
            should catch each, sample slips and farm lots. --keys writes every party's key (0600) for trying
            `sell`, `recall issue` and the like on the demo store. Sizes: small ≈ 10 thousand records,
            city ≈ 1 million, province ≈ 10 million.
            """
        ),
        "Trust.Export": (
            "检查员的手机或 `foodtrace slip verify` 凭此文件核验小票，无需库，也无需联网。",
            "An inspector's phone or `foodtrace slip verify` checks slips against this file with no store and no network."
        ),
        "Balance.Balance": (
            "有批次发出的量多于其所有，或有加工超出其得率范围时，退出码为 1。",
            "Exit 1 when a batch gives out more than it had or a transform is outside its yield bounds."
        ),
        "RecallDispose.RecallDisposeCommand": (
            """
            与填好正文的 `foodtrace record dispose` 相同；打印记录编号。除非密钥的参与方持有该批次、数量不超过其结存\
            （所用单位须能精确换算为批次的单位；斤和两按 kg 读取）、通知存在且涵盖该批次（被召回的批次或由其制成的批次），\
            并且签发时间不晚于 --at，否则拒绝，不签署任何内容（退出码 2）。
            """,
            """
            The same as `foodtrace record dispose` with the body filled in; prints the record id. Refused, with \
            nothing signed (exit 2), unless the key's party holds the batch, the quantity is no more than it has on \
            hand (in a unit that converts exactly to the batch's; 斤 and 两 are read as kg), and the notice exists, \
            covers the batch (the recalled batch or one made from it) and was issued no later than --at.
            """
        ),
        "Sign.Sign": (
            """
            每个输入行是一条没有 `sig` 的记录。`issuer` 默认为密钥的参与方；缺少 `seq` 时，seq 与 prev 接续 --store 中\
            （如果存在）该签发方的链，再逐行接续。不写入库：请写入（ingest）输出。

            用 --seal 时，记录按批封存（一台秤一天的销售）：对每批记录编号的 Merkle 树的树头签一次名，\
            每条记录在 `sig.seal` 中带有其叶子、包含路径和根。库对每批核验一次签名和哈希；销售小票带有其路径（二维码更大：见 README）。\
            输出逐批写出。
            """,
            """
            Each input line is a record without `sig`. `issuer` defaults to the key's party; when `seq` is
            missing, seq and prev continue the issuer's chain in --store (if it exists) and then line by line.
            Nothing is written to the store: ingest the output.

            With --seal the records are sealed in batches (a scale's day of sales): one signature over the head
            of the Merkle tree of each batch's record ids, and each record carries its leaf, its inclusion path
            and the root in `sig.seal`. A store checks one signature per batch and the hashes; a sale's slip
            carries its path (a larger QR code: see the README). Output is written batch by batch.
            """
        ),
        "Verify.Verify": (
            "全部成立时退出码为 0；否则为 1，并报告每个问题（包括双重签名证据）。在中心节点的库（保存透明日志的库）上，吊销密钥之后才记入日志的记录算作问题，日期与记入日志的时间相差 24 小时或以上的记录会被列出（不算问题）。",
            "Exit 0 when everything holds; exit 1 with a report of every finding, equivocation evidence included. On a hub's store (one that keeps a transparency log) a record logged after its key's revocation is a finding, and records dated 24 hours or more from their logged time are listed (not findings)."
        ),
        "RecallDrill.RecallDrillCommand": (
            """
            报告包括情景、批次、开始与结束时间、向上追溯（供应方批次、收货、证照）、向下追溯（每个参与方及其联系方式、小票和食堂餐次，含数量）、\
            以批次单位计的核对（产出、发出、收到、结存、售出、用于餐次、销毁、退回、在途、已查清比例 %）以及按记录列出的每个缺口。\
            已查清比例恰为 100%、没有缺口且追溯用时不超过 --target 时演练通过。

            --random 按 --seed（默认：时钟，会打印在情景中）确定地选取一个养殖场批次。--out 可重复；每个文件的格式取自其扩展名\
            （.json、.html、.txt），否则取自 --format；给出 --out 时，标准输出是文本摘要。给出 --key 时，演练由密钥的参与方存为一条签名的检测记录\
            （检测项目 `mock-recall`，结果为阴性即通过，数值为 `<accounted>% in <ms> ms; report sha256:<JSON 报告文件的哈希>`）；\
            `foodtrace recall drills` 会列出它们。通过时退出码为 0，未通过为 1，输入有误为 2。
            """,
            """
            The report holds the scenario, the lot, start and end time, the backward trace (supplier lots, receipts, \
            certificates), the forward trace (every party with contacts, slip and canteen meal, with quantities), the \
            reconciliation in the lot's unit (produced, shipped, received, on hand, sold, used in meals, destroyed, \
            returned, in transit, accounted-for %) and every gap by record. It passes when accounted-for is exactly \
            100%, there is no gap and the trace took no longer than --target.

            --random picks a farm lot deterministically from --seed (default: the clock, printed in the scenario). \
            --out may be repeated; each file's format comes from its extension (.json, .html, .txt), else --format; \
            with --out, standard output gets the text summary. With --key the drill is stored as a signed test record \
            (analyte mock-recall, result negative = pass, value "<accounted>% in <ms> ms; report sha256:<hash of \
            the JSON report file>") by the key's party; `foodtrace recall drills` lists them. \
            Exit 0 pass, 1 fail, 2 bad input.
            """
        ),
        "Slip.Verify": (
            "小票为真时退出码为 0 并显示其内容；被改动、由未知或已吊销的密钥签名、或与其记录编号不符时，退出码为 1 并给出原因。",
            "Exit 0 and the slip's content when genuine; exit 1 and the reason when it was altered, signed by an unknown or revoked key, or does not match its record id."
        ),
        "Audit.Audit": (
            """
            内置插件（source-tickets、school-meals、recall）已链接在内；--plugin-path 通过有版本的 C ABI 从共享库加载更多插件\
            （schemas/plugin-abi.md）。每次审计都以只读方式打开库，任何插件都无法写入。
            """,
            """
            The built-in plugins (source-tickets, school-meals, recall) are linked in; --plugin-path loads more \
            from shared libraries through the versioned C ABI (schemas/plugin-abi.md). The store is opened \
            read-only for every audit, so no plugin can write to it.
            """
        ),
    ]
}
