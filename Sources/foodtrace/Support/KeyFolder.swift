import Foundation
import TraceModel

/// A folder that receives private key files (`demo --keys`): private to its owner.
enum KeyFolder {
    /// Makes `path` with mode 0700 (parents as needed), or accepts an existing folder that is the current user's,
    /// not a symbolic link and not open to group or others; anything else is refused before any key is written.
    static func prepare(_ path: String) throws(CLIError) {
        var status = stat()
        if lstat(path, &status) != 0 {
            do {
                try FileManager.default.createDirectory(
                    atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch { throw CLIError.input(.Files.keysCannotMake(path, detail: error.localizedDescription)) }
            // The umask cannot widen 0700, but set it exactly all the same.
            guard chmod(path, 0o700) == 0, lstat(path, &status) == 0 else {
                throw CLIError.input(.Files.keysCannotChmod(path, OutputFile.system(errno)))
            }
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: throw CLIError.input(.Files.keysLink(path))
        default: throw CLIError.input(.Files.keysNotFolder(path))
        }
        guard status.st_uid == geteuid() else {
            throw CLIError.input(.Files.keysForeign(path))
        }
        let permissions = status.st_mode & 0o777
        guard permissions & 0o077 == 0 else {
            throw CLIError.input(.Files.keysOpen(path, mode: "0" + String(permissions, radix: 8)))
        }
    }
}
