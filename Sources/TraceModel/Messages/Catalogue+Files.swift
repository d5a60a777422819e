// The message catalogue: files the command line writes (`--out`, `--manifest`, key files, `--keys` folders) and why
// one is refused.

extension Message {
    /// Output files and folders.
    public enum Files {
        /// Why an existing path may not be written.
        public static func cannotExamine(_ system: Message) -> Message {
            Message("files.cannot-examine", zh: "无法检查该路径：\(system.zh)", en: "cannot examine the path: \(system.en)")
        }

        public static func folderMissing(_ folder: String) -> Message {
            Message("files.folder-missing", zh: "文件夹 \(folder) 不存在", en: "the folder \(folder) does not exist")
        }

        public static let symbolicLink = Message(
            "files.symbolic-link", zh: "是符号链接；FoodTrace 从不通过链接写入（请指定文件本身）",
            en: "is a symbolic link; FoodTrace never writes through a link (name the file itself)")
        public static let folder = Message("files.folder", zh: "是文件夹；请指定文件", en: "is a folder; name a file")
        public static let notRegular = Message(
            "files.not-regular", zh: "已存在，且不是普通文件", en: "exists and is not a regular file")
        public static let store = Message(
            "files.store", zh: "是 FoodTrace 库（SQLite 数据库或其附属文件）；输出从不覆盖库，即使给了 --force",
            en: "is a FoodTrace store (an SQLite database or one of its files); an output never replaces a store, "
                + "even with --force")
        public static let key = Message(
            "files.key", zh: "存有密钥；输出从不覆盖密钥文件，即使给了 --force",
            en: "holds a key; an output never replaces a key file, even with --force")

        public static func unreadable(_ system: Message) -> Message {
            Message(
                "files.unreadable", zh: "已存在，且无法读取以确认它既不是密钥也不是库（\(system.zh)）",
                en: "exists and cannot be read to check it is neither a key nor a store (\(system.en))")
        }

        public static let exists = Message(
            "files.exists", zh: "已存在；要替换它请加 --force", en: "already exists; pass --force to replace it")

        /// A file that must not exist yet (a key file, a store made by `init`).
        public static func alreadyExists(_ path: String) -> Message {
            Message("files.already-exists", zh: "\(path) 已存在", en: "\(path) already exists")
        }

        public static func cannotCreateIn(_ option: String, _ path: String, folder: String, _ system: Message)
            -> Message
        {
            Message(
                "files.cannot-create", zh: "\(option) \(path)：无法在 \(folder) 中创建文件：\(system.zh)",
                en: "\(option) \(path): cannot create a file in \(folder): \(system.en)")
        }

        /// Writing failed; `unchanged`: the old file is still there.
        public static func cannotWrite(_ option: String, _ path: String, _ system: Message, unchanged: Bool) -> Message
        {
            Message(
                "files.cannot-write", zh: "\(option) \(path)：无法写入：\(system.zh)" + (unchanged ? "；文件未改动" : ""),
                en: "\(option) \(path): cannot write: \(system.en)" + (unchanged ? "; the file was not changed" : ""))
        }

        public static func cannotWriteStandardOutput(_ system: Message) -> Message {
            Message(
                "files.cannot-write-stdout", zh: "无法写入标准输出：\(system.zh)",
                en: "cannot write to standard output: \(system.en)")
        }

        public static func cannotCreateTemporary(in folder: String) -> Message {
            Message(
                "files.cannot-create-temporary", zh: "无法在 \(folder) 中创建临时文件",
                en: "cannot create a temporary file in \(folder)")
        }

        // `--keys FOLDER`.

        public static func keysCannotMake(_ path: String, detail: String) -> Message {
            Message(
                "files.keys-cannot-make", zh: "--keys \(path)：无法创建该文件夹（\(detail)）",
                en: "--keys \(path): cannot make the folder: \(detail)")
        }

        public static func keysCannotChmod(_ path: String, _ system: Message) -> Message {
            Message(
                "files.keys-cannot-chmod", zh: "--keys \(path)：无法设为 0700 权限：\(system.zh)",
                en: "--keys \(path): cannot set mode 0700: \(system.en)")
        }

        public static func keysLink(_ path: String) -> Message {
            Message(
                "files.keys-link", zh: "--keys \(path)：是符号链接；请指定文件夹本身",
                en: "--keys \(path): is a symbolic link; name the folder itself")
        }

        public static func keysNotFolder(_ path: String) -> Message {
            Message(
                "files.keys-not-folder", zh: "--keys \(path)：已存在，且不是文件夹",
                en: "--keys \(path): exists and is not a folder")
        }

        public static func keysForeign(_ path: String) -> Message {
            Message(
                "files.keys-foreign", zh: "--keys \(path)：该文件夹属于其他用户；密钥应放在你自己的文件夹中",
                en: "--keys \(path): the folder belongs to another user; keys go in a folder of your own")
        }

        public static func keysOpen(_ path: String, mode: String) -> Message {
            Message(
                "files.keys-open",
                zh: "--keys \(path)：该文件夹对同组或其他用户开放（权限 \(mode)）；私钥应放在私有文件夹中：请运行 chmod 700 \(path)",
                en:
                    "--keys \(path): the folder is open to group or others (mode \(mode)); private keys go in a private "
                    + "folder: run chmod 700 \(path)")
        }
    }
}
