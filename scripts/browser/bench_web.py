#!/usr/bin/env python3
"""The web rows of scripts/bench --only hub: one JSON metric per line.

- slip-page-first-load-bytes: what a phone downloads on its first visit (the page, its two scripts and style, the trust
  bundle; gzip as a browser asks), goal ≤ 100 KB;
- slip-page-verify-ms: the page's own measure (performance.now() around decoding, hashing and the WebCrypto Ed25519
  check) in headless Chromium, median of 20 loads, beside the same check by `foodtrace slip verify` in process
  (`foodtrace-bench slip-verify`, --verify-in-process); slip-verify-command-ms: the whole command, process start
  included; slip-page-verify-sealed-ms (with --sealed-url): the same measure for a slip of a sealed batch of 1,000
  (its path of ten hashes walked with WebCrypto SHA-256, the head's Ed25519 signature), beside the normal slip's;
- console-<page>-server-ms-p95: the console's server time (the Server-Timing header) over --pages requests of each
  page (search, trace, findings of --period, the period report download, recall board, drill history), goal
  ≤ 200 ms. The findings and the report are gathered once per month and scope while the store is unchanged: the
  first request's time (the audits of the month) is in the note.
"""

import argparse
import json
import statistics
import subprocess
import time
import urllib.request

from browser import driver


def fetch(url, token=None, gzip=True):
    request = urllib.request.Request(url)
    if gzip:
        request.add_header("Accept-Encoding", "gzip")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request) as answer:
        return answer.read(), dict(answer.headers)


def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def page_verify_times(browser, url, loads=20):
    """The page's own verification time (its performance.now() measure) over `loads` loads of `url`."""
    times = []
    for _ in range(loads):
        browser.get("about:blank")
        browser.get(url)
        for _ in range(400):
            if browser.execute_script("return document.body && document.body.dataset.done") == "yes":
                break
            time.sleep(0.01)
        value = browser.execute_script("return document.body.dataset.verifyMs")
        if value:
            times.append(float(value))
    return times


def main():
    parser = argparse.ArgumentParser()
    for name in ("hub", "scale", "slip-url", "slip", "token", "party", "verify-command", "verify-in-process"):
        parser.add_argument("--" + name, required=True)
    parser.add_argument("--sealed-url", help="the address of a slip of a sealed batch, for the sealed row")
    parser.add_argument("--period", default="2026-11")
    parser.add_argument("--pages", type=int, default=40)
    args = parser.parse_args()

    parts = {path: len(fetch(args.hub + path)[0]) for path in ("/s", "/s/slip.js", "/s/slip-deflate.js", "/s/slip.css", "/s/bundle.json")}
    total = sum(parts.values())
    bundle = json.loads(fetch(args.hub + "/s/bundle.json", gzip=False)[0])
    print(json.dumps({"name": "slip-page-first-load-bytes", "value": total, "unit": "bytes", "scale": args.scale,
                      "goal": "≤ 100 KB", "met": total <= 100_000,
                      "note": ", ".join(f"{p} {n}" for p, n in parts.items())
                              + f" (the served responses, gzip; the bundle of this store: {len(bundle.get('parties', []))}"
                              " parties; the worker script comes after)"}))

    browser = driver(360, 740)
    try:
        times = page_verify_times(browser, args.slip_url)
        sealed = page_verify_times(browser, args.sealed_url) if args.sealed_url else []
    finally:
        browser.quit()
    cli = []
    for _ in range(10):
        start = time.perf_counter()
        subprocess.run(args.verify_command.split() + [args.slip_url], capture_output=True, check=False)
        cli.append((time.perf_counter() - start) * 1000)
    answer = subprocess.run(args.verify_in_process.split() + ["--url", args.slip_url], capture_output=True,
                            text=True, check=False)
    in_process = json.loads(answer.stdout.strip().splitlines()[-1]) if answer.returncode == 0 else {"value": -1}
    print(answer.stdout.strip())
    median = statistics.median(times) if times else -1
    print(json.dumps({"name": "slip-page-verify-ms", "value": round(median, 2), "unit": "ms", "scale": args.scale,
                      "goal": "≤ 50 ms", "met": 0 <= median <= 50, "baseline": in_process["value"],
                      "baselineName": "the same check by foodtrace slip verify in process (foodtrace-bench slip-verify)",
                      "note": f"headless Chromium, performance.now() in the page, {len(times)} loads, "
                              f"max {max(times) if times else -1:.2f} ms"}))
    if args.sealed_url:
        value = statistics.median(sealed) if sealed else -1
        print(json.dumps({"name": "slip-page-verify-sealed-ms", "value": round(value, 2), "unit": "ms",
                          "scale": args.scale, "goal": "≤ 50 ms", "met": 0 <= value <= 50,
                          "baseline": round(median, 2), "baselineName": "slip-page-verify-ms (a normal slip), same run",
                          "note": f"a slip of a sealed batch of 1,000 (path of 10 hashes), headless Chromium, "
                                  f"{len(sealed)} loads, max {max(sealed) if sealed else -1:.2f} ms"}))
    print(json.dumps({"name": "slip-verify-command-ms", "value": round(statistics.median(cli), 2), "unit": "ms",
                      "scale": args.scale,
                      "note": "foodtrace slip verify, the whole command (process start included), median of 10"}))

    scope = f"period={args.period}"
    pages = {"search": f"/console?q={args.party}", "trace": f"/console/trace/{args.slip}?dir=up",
             "findings": f"/console/findings?{scope}", "report": f"/console/report?{scope}",
             "recalls": "/console/recalls", "drills": f"/console/drills?{scope}"}
    for name, path in pages.items():
        server = []
        for _ in range(args.pages):
            _, headers = fetch(args.hub + path, token=args.token, gzip=False)
            timing = headers.get("Server-Timing", "render;dur=-1")
            server.append(float(timing.split("dur=")[1]))
        value = p95(server)
        print(json.dumps({"name": f"console-{name}-server-ms-p95", "value": round(value, 2), "unit": "ms",
                          "scale": args.scale, "goal": "≤ 200 ms", "met": 0 <= value <= 200,
                          "note": f"{args.pages} requests of {path}, Server-Timing; p50 {statistics.median(server):.2f}"
                                  f" ms; first {server[0]:.2f} ms"}))


if __name__ == "__main__":
    main()
