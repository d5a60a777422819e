/*
 * foodtrace_plugin.h: the C ABI between `foodtrace` and an audit plugin loaded from a shared library.
 *
 * ABI version 1. The contract in prose, with the JSON messages, is schemas/plugin-abi.md.
 *
 * A plugin library exports one function, FOODTRACE_PLUGIN_ENTRY_V1 ("foodtrace_audit_plugin_v1"),
 * returning a table that stays valid for the life of the process. Every table of every ABI version
 * starts with `uint32_t abi_version`, so a host reads that field first and refuses a table it does not
 * speak before touching anything else.
 *
 * Only C types and UTF-8 JSON text cross this boundary. Strings are NUL-terminated; a string is
 * freed by the side that allocated it, through that side's `free_string`.
 */
#ifndef FOODTRACE_PLUGIN_H
#define FOODTRACE_PLUGIN_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The ABI version this header describes. */
#define FOODTRACE_PLUGIN_ABI_VERSION 1u

/** The name of the entry point a version-1 plugin exports. */
#define FOODTRACE_PLUGIN_ENTRY_V1 "foodtrace_audit_plugin_v1"

/**
 * What the host lends a plugin for one `run`: read-only queries over the store, as JSON.
 *
 * Valid only during the `run` call it is passed to, and only on the thread that called `run`.
 */
typedef struct foodtrace_host {
    /** FOODTRACE_PLUGIN_ABI_VERSION of the host. */
    uint32_t abi_version;
    /** Opaque; pass it back to `query` and `free_string`. */
    void *context;
    /**
     * Answers one query. `request` is a JSON object `{"method": "...", ...}`; the answer is
     * `{"result": ...}` or `{"error": "message"}`. Never returns NULL. Free the answer with
     * `free_string`.
     */
    char *(*query)(void *context, const char *request);
    /** Frees a string returned by `query`. */
    void (*free_string)(void *context, char *string);
} foodtrace_host;

/** What a version-1 plugin exports. */
typedef struct foodtrace_plugin_v1 {
    /** Must be 1. Always the first field, in every ABI version. */
    uint32_t abi_version;
    /** Opaque plugin state, passed back to every function below. */
    void *context;
    /**
     * The manifest: `{"name": ..., "version": ..., "rules": [...]}`. Free with `free_string`.
     */
    char *(*manifest)(void *context);
    /**
     * Runs the audit. `request` is `{"now": ms, "scope": {...}, "parameters": {...}}`; the answer is
     * `{"findings": [...]}` or `{"error": "message"}`. Never returns NULL. Free with `free_string`.
     */
    char *(*run)(void *context, const foodtrace_host *host, const char *request);
    /** Frees a string returned by `manifest` or `run`. */
    void (*free_string)(void *context, char *string);
} foodtrace_plugin_v1;

/** The type of the entry point: returns the plugin's table (never freed by the host). */
typedef const foodtrace_plugin_v1 *(*foodtrace_plugin_entry_v1)(void);

#ifdef __cplusplus
}
#endif

#endif /* FOODTRACE_PLUGIN_H */
