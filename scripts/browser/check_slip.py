#!/usr/bin/env python3
"""Checks the layout of HTML slips in headless Chromium with element boxes (getBoundingClientRect, Range rects):

- the trace code's groups (and every other run without Chinese: words, numbers, codes) never break inside;
- no label or value is stacked one character per line;
- in a zh+en slip no English word is split across lines;
- nothing is wider than the paper; the QR code is square, inside the paper and at least 25 mm wide;
- the stall line shows the stall's name and not its party id.

Usage: check_slip.py STALL_ID STALL_NAME SLIP.html:WIDTH_MM [SLIP.html:WIDTH_MM …]
Prints one line per problem and "N passed, N failed"; exit 1 when a check failed.
"""

import sys

from browser import driver, file_url

MEASURE = r"""
const body = document.body.getBoundingClientRect();
const lineTops = (node) => {
  // The line (rounded top) of each character of an element's text.
  const tops = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode;
    for (let i = 0; i < text.length; i++) {
      if (/\s/.test(text.data[i])) continue;
      const range = document.createRange();
      range.setStart(text, i); range.setEnd(text, i + 1);
      const rect = range.getBoundingClientRect();
      if (rect.width > 0) tops.push(Math.round(rect.top));
    }
  }
  return tops;
};
const stacked = [];
const texts = 'th, td, .l, .v, h1, h2, .stall, .code, .note, figcaption';
for (const el of document.querySelectorAll(texts)) {
  const tops = lineTops(el);
  const perLine = {};
  tops.forEach(t => perLine[t] = (perLine[t] || 0) + 1);
  const lines = Object.keys(perLine).map(Number).sort((a, b) => a - b);
  // One character alone on a line that is not the last: stacking.
  if (lines.length > 1 && lines.slice(0, -1).some(t => perLine[t] === 1)) stacked.push(el.textContent);
}
// Runs of a pattern in an element's text that lie on more than one line (each run measured with a Range).
const splitRuns = (el, pattern) => {
  const found = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode;
    for (const match of text.data.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(text, match.index); range.setEnd(text, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (tops.size > 1) found.push(match[0]);
    }
  }
  return found;
};
const broken = [], splitWords = [];
for (const el of document.querySelectorAll(texts)) {
  // A run without Chinese: a number, a code group, a word with its punctuation.
  broken.push(...splitRuns(el, /[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/g));
  splitWords.push(...splitRuns(el, /[A-Za-z]+/g));
}
const outside = [...document.querySelectorAll('body *')].filter(el => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && (r.left < body.left - 0.5 || r.right > body.right + 0.5);
}).map(el => el.className || el.tagName);
const code = document.querySelector('p.code');
const groups = code ? [...code.textContent.matchAll(/\d+/g)].map(m => splitRuns(code, new RegExp('\\b' + m[0] + '\\b', 'g')).length ? 2 : 1) : [];
const qr = document.querySelector('.qr svg').getBoundingClientRect();
return {
  stacked, broken, splitWords, outside,
  codeGroups: groups, codeText: code ? code.textContent : '',
  qr: [qr.width, qr.height, qr.left - body.left, body.right - qr.right],
  stall: document.querySelector('.stall').textContent,
  scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
  bodyWidth: body.width, mm: body.width / 96 * 25.4, labelRows: document.querySelectorAll('.f, tr').length,
};
"""


def main() -> int:
    stall_id, stall_name, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    passed, failed = 0, 0

    def check(ok: bool, what: str) -> None:
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL: {what}")

    browser = None
    try:
        for spec in pages:
            page, width = spec.rsplit(":", 1)
            paper_px = round(int(width) / 25.4 * 96)
            if browser is None:
                browser = driver(paper_px, 1400)
            else:
                browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                         {"width": paper_px, "height": 1400, "deviceScaleFactor": 1, "mobile": False})
            browser.get(file_url(page))
            m = browser.execute_script(MEASURE)
            name = f"{page} at {width} mm"
            check(abs(m["mm"] - (int(width) - 4)) < 1, f"{name}: body is {int(width) - 4} mm wide ({m['mm']:.1f})")
            check(m["labelRows"] >= 6, f"{name}: fields laid out ({m['labelRows']})")
            check(not m["stacked"], f"{name}: no text stacked one character a line ({m['stacked'][:3]})")
            check(not m["broken"], f"{name}: no word, number or code group broken ({m['broken'][:3]})")
            check(len(m["codeGroups"]) == 5 and all(n == 1 for n in m["codeGroups"]),
                  f"{name}: the trace code's 5 groups each on one line ({m['codeGroups']}, {m['codeText']})")
            check(not m["splitWords"], f"{name}: no English word split ({m['splitWords'][:3]})")
            check(not m["outside"] and m["scrollWidth"] <= m["innerWidth"],
                  f"{name}: nothing wider than the paper ({m['outside'][:3]}, {m['scrollWidth']}>{m['innerWidth']})")
            w, h, left, right = m["qr"]
            check(abs(w - h) < 1 and left >= -0.5 and right >= -0.5 and w >= 25 / 25.4 * 96,
                  f"{name}: QR square, inside, at least 25 mm ({w:.0f}x{h:.0f})")
            check(stall_name in m["stall"] and stall_id not in m["stall"],
                  f"{name}: stall line names the stall without its id ({m['stall']})")
    finally:
        if browser is not None:
            browser.quit()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
