/*
 * A plugin as built against ABI 1 before rule parameters had types: its manifest's parameters carry only name,
 * defaultValue and description. Frozen: it stands for plugin libraries already built and deployed, which a newer
 * foodtrace must still load and run (PluginCompatibilityTests). Do not update it to newer messages.
 *
 * Rule `legacy/receipt-count`: a warning when the store holds more receipts than the parameter `max` (default 1000).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "foodtrace_plugin.h"

static char *manifest(void *context) {
    (void)context;
    return strdup("{\"name\":\"legacy\",\"version\":\"0.9.0\",\"abi\":1,\"rules\":[{\"id\":\"receipt-count\","
                  "\"title\":\"收货记录数\",\"titleEnglish\":\"Receipts held\",\"severity\":\"warning\","
                  "\"source\":\"ABI 1 compatibility fixture\",\"parameters\":[{\"name\":\"max\",\"defaultValue\":\"1000\","
                  "\"description\":\"Most receipts before a warning.\"}]}]}");
}

/* The override of receipt-count.max in the run request, else the default. */
static long limit(const char *request) {
    const char *key = strstr(request, "\"receipt-count.max\":\"");
    return key == NULL ? 1000 : strtol(key + strlen("\"receipt-count.max\":\""), NULL, 10);
}

static char *run(void *context, const foodtrace_host *host, const char *request) {
    (void)context;
    char *answer = host->query(host->context, "{\"method\":\"receipts\"}");
    int receipts = 0;
    for (const char *p = answer; (p = strstr(p, "\"receiverRole\":")) != NULL; p++) receipts++;
    host->free_string(host->context, answer);
    long max = limit(request);
    char *out = malloc(512);
    if (out == NULL) return NULL;
    if (receipts > max) {
        snprintf(out, 512,
                 "{\"findings\":[{\"rule\":\"legacy/receipt-count\",\"severity\":\"warning\",\"subject\":\"store\","
                 "\"message\":\"%d receipts, more than %ld\",\"evidence\":[]}]}",
                 receipts, max);
    } else {
        snprintf(out, 512, "{\"findings\":[]}");
    }
    return out;
}

static void free_string(void *context, char *string) {
    (void)context;
    free(string);
}

static const foodtrace_plugin_v1 plugin = {1, NULL, manifest, run, free_string};

const foodtrace_plugin_v1 *foodtrace_audit_plugin_v1(void) { return &plugin; }
