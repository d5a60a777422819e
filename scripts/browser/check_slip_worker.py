#!/usr/bin/env python3
"""A phone that opened the slip page under an older hub gets the new page files after the hub is upgraded
(see SlipPageRulesTests.swift): the service worker's cache is named after the files the hub serves.

Usage: check_slip_worker.py before|after SPEC.json
SPEC: {"profile": DIR (kept between the phases), "port": the hub's port, "url": a genuine slip's address on it,
"old": DIR holding the previous release's files by path (s/index.html for /s, s/slip.js, …, s/sw.js naming its cache
"oldCache"),
"oldCache": that name, "marker": text only the previous release's slip.js holds, "cache": the name the running hub's
worker gives its cache}

before: serves the previous release from DIR on the port (the hub stopped), opens the slip: 真, and the worker keeps
the previous release's files in its cache. after (the new hub on the same port): opens the slip again; the browser
fetches the new worker, which caches the new files under the new name and deletes the old cache on activation.
Prints one line per problem and "N passed, N failed"; exit 1 when a check failed.
"""

import http.server
import json
import os
import sys
import threading
import time

from browser import driver
from check_slip_page import check, counts, open_slip

TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json"}

CACHES = """
const done = arguments[arguments.length - 1];
(async () => {
  const result = {};
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    const script = await cache.match('/s/slip.js');
    result[name] = { paths: (await cache.keys()).map((r) => new URL(r.url).pathname),
      script: script ? await script.text() : null };
  }
  return result;
})().then(done, (e) => done({ error: String(e) }));
"""


def caches_when(browser, ready, timeout=30):
    """The origin's caches ({name: {paths, script}}) once `ready(caches)` holds, or as they are at the timeout."""
    browser.set_script_timeout(30)
    deadline = time.time() + timeout
    while True:
        found = browser.execute_async_script(CACHES)
        if ready(found) or time.time() > deadline:
            return found
        time.sleep(0.2)


def serve_previous_release(folder, port):
    """The previous release's files on the hub's port, as the hub served them (the worker allowed at /s)."""
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            path = self.path.split("?")[0].split("#")[0].lstrip("/")
            path = "s/index.html" if path == "s" else path
            file = os.path.join(folder, path)
            if not path or not os.path.isfile(file):
                self.send_error(404)
                return
            body = open(file, "rb").read()
            self.send_response(200)
            self.send_header("Content-Type", TYPES.get(os.path.splitext(path)[1], "text/html; charset=utf-8"))
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Content-Length", str(len(body)))
            if path == "s/sw.js":
                self.send_header("Service-Worker-Allowed", "/s")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *arguments):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def before(spec):
    server = serve_previous_release(spec["old"], spec["port"])
    browser = driver(360, 740, user_data_dir=spec["profile"])
    try:
        page = open_slip(browser, spec["url"])
        check(page["verdict"] == "genuine", f"previous release: genuine ({page['verdict']}, {page['why']})")
        old = spec["oldCache"]
        found = caches_when(browser, lambda c: old in c and spec["marker"] in (c[old]["script"] or ""))
        check(list(found) == [old], f"previous release: one cache, {old} ({list(found)})")
        check(spec["marker"] in ((found.get(old) or {}).get("script") or ""),
              "previous release: its slip.js is the one cached")
    finally:
        browser.quit()
        server.shutdown()
        server.server_close()


def after(spec):
    browser = driver(360, 740, user_data_dir=spec["profile"])
    new = spec["cache"]
    try:
        page = open_slip(browser, spec["url"])
        check(page["verdict"] == "genuine", f"upgraded hub: genuine ({page['verdict']}, {page['why']})")
        found = caches_when(browser, lambda c: list(c) == [new] and len(c[new]["paths"]) >= 5)
        check(spec["oldCache"] not in found, f"the previous release's cache is deleted ({list(found)})")
        check(list(found) == [new], f"one cache, named after the served files: {new} ({list(found)})")
        cached = found.get(new, {})
        check(set(cached.get("paths", [])) >= {"/s", "/s/slip.js", "/s/slip-deflate.js", "/s/slip.css",
                                                "/s/bundle.json"}, f"the new files cached ({cached.get('paths')})")
        check(spec["marker"] not in (cached.get("script") or spec["marker"]),
              "the cached slip.js is the upgraded hub's, not the previous release's")
        # And the page now runs from the new cache with the network gone.
        browser.execute_cdp_cmd("Network.enable", {})
        browser.execute_cdp_cmd("Network.emulateNetworkConditions",
                                {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        offline = open_slip(browser, spec["url"])
        check(offline["verdict"] == "genuine", f"upgraded and offline: genuine ({offline['verdict']}, {offline['why']})")
    finally:
        browser.quit()


def main():
    phase, spec = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
    {"before": before, "after": after}[phase](spec)
    passed, failed = counts()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
