import Foundation

/// Attacks through the files FoodTrace writes (issue #10, item 6): every writer pointed at what it must never
/// replace — an existing file without `--force`; with `--force` the store, a key file, a folder, a symbolic link (to a
/// file, to the store, to nowhere). Each is refused with exit 2 and the target exactly as it was.
extension SurfaceCases {
    func outputFiles() throws -> [(attacker: String, attempts: [SurfaceAttempt])] {
        let fm = FileManager.default
        try directory.write("report.txt", Array("a report someone keeps\n".utf8))
        try directory.write("kept.txt", Array("a file a link points to\n".utf8))
        try fm.createDirectory(atPath: directory.file("folder"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: directory.file("to-file"), withDestinationPath: "kept.txt")
        try fm.createSymbolicLink(atPath: directory.file("to-store"), withDestinationPath: store)
        try fm.createSymbolicLink(atPath: directory.file("to-key"), withDestinationPath: regulatorKey)
        try fm.createSymbolicLink(atPath: directory.file("to-nowhere"), withDestinationPath: "planted.txt")

        let writers: [(String, [String])] = [
            ("export records", ["export", "records"]),
            ("export epcis", ["export", "epcis"]),
            ("export fsma204", ["export", "fsma204"]),
            ("trust export", ["trust", "export", "--key", regulatorKey]),
            ("audit run", ["audit", "run", "--format", "json"]),
        ]
        // (target, --force given, what must stay as it was, what the refusal says)
        let targets: [(String, Bool, [String], String)] = [
            ("report.txt", false, ["report.txt"], "already exists; pass --force"),
            (store, true, [store], "is a FoodTrace store"),
            (regulatorKey, true, [regulatorKey], "holds a key"),
            ("folder", true, ["folder"], "is a folder"),
            ("to-file", true, ["to-file", "kept.txt"], "symbolic link"),
            ("to-store", true, ["to-store", store], "symbolic link"),
            ("to-key", true, ["to-key", regulatorKey], "symbolic link"),
            ("to-nowhere", true, ["to-nowhere", "planted.txt"], "symbolic link"),
        ]
        var owner: [SurfaceAttempt] = []
        var planted: [SurfaceAttempt] = []
        for (writer, arguments) in writers {
            for (target, force, unchanged, phrase) in targets {
                let attempt = refused(
                    "\(writer) --out \(target)\(force ? " --force" : "")",
                    arguments + ["--out", target] + (force ? ["--force"] : []),
                    phrases: ["--out \(target)"] + (phrase.isEmpty ? [] : [phrase]), unchanged: unchanged)
                if target.hasPrefix("to-") { planted.append(attempt) } else { owner.append(attempt) }
            }
        }
        // `keys new` has no --force: a new key is never written over anything.
        for (target, _, unchanged, _) in targets {
            let attempt = refused(
                "keys new --out \(target)", ["keys", "new", "--party", "FARM-510112-999", "--out", target],
                phrases: ["--out \(target): already exists; a new key is never written over a file or through a link"],
                unchanged: unchanged)
            if target.hasPrefix("to-") { planted.append(attempt) } else { owner.append(attempt) }
        }
        // Control: the same writer with --force replaces an ordinary file of its own.
        try expectOK(["export", "records", "--out", "own.jsonl"])
        try expectOK(["export", "records", "--out", "own.jsonl", "--force"])
        return [("local user", owner), ("planted link", planted)]
    }
}
