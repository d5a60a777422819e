#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Resolves a plugin's path component by component, checking that nobody but root and the current user could have
/// put something else there: every folder on the way (those a symbolic link leads through included) and every link
/// must belong to root or the current user, and no folder may be writable by group or others — except a sticky one
/// owned by root, such as `/tmp`, where only an entry's owner may rename or remove it (the entry is then checked in
/// turn). The file itself must belong to root or the current user and not be writable by group or others.
enum PluginPath {
    /// The resolved absolute path, or a refusal naming what is unsafe.
    static func resolve(_ path: String) throws(PluginLoadError) -> String {
        guard !path.isEmpty else { throw PluginLoadError(.missingFile, path: path, .Plugins.needsFile) }
        var pending: [Substring] = []
        if path.hasPrefix("/") {
            pending = path.split(separator: "/")
        } else {
            guard let folder = getcwd(nil, 0) else {
                throw PluginLoadError(.missingFile, path: path, .Plugins.noCurrentFolder(path))
            }
            defer { free(folder) }
            pending = String(cString: folder).split(separator: "/") + path.split(separator: "/")
        }
        pending.reverse()
        var current = ""
        var links = 0
        try checkFolder("/", given: path)
        while let component = pending.popLast() {
            if component == "." { continue }
            if component == ".." {
                current = String(current[..<(current.lastIndex(of: "/") ?? current.startIndex)])
                continue
            }
            let next = current + "/" + component
            var info = stat()
            guard lstat(next, &info) == 0 else {
                let code = errno
                throw PluginLoadError(
                    .missingFile, path: path,
                    .Plugins.noFile(path, reason: .systemError(code, english: String(cString: strerror(code)))))
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                try checkOwner(info, next, what: "the symbolic link", given: path)
                links += 1
                guard links <= 40, let target = linkTarget(next) else {
                    throw PluginLoadError(.missingFile, path: path, .Plugins.links(path))
                }
                if target.hasPrefix("/") { current = "" }
                pending += target.split(separator: "/").reversed()
            case S_IFDIR:
                try checkFolder(next, given: path)
                current = next
            case S_IFREG where pending.allSatisfy({ $0 == "." }):
                try checkOwner(info, next, what: "the plugin file", given: path)
                let mode = info.st_mode & 0o7777
                guard mode & (S_IWGRP | S_IWOTH) == 0 else {
                    throw PluginLoadError(
                        .writableByOthers, path: path, .Plugins.writable(path, mode: "0" + String(mode, radix: 8)))
                }
                return next
            default:
                throw PluginLoadError(.notRegularFile, path: path, .Plugins.notRegular(path))
            }
        }
        throw PluginLoadError(.notRegularFile, path: path, .Plugins.notRegular(path))
    }

    private static func checkFolder(_ folder: String, given path: String) throws(PluginLoadError) {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            throw PluginLoadError(.missingFile, path: path, .Plugins.unreadableFolder(path, folder: folder))
        }
        try checkOwner(info, folder, what: "the folder", given: path)
        let mode = info.st_mode & 0o7777
        let stickyRoot = mode & S_ISVTX != 0 && info.st_uid == 0
        guard mode & (S_IWGRP | S_IWOTH) == 0 || stickyRoot else {
            throw PluginLoadError(
                .writableByOthers, path: path,
                .Plugins.writableFolder(path, folder: folder, mode: "0" + String(mode, radix: 8)))
        }
    }

    private static func checkOwner(_ info: stat, _ name: String, what: String, given path: String)
        throws(PluginLoadError)
    {
        guard info.st_uid == 0 || info.st_uid == geteuid() else {
            throw PluginLoadError(
                .foreignOwner, path: path, .Plugins.foreign(path, what: what, name: name, uid: "\(info.st_uid)"))
        }
    }

    private static func linkTarget(_ link: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
