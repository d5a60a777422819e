// The message catalogue: reading and writing key files (errors of `TraceCrypto`'s `KeyFile`). No text here ever
// holds key material.

extension Message {
    /// Key files.
    public enum Keys {
        /// `key file`, `public key file`, `private key file` in Chinese.
        static func chinese(_ what: String) -> String {
            ["key file": "密钥文件", "public key file": "公钥文件", "private key file": "私钥文件"][what] ?? what
        }

        public static func badParty(path: String, party: String) -> Message {
            Message(
                "keys.bad-party", zh: "无法写入密钥文件 \(path)：参与方编号 '\(party)' 无效",
                en: "cannot write key file \(path): party id '\(party)' is invalid: \(PartyID.rule)")
        }

        public static func plainPEM(path: String, prefix: String) -> Message {
            Message(
                "keys.plain-pem",
                zh: "密钥文件 \(path) 是没有 \(prefix) 头的 PEM 私钥（由 openssl 或其他工具生成？）：先用 "
                    + "foodtrace keys import --party ID \(path) --out KEY 导入一次，再使用 KEY",
                en: "key file \(path) is a PEM private key without the \(prefix) header (made by openssl or another "
                    + "tool?): import it once with foodtrace keys import --party ID \(path) --out KEY, then use KEY")
        }

        public static func badFirstLine(path: String, prefix: String) -> Message {
            Message(
                "keys.first-line", zh: "密钥文件 \(path)：第一行必须是 '\(prefix) <参与方编号>'",
                en: "key file \(path): the first line must be '\(prefix) <party id>'")
        }

        public static func badPartyLine(path: String) -> Message {
            Message(
                "keys.party-line", zh: "密钥文件 \(path)：第一行的参与方编号无效",
                en: "key file \(path): the party id on the first line is invalid: \(PartyID.rule)")
        }

        public static func badAlgorithmLine(path: String, prefix: String, known: String) -> Message {
            Message(
                "keys.algorithm-line", zh: "密钥文件 \(path)：\(prefix) 一行所写的不是 \(known) 之一",
                en: "key file \(path): the \(prefix) line names none of \(known)")
        }

        public static func unusable(_ what: String, path: String, detail: String) -> Message {
            let isPublic = what.hasPrefix("public")
            return Message(
                "keys.unusable", zh: "\(chinese(what)) \(path) 中没有可用的\(isPublic ? "公钥" : "私钥")（OpenSSL：\(detail)）",
                en: "\(what) \(path) does not hold a usable \(isPublic ? "public" : "private") key: \(detail)")
        }

        public static func algorithmMismatch(path: String, prefix: String, named: String, holds: String) -> Message {
            Message(
                "keys.algorithm-mismatch", zh: "密钥文件 \(path) 写明 \(prefix) \(named)，实际存的是 \(holds) 密钥",
                en: "key file \(path) says \(prefix) \(named) but holds an \(holds) key")
        }

        public static func exists(_ what: String, path: String) -> Message {
            Message(
                "keys.exists", zh: "无法写入\(chinese(what)) \(path)：文件已存在；FoodTrace 从不覆盖密钥文件（请先移走它）",
                en: "cannot write \(what) \(path): the file already exists; FoodTrace never overwrites key files (move "
                    + "it away first)")
        }

        public static func cannotCreate(_ what: String, path: String, _ system: Message) -> Message {
            Message(
                "keys.cannot-create", zh: "无法创建\(chinese(what)) \(path)：\(system.zh)",
                en: "cannot create \(what) \(path): \(system.en)")
        }

        public static func cannotWrite(_ what: String, path: String, _ system: Message) -> Message {
            Message(
                "keys.cannot-write", zh: "无法写入\(chinese(what)) \(path)：\(system.zh)",
                en: "cannot write \(what) \(path): \(system.en)")
        }

        public static func missing(_ what: String, path: String) -> Message {
            Message("keys.missing", zh: "\(chinese(what)) \(path) 不存在", en: "\(what) \(path) does not exist")
        }

        public static func cannotOpen(_ what: String, path: String, _ system: Message) -> Message {
            Message(
                "keys.cannot-open", zh: "无法打开\(chinese(what)) \(path)：\(system.zh)",
                en: "cannot open \(what) \(path): \(system.en)")
        }

        public static func cannotStat(_ what: String, path: String, _ system: Message) -> Message {
            Message(
                "keys.cannot-stat", zh: "无法查看\(chinese(what)) \(path) 的属性：\(system.zh)",
                en: "cannot stat \(what) \(path): \(system.en)")
        }

        public static func notRegular(_ what: String, path: String) -> Message {
            Message(
                "keys.not-regular", zh: "\(chinese(what)) \(path) 不是普通文件", en: "\(what) \(path) is not a regular file")
        }

        public static func notPrivate(_ what: String, path: String, mode: String) -> Message {
            Message(
                "keys.not-private",
                zh: "\(chinese(what)) \(path) 可被同组或其他用户读写（权限 \(mode)）；私钥必须只属于其所有者：请运行 chmod 600 \(path)",
                en: "\(what) \(path) is readable or writable by group or others (mode \(mode)); a private key must be "
                    + "private to its owner: run chmod 600 \(path)")
        }

        public static func tooLarge(_ what: String, path: String, bytes: String, limitKiB: Int) -> Message {
            Message(
                "keys.too-large", zh: "\(chinese(what)) \(path) 有 \(bytes) 字节；密钥文件小于 \(limitKiB) KiB",
                en: "\(what) \(path) is \(bytes) bytes; a key file is under \(limitKiB) KiB")
        }

        public static func cannotRead(_ what: String, path: String, _ system: Message) -> Message {
            Message(
                "keys.cannot-read", zh: "无法读取\(chinese(what)) \(path)：\(system.zh)",
                en: "cannot read \(what) \(path): \(system.en)")
        }

        public static func grewTooLarge(_ what: String, path: String, limitKiB: Int) -> Message {
            Message(
                "keys.grew-too-large", zh: "\(chinese(what)) \(path) 大于 \(limitKiB) KiB；不是密钥文件",
                en: "\(what) \(path) is larger than \(limitKiB) KiB; it is not a key file")
        }

        public static func alreadyFoodTrace(path: String, prefix: String) -> Message {
            Message(
                "keys.already-foodtrace", zh: "\(path) 已经是 FoodTrace 密钥文件（以 \(prefix) 开头）：直接使用即可",
                en: "\(path) is a FoodTrace key file already (it starts with \(prefix)): use it as it is")
        }

        public static func publicOnly(path: String) -> Message {
            Message(
                "keys.public-only", zh: "\(path) 存的是公钥；导入需要私钥",
                en: "\(path) holds a public key; importing needs the private key")
        }

        public static func notPEM(path: String) -> Message {
            Message(
                "keys.not-pem",
                zh: "\(path) 不是 PEM 格式；DER 格式的密钥可这样转换：openssl pkey -inform DER -in \(path) -out KEY.pem",
                en: "\(path) is not PEM; a DER key converts with: openssl pkey -inform DER -in \(path) -out KEY.pem")
        }
    }
}
