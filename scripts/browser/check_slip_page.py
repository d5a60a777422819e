#!/usr/bin/env python3
"""The shopper's slip page in headless Chromium at phone size, against a running hub (see SlipPageTests.swift).

Usage: check_slip_page.py online|verdicts|offline|merkle|deflate SPEC.json
SPEC: {"profile": DIR (shared by all phases: the service worker's cache lives there), "cases": [{"name", "url",
"verdict": "genuine"|"fake"|"unknown", "why": text the reason must contain, optional "facts": text the sale's
facts must contain online and offline, optional "log": the log box's state online}], "recalled": URL, "clean": URL,
"shots": DIR, "references": DIR, "record": bool}

online: every case's verdict; the recall banner on the recalled slip and not on the clean one; English on request;
the message with JavaScript off; only same-origin requests; the service worker installed with the bundle cached;
screenshots at 360 and 1280 px compared with the references. offline (the hub stopped): every case's verdict again,
from the service worker's cache, and the page says it is offline. verdicts: every case's verdict online and the
service worker installed, nothing else (for a hub without the demo's recall; run offline after it). merkle: the
page's RFC 9162 code (pathLength, merkleRoot: what a sealed slip's check walks) against the independent tree of
SPEC "rfc9162" (the tests' python reference, written from the RFC's text) for every leaf of trees of 1 to 70 leaves and
leaves of larger ones, and tampered paths (a byte changed, a hash left out, one too many, the leaf moved) refused.
deflate: the page's zlib (slip-deflate.js, which a slip's container is checked against) against this machine's zlib at
level 9, byte for byte, on 264 inputs from 1 byte to 8 KiB.
Prints "measure: NAME VALUE" lines, one line per problem and "N passed, N failed"; exit 1 when a check failed.
"""

import json
import os
import sys
import time

from browser import driver, png_pixels

passed, failed = 0, 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {what}")


def open_slip(browser, url, timeout=20):
    browser.get("about:blank")
    browser.get(url)
    deadline = time.time() + timeout
    while time.time() < deadline:
        if browser.execute_script("return document.body && document.body.dataset.done") == "yes":
            break
        time.sleep(0.05)
    return browser.execute_script(
        "const b = document.body; return {verdict: b.dataset.verdict || '', ms: b.dataset.verifyMs || '',"
        " why: (document.getElementById('why') || {}).textContent || '', word: document.getElementById('word').textContent,"
        " recall: !document.getElementById('recall').hidden, recallText: document.getElementById('recall').textContent,"
        " note: document.getElementById('note').textContent, rows: document.querySelectorAll('#facts tr').length,"
        " facts: document.getElementById('facts').textContent, width: document.documentElement.scrollWidth,"
        " log: document.getElementById('log').dataset.state || ''}")


def run_cases(browser, spec, phase):
    for case in spec["cases"]:
        page = open_slip(browser, case["url"])
        name = f"{phase} {case['name']}"
        check(page["verdict"] == case["verdict"], f"{name}: verdict {page['verdict']!r} ({page['why']})")
        check(case.get("why", "") in page["why"], f"{name}: reason contains {case.get('why')!r} ({page['why']}) {case['url'] if os.environ.get('DEBUG_URL') else ''}")
        check(page["width"] <= 360, f"{name}: nothing wider than the phone ({page['width']} px)")
        if case.get("facts"):
            check(case["facts"] in page["facts"], f"{name}: facts contain {case['facts']!r} ({page['facts'][:300]})")
        if case.get("log") and phase == "online":
            check(page["log"] == case["log"], f"{name}: log state {page['log']!r}, expected {case['log']!r}")
        if case["verdict"] == "genuine":
            check(page["rows"] >= 7, f"{name}: the sale's facts shown ({page['rows']} rows)")
            print(f"measure: verify_ms_{phase}_{case['name']} {page['ms']}")
            if phase == "offline":
                check("离线" in page["note"], f"{name}: says it is offline ({page['note']!r})")


def wait_for_worker(browser):
    script = """
const done = arguments[arguments.length - 1];
navigator.serviceWorker.ready.then(async () => {
  for (let i = 0; i < 100; i++) {
    // The worker's one cache, named after the files the hub serves (SlipPageAssets.swift).
    const name = (await caches.keys()).find((n) => n.startsWith('foodtrace-slip-'));
    const keys = name ? (await (await caches.open(name)).keys()).map(r => new URL(r.url).pathname) : [];
    if (['/s', '/s/slip.js', '/s/slip-deflate.js', '/s/slip.css', '/s/bundle.json'].every(k => keys.includes(k))) {
      return done(keys);
    }
    await new Promise(r => setTimeout(r, 100));
  }
  done([]);
}).catch(e => done([]));
"""
    browser.set_script_timeout(30)
    return browser.execute_async_script(script)


def screenshot(browser, url, width, spec, name):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    open_slip(browser, url)
    # The bundle's age changes with the clock: masked, like the timing.
    browser.execute_script("document.getElementById('bundle').textContent = '';"
                           "document.getElementById('timing').textContent = '';")
    time.sleep(0.2)
    save_and_compare(browser, spec, name, width)


def save_and_compare(browser, spec, name, width):
    """Saves the viewport as NAME-WIDTH.png in the shots folder and compares it with the reference (recording it
    when asked, or when there is none: a missing reference fails)."""
    shot = os.path.join(spec["shots"], f"{name}-{width}.png")
    browser.save_screenshot(shot)
    reference = os.path.join(spec["references"], f"{name}-{width}.png")
    if spec.get("record") or not os.path.exists(reference):
        with open(shot, "rb") as source, open(reference, "wb") as target:
            target.write(source.read())
        check(spec.get("record", False), f"{name} at {width} px: no reference, recorded {reference}")
        return
    compare(shot, reference, f"{name} at {width} px")


def counts():
    return passed, failed


def compare(shot, reference, what, tolerance=0.01):
    (w1, h1, a), (w2, h2, b) = png_pixels(open(shot, "rb").read()), png_pixels(open(reference, "rb").read())
    if (w1, h1) != (w2, h2):
        check(False, f"{what}: size {w1}x{h1} differs from the reference's {w2}x{h2}")
        return
    differing = sum(1 for p, q in zip(a, b) if max(abs(x - y) for x, y in zip(p, q)) > 48)
    share = differing / max(1, w1 * h1)
    print(f"measure: screenshot_diff {what.replace(' ', '_')} {share:.4f}")
    check(share <= tolerance, f"{what}: {share:.2%} of pixels differ from the reference (tolerance {tolerance:.0%})")


def online(spec):
    browser = driver(360, 740, user_data_dir=spec["profile"])
    try:
        run_cases(browser, spec, "online")
        genuine = spec["cases"][0]["url"]
        keys = wait_for_worker(browser)
        check(len(keys) >= 5, f"service worker installed with the page and the bundle cached ({keys})")
        recalled = open_slip(browser, spec["recalled"])
        check(recalled["verdict"] == "genuine" and recalled["recall"] and "召回" in recalled["recallText"],
              f"recalled slip: genuine with the red recall banner ({recalled['verdict']}, {recalled['recallText']!r})")
        clean = open_slip(browser, spec["clean"])
        check(clean["verdict"] == "genuine" and not clean["recall"], "clean slip: no recall banner")
        check("产地" in clean["facts"] and "品名" in clean["facts"], f"online: product and origin shown ({clean['facts'][:200]})")
        english = open_slip(browser, genuine.replace("/s#", "/s?lang=en#"))
        check(english["word"] == "Genuine" and "Quantity" in english["facts"], f"English on request ({english['word']})")
        back = open_slip(browser, genuine)
        check(back["word"] == "真", f"Chinese by default ({back['word']})")
        if spec.get("witness"):
            log_checks(browser, spec)
        origins = browser.execute_script(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).origin)"
            ".concat([location.origin]).filter(o => o !== location.origin)")
        check(not origins, f"only this origin is asked ({origins})")
        sizes = browser.execute_script(
            "browser_entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));"
            "return browser_entries.map(e => [new URL(e.name).pathname, e.encodedBodySize, e.transferSize])")
        print("measure: resources " + json.dumps(sizes))
        for name in ("slip",):
            for width in (360, 1280):
                screenshot(browser, genuine, width, spec, name)
        screenshot(browser, spec["recalled"], 360, spec, "slip-recalled")
    finally:
        browser.quit()
    nojs = driver(360, 740, javascript=False)
    try:
        nojs.get(spec["cases"][0]["url"])
        text = nojs.find_element("tag name", "body").text
        check("需要启用 JavaScript" in text and "needs JavaScript" in text, f"JavaScript off: a clear message ({text[:200]!r})")
    finally:
        nojs.quit()


LOG_NEAR_MISSES = """
const done = arguments[arguments.length - 1];
(async () => {
  const m = await import('/s/slip.js');
  const bundle = await (await fetch('/s/bundle.json')).json();
  const sale = await m.check(location.hash.slice(1), bundle);
  const real = (path) => fetch(path, { cache: 'no-store' });
  // A hub's answer changed by `change(path, json)` before the page reads it.
  const tweak = (change) => async (path) => {
    const json = await (await real(path)).json();
    change(path, json);
    return new Response(JSON.stringify(json), { status: 200 });
  };
  const flip = (hash) => hash.slice(0, -1) + (hash.endsWith('0') ? '1' : '0');
  const proof = (change) => tweak((p, j) => { if (p.includes('/proof/')) change(j); });
  const heads = (change) => tweak((p, j) => { if (p.includes('/heads/')) change(j); });
  const results = { real: await m.logCheck(sale, bundle, real) };
  results.otherIndex = await m.logCheck(sale, bundle, proof((j) => { j.index = j.index ^ 1; }));
  results.pathChanged = await m.logCheck(sale, bundle, proof((j) => { j.path[0] = flip(j.path[0]); }));
  results.pathShort = await m.logCheck(sale, bundle, proof((j) => { j.path.pop(); }));
  results.leafChanged = await m.logCheck(sale, bundle, proof((j) => { j.leafHash = flip(j.leafHash); }));
  results.headResigned = await m.logCheck(sale, bundle, heads((j) => { j.head.timestamp += 1; }));
  results.rootChanged = await m.logCheck(sale, bundle, heads((j) => { j.head.root = flip(j.head.root); }));
  results.cosignatureAltered = await m.logCheck(sale, bundle, heads((j) => {
    for (const c of j.cosignatures) c.timestamp += 1;
  }));
  results.notAnchor = await m.logCheck(sale, bundle, heads((j) => {
    for (const c of j.cosignatures) c.key.id = 'k-0000000000000000';
  }));
  return results;
})().then(done, (e) => done({ error: String(e) }));
"""


def log_checks(browser, spec):
    """The slip's record in the hub's transparency log, checked in the page against a head co-signed by the
    regulator (a witness of the bundle's anchors); then the same check given answers one step wrong."""
    genuine = spec["cases"][0]["url"]
    open_slip(browser, genuine)
    log = browser.execute_script(
        "const l = document.getElementById('log'); return {hidden: l.hidden, state: l.dataset.state,"
        " witnesses: l.dataset.witnesses || '', text: l.textContent}")
    check(not log["hidden"] and log["state"] == "logged", f"log: the slip's record shown as logged ({log})")
    check(spec["witness"] in log["witnesses"].split(","), f"log: the head co-signed by the regulator ({log})")
    check("公开日志" in log["text"], f"log: said in Chinese ({log['text']!r})")
    browser.set_script_timeout(30)
    results = browser.execute_async_script(LOG_NEAR_MISSES)
    check("error" not in results, f"log near misses ran ({results.get('error')})")
    real = results.get("real", {})
    check(real.get("state") == "logged" and spec["witness"] in real.get("witnesses", []), f"log: the real answers ({real})")
    for name in ("otherIndex", "pathChanged", "pathShort", "leafChanged", "headResigned", "rootChanged"):
        check(results.get(name, {}).get("state") == "bad", f"log: {name} refused ({results.get(name)})")
    for name in ("cosignatureAltered", "notAnchor"):
        got = results.get(name, {})
        check(got.get("state") == "logged" and got.get("witnesses") == [], f"log: {name} counts no witness ({got})")


def verdicts(spec):
    browser = driver(360, 740, user_data_dir=spec["profile"])
    try:
        run_cases(browser, spec, "online")
        keys = wait_for_worker(browser)
        check(len(keys) >= 5, f"service worker installed with the page and the bundle cached ({keys})")
    finally:
        browser.quit()


MERKLE_VECTORS = """
const [vectors, done] = [arguments[0], arguments[arguments.length - 1]];
(async () => {
  const m = await import('/s/slip.js');
  const bytes = (h) => Uint8Array.from(h.match(/../g).map((x) => parseInt(x, 16)));
  const hex = (b) => (b ? [...b].map((x) => x.toString(16).padStart(2, '0')).join('') : null);
  const problems = [];
  let checked = 0;
  for (const v of vectors) {
    const path = v.path.map(bytes);
    const leaf = bytes(v.leaf);
    if (m.pathLength(v.index, v.size) !== path.length) problems.push(`pathLength ${v.index} of ${v.size}`);
    if (hex(await m.merkleRoot(leaf, v.index, v.size, path)) !== v.root) problems.push(`root of ${v.index}/${v.size}`);
    for (const t of v.tampered) {
      const got = hex(await m.merkleRoot(leaf, t.index, v.size, t.path.map(bytes)));
      if (got === v.root) problems.push(`tampered (${t.why}) ${v.index}/${v.size} accepted`);
    }
    checked++;
  }
  return { checked, problems: problems.slice(0, 20), count: problems.length };
})().then(done, (e) => done({ error: String(e) }));
"""


def merkle_vectors(reference):
    """Leaves, paths and roots from the independent tree, with tampered paths that must not reach the root."""
    sys.path.insert(0, os.path.dirname(reference))
    sys.dont_write_bytecode = True  # no __pycache__ left in the tests' folder
    import rfc9162
    vectors = []
    for size in list(range(1, 71)) + [255, 256, 257, 1000]:
        tree = rfc9162.Tree(size, size)
        root = tree.mth(0, size).hex()
        indices = range(size) if size <= 70 else [0, 1, size // 2, size - 2, size - 1]
        for index in indices:
            path = tree.path(index, 0, size)
            tampered = [{"why": "hash left out", "index": index, "path": path[:-1]}] if path else []
            tampered.append({"why": "a hash too many", "index": index, "path": path + [rfc9162.sha256(b"x")]})
            if path:
                changed = list(path)
                changed[len(path) // 2] = bytes([changed[len(path) // 2][0] ^ 1]) + changed[len(path) // 2][1:]
                tampered.append({"why": "a byte changed", "index": index, "path": changed})
            if index + 1 < size:
                tampered.append({"why": "leaf moved", "index": index + 1, "path": path})
            vectors.append({"size": size, "index": index, "leaf": rfc9162.hash_leaf(tree.leaves[index]).hex(),
                            "root": root, "path": [h.hex() for h in path],
                            "tampered": [dict(t, path=[h.hex() for h in t["path"]]) for t in tampered]})
    return vectors


def page_vectors(spec, name, script, vectors, agrees, **options):
    """Runs `script` in the slip page over `vectors`; every vector checked and none failing, or the run fails."""
    browser = driver(360, 740, **options)
    try:
        open_slip(browser, spec["cases"][0]["url"])
        browser.set_script_timeout(120)
        result = browser.execute_async_script(script, vectors)
    finally:
        browser.quit()
    check("error" not in result, f"{name} vectors ran ({result.get('error')})")
    check(result.get("checked") == len(vectors), f"every vector checked ({result.get('checked')} of {len(vectors)})")
    check(result.get("count") == 0, f"{agrees}: {result.get('problems')}")
    print(f"measure: {name}_vectors {len(vectors)}")


def merkle(spec):
    page_vectors(spec, "merkle", MERKLE_VECTORS, merkle_vectors(spec["rfc9162"]),
                 "the page's Merkle code agrees with RFC 9162", user_data_dir=spec["profile"])


DEFLATE_VECTORS = """
const [vectors, done] = [arguments[0], arguments[arguments.length - 1]];
(async () => {
  const m = await import('/s/slip-deflate.js');
  const hex = (b) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  const problems = [];
  for (const v of vectors) {
    const input = Uint8Array.from(v.input.match(/../g) || [], (x) => parseInt(x, 16));
    const got = hex(m.zlibLevel9(input));
    if (got !== v.zlib) problems.push(`${v.name}: ${got.slice(0, 40)}… is not zlib's ${v.zlib.slice(0, 40)}…`);
  }
  return { checked: vectors.length, problems: problems.slice(0, 20), count: problems.length };
})().then(done, (e) => done({ error: String(e) }));
"""


def deflate_vectors():
    """Inputs of the kinds a slip's fields are made of (random bytes, party ids, digits, runs) and of sizes from 1 byte
    to 8 KiB, with what this machine's zlib makes of them at level 9 (Python's zlib module is the system's libz, the
    one the CLI links)."""
    import random
    import zlib
    rng = random.Random(20261207)
    inputs = []
    for n in (1, 2, 3, 4, 5, 8, 16, 64, 161, 200, 258, 259, 300, 1000, 4096, 8192):
        inputs.append((f"random-{n}", bytes(rng.getrandbits(8) for _ in range(n))))
        inputs.append((f"alphabet-{n}", bytes(rng.choice(b"ABCD-0123") for _ in range(n))))
        inputs.append((f"party-{n}", (b"STALL-510104-001-A12" * (n // 20 + 1))[:n]))
        inputs.append((f"zeros-{n}", bytes(n)))
    for i in range(200):
        n, share = rng.randint(100, 600), rng.random()
        inputs.append((f"mixed-{i}", bytes(rng.getrandbits(8) if rng.random() < share else rng.choice(b"ab")
                                           for _ in range(n))))
    return [{"name": name, "input": data.hex(), "zlib": zlib.compress(data, 9).hex()} for name, data in inputs]


def deflate(spec):
    page_vectors(spec, "deflate", DEFLATE_VECTORS, deflate_vectors(), "the page's zlib makes zlib's level-9 bytes")


def offline(spec):
    browser = driver(360, 740, user_data_dir=spec["profile"])
    try:
        run_cases(browser, spec, "offline")
    finally:
        browser.quit()


def main():
    phase, spec = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
    {"online": online, "verdicts": verdicts, "offline": offline, "merkle": merkle, "deflate": deflate}[phase](spec)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
