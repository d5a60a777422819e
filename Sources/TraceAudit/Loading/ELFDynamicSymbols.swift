#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The names a 64-bit little-endian ELF shared object defines in its dynamic symbol table (`.dynsym`), read from the
/// file without loading it: no constructor of the library runs.
///
/// The plugin loader reads it before `dlopen` so that a library that is not a FoodTrace plugin is refused unread by
/// the dynamic linker. Only what that needs is read: the ELF header, the section headers, the `SHT_DYNSYM` section and
/// the string table it links to; every offset is checked against the file's size.
enum ELFDynamicSymbols {
    /// Why a file's dynamic symbols cannot be read.
    struct Unreadable: Error {
        var reason: String
    }

    /// The defined (not undefined) global or weak symbol names whose names start with `prefix`.
    static func defined(in path: String, prefix: String) throws(Unreadable) -> [String] {
        let bytes = try read(path)
        guard bytes.count >= 64, bytes[0] == 0x7F, bytes[1] == 0x45, bytes[2] == 0x4C, bytes[3] == 0x46 else {
            throw Unreadable(reason: "invalid ELF header")
        }
        guard bytes[4] == 2, bytes[5] == 1 else { throw Unreadable(reason: "not a 64-bit little-endian ELF file") }
        guard integer(bytes, 16, 2) == 3 else { throw Unreadable(reason: "not an ELF shared object (ET_DYN)") }
        let sectionTable = integer(bytes, 0x28, 8)
        let sectionSize = integer(bytes, 0x3A, 2)
        let sectionCount = integer(bytes, 0x3C, 2)
        guard sectionCount > 0, sectionSize >= 64, sectionTable + sectionSize * sectionCount <= bytes.count else {
            throw Unreadable(reason: "its section headers are missing or cut short")
        }
        func section(_ index: Int) -> (type: Int, offset: Int, size: Int, link: Int, entrySize: Int) {
            let base = sectionTable + index * sectionSize
            return (
                integer(bytes, base + 4, 4), integer(bytes, base + 0x18, 8), integer(bytes, base + 0x20, 8),
                integer(bytes, base + 0x28, 4), integer(bytes, base + 0x38, 8)
            )
        }
        guard let dynsym = (0..<sectionCount).map(section).first(where: { $0.type == 11 }) else {
            throw Unreadable(reason: "it has no dynamic symbol table")
        }
        guard dynsym.entrySize >= 24, dynsym.link < sectionCount, dynsym.offset + dynsym.size <= bytes.count else {
            throw Unreadable(reason: "its dynamic symbol table is damaged")
        }
        let strings = section(dynsym.link)
        guard strings.type == 3, strings.offset + strings.size <= bytes.count else {
            throw Unreadable(reason: "its dynamic string table is damaged")
        }
        let wanted = Array(prefix.utf8)
        var names: [String] = []
        for index in 1..<max(1, dynsym.size / dynsym.entrySize) {
            let entry = dynsym.offset + index * dynsym.entrySize
            let binding = Int(bytes[entry + 4]) >> 4
            // Defined (section index not SHN_UNDEF), global (1) or weak (2).
            guard integer(bytes, entry + 6, 2) != 0, binding == 1 || binding == 2 else { continue }
            let start = strings.offset + integer(bytes, entry, 4)
            guard start < strings.offset + strings.size else { continue }
            var end = start
            while end < strings.offset + strings.size, bytes[end] != 0 { end += 1 }
            if bytes[start..<end].starts(with: wanted) {
                names.append(String(decoding: bytes[start..<end], as: UTF8.self))
            }
        }
        return names
    }

    /// A little-endian unsigned integer of `size` bytes at `offset` (0 past the end).
    private static func integer(_ bytes: [UInt8], _ offset: Int, _ size: Int) -> Int {
        guard offset >= 0, offset + size <= bytes.count else { return 0 }
        var value = 0
        for index in (0..<size).reversed() { value = value << 8 | Int(bytes[offset + index]) }
        return value
    }

    /// The whole file (a plugin is a few MB at most; larger than 512 MB is refused).
    private static func read(_ path: String) throws(Unreadable) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { throw Unreadable(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size <= 512 << 20 else {
            throw Unreadable(reason: "the file is too large to be a plugin")
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + done, $0.count - done, off_t(done))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw Unreadable(reason: "cannot read the file") }
            done += count
        }
        return bytes
    }
}
