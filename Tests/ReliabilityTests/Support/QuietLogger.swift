import Logging

/// The store's logger for in-process stores: warnings only (thousands of ingests would fill the log at info).
enum QuietLogger {
    static var logger: Logger {
        var logger = Logger(label: "foodtrace.reliability")
        logger.logLevel = .warning
        return logger
    }
}
