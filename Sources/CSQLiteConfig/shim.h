// Process-wide SQLite settings that only C can make: sqlite3_config is variadic, which Swift cannot call.
#include <sqlite3.h>

// Turns off SQLite's memory statistics, which take a global mutex around every allocation SQLite makes (about
// two dozen per record ingested). Only possible before SQLite is first used in the process; returns SQLITE_OK,
// or SQLITE_MISUSE when it was too late (the statistics then stay on, and nothing else changes).
static inline int foodtrace_sqlite_memory_statistics_off(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
