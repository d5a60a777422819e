/// The console's language: Chinese unless `?lang=en`.
enum ConsoleLanguage: Equatable {
    case zh, en

    init(query: String?) { self = query == "en" ? .en : .zh }

    /// What keeps the language on a link (`?lang=en`), or nothing.
    var query: String { self == .en ? "?lang=en" : "" }
    /// The same, to append after other query items.
    var and: String { self == .en ? "&lang=en" : "" }

    func word(_ word: ConsoleWord) -> String { self == .en ? word.english : word.chinese }
}

/// Every word the console shows, in Chinese and English.
enum ConsoleWord {
    case console, search, recalls, drills, logout, login, token, tokenHelp, searchHelp
    case code, party, name, role, area, market, noMatch, traceUp, traceDown, hop, flags, expandAll, collapseAll
    case notice, batch, level, reason, issued, startBy, finishBy, state, holders, unit, distributed, recovered
    case outstanding, overdue, active, closed, lot, at, passed, failed, result, evidence, moreHops, noRecalls, noDrills
    case none

    var chinese: String {
        switch self {
        case .console: return "监管控制台"
        case .search: return "查询"
        case .recalls: return "召回看板"
        case .drills: return "演练记录"
        case .logout: return "退出"
        case .login: return "登录"
        case .token: return "监管令牌"
        case .tokenHelp: return "粘贴 foodtrace token issue 签发的监管令牌（需 read:audit 权限）。"
        case .searchHelp: return "追溯码、主体编号或名称、市场编号、行政区划代码"
        case .code: return "追溯码"
        case .party: return "主体"
        case .name: return "名称"
        case .role: return "类型"
        case .area: return "区划"
        case .market: return "市场"
        case .noMatch: return "没有匹配的结果。"
        case .traceUp: return "向上追溯"
        case .traceDown: return "向下追踪"
        case .hop: return "环节"
        case .flags: return "问题"
        case .expandAll: return "全部展开"
        case .collapseAll: return "全部收起"
        case .notice: return "召回通知"
        case .batch: return "批次"
        case .level: return "级别"
        case .reason: return "原因"
        case .issued: return "发布时间"
        case .startBy: return "启动期限"
        case .finishBy: return "完成期限"
        case .state: return "状态"
        case .holders: return "持有方进度"
        case .unit: return "单位"
        case .distributed: return "流向量"
        case .recovered: return "已召回"
        case .outstanding: return "未召回"
        case .overdue: return "已逾期"
        case .active: return "进行中"
        case .closed: return "已结束"
        case .lot: return "批次"
        case .at: return "时间"
        case .passed: return "通过"
        case .failed: return "未通过"
        case .result: return "结果"
        case .evidence: return "证据"
        case .moreHops: return "更多环节未显示"
        case .noRecalls: return "没有召回通知。"
        case .noDrills: return "没有演练记录。"
        case .none: return "—"
        }
    }

    var english: String {
        switch self {
        case .console: return "Regulator's console"
        case .search: return "Search"
        case .recalls: return "Recall board"
        case .drills: return "Drills"
        case .logout: return "Log out"
        case .login: return "Log in"
        case .token: return "Regulator token"
        case .tokenHelp: return "Paste a regulator token from foodtrace token issue (scope read:audit)."
        case .searchHelp: return "trace code, party id or name, market id, area code"
        case .code: return "Trace code"
        case .party: return "Party"
        case .name: return "Name"
        case .role: return "Role"
        case .area: return "Area"
        case .market: return "Market"
        case .noMatch: return "Nothing matches."
        case .traceUp: return "Trace up"
        case .traceDown: return "Trace down"
        case .hop: return "Hop"
        case .flags: return "Flags"
        case .expandAll: return "Expand all"
        case .collapseAll: return "Collapse all"
        case .notice: return "Notice"
        case .batch: return "Batch"
        case .level: return "Level"
        case .reason: return "Reason"
        case .issued: return "Issued"
        case .startBy: return "Start by"
        case .finishBy: return "Finish by"
        case .state: return "State"
        case .holders: return "Progress per holder"
        case .unit: return "Unit"
        case .distributed: return "Distributed"
        case .recovered: return "Recovered"
        case .outstanding: return "Outstanding"
        case .overdue: return "OVERDUE"
        case .active: return "Active"
        case .closed: return "Closed"
        case .lot: return "Lot"
        case .at: return "Time"
        case .passed: return "passed"
        case .failed: return "failed"
        case .result: return "Result"
        case .evidence: return "Evidence"
        case .moreHops: return "more hops not shown"
        case .noRecalls: return "No recall notices."
        case .noDrills: return "No drills."
        case .none: return "—"
        }
    }
}
