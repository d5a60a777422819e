/// An error whose text comes from the message catalogue, so that whoever reports it can say it in the reader's
/// language. Each module's error type conforms; its English `description` stays what logs and tests read.
public protocol CataloguedError: Error {
    /// What went wrong, in Chinese and English.
    var text: Message { get }
}

extension Message {
    /// What `error` says: its catalogue text when it has one, else its own description (the same in every language).
    public static func of(_ error: any Error) -> Message {
        (error as? any CataloguedError)?.text ?? .verbatim("\(error)")
    }

    /// A system error (an `errno`) in each language: its Chinese name for the common ones, the C library's text in
    /// English (`strerror`, passed in: this module does no I/O).
    public static func systemError(_ code: Int32, english: String) -> Message {
        // errno values of Linux.
        let names: [Int32: String] = [
            1: "不允许的操作", 2: "文件或文件夹不存在", 5: "输入输出错误", 13: "没有权限", 17: "文件已存在", 20: "路径中有一项不是文件夹",
            21: "是一个文件夹", 24: "打开的文件过多", 27: "文件过大", 28: "磁盘空间不足", 30: "只读文件系统", 36: "文件名过长",
            40: "符号链接层数过多", 122: "超出磁盘配额",
        ]
        return Message(
            "system.errno.\(code)", zh: names[code].map { "\($0)（errno \(code)）" } ?? "系统错误 errno \(code)", en: english)
    }
}
