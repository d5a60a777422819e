/*
 * census.c: an audit plugin in plain C, against foodtrace_plugin.h alone (ABI 1, schemas/plugin-abi.md).
 *
 * One rule, `c-census/party-count`: an info finding counting the registered parties the host's `parties` query
 * returns. It shows the whole contract: the entry point returning a static table, the manifest, a run that queries
 * the host and frees the answer with the host's free_string, and strings the host frees with this plugin's.
 *
 *   cc -shared -fPIC -Wall -Werror -I ../../Sources/CFoodTracePlugin/include -o libcensus.so census.c
 *   foodtrace audit --plugin-path ./libcensus.so --plugin c-census
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "foodtrace_plugin.h"

static char *manifest(void *context) {
    (void)context;
    return strdup("{\"name\":\"c-census\",\"version\":\"1.0.0\",\"abi\":1,\"rules\":[{\"id\":\"party-count\","
                  "\"title\":\"登记主体数\",\"titleEnglish\":\"Registered parties\",\"severity\":\"info\","
                  "\"source\":\"食品经营许可和备案管理办法 (2023)\",\"parameters\":[]}]}");
}

static char *run(void *context, const foodtrace_host *host, const char *request) {
    (void)context;
    (void)request;
    char *answer = host->query(host->context, "{\"method\":\"parties\"}");
    if (strncmp(answer, "{\"error\"", 8) == 0) {
        host->free_string(host->context, answer);
        return strdup("{\"error\":\"the host could not list the parties\"}");
    }
    int parties = 0;
    for (const char *p = answer; (p = strstr(p, "\"role\":")) != NULL; p++) parties++;
    host->free_string(host->context, answer);
    char *out = malloc(256);
    if (out == NULL) return NULL;
    snprintf(out, 256,
             "{\"findings\":[{\"rule\":\"c-census/party-count\",\"severity\":\"info\","
             "\"subject\":\"store\",\"message\":\"%d parties\",\"evidence\":[]}]}",
             parties);
    return out;
}

static void free_string(void *context, char *string) {
    (void)context;
    free(string);
}

static const foodtrace_plugin_v1 plugin = {FOODTRACE_PLUGIN_ABI_VERSION, NULL, manifest, run, free_string};

const foodtrace_plugin_v1 *foodtrace_audit_plugin_v1(void) { return &plugin; }
