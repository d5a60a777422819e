#!/usr/bin/env python3
"""Checks a `foodtrace report` page in headless Chromium: structure, links to evidence, no external assets,
charts drawn, nothing wider than the page, headings in the chosen language; saves a screenshot and checks it.

Usage: check_report.py REPORT.html SCREENSHOT.png zh|en
Prints one line per problem and "N passed, N failed"; exit 1 when a check failed.
"""

import re
import sys

from browser import driver, file_url, png_size

SECTIONS = ["summary", "by-rule", "by-party", "canteens", "recalls", "drills", "market-supervision", "findings",
            "evidence"]
CJK = re.compile(r"[\u3400-\u9fff]")


def main() -> int:
    page, shot, language = sys.argv[1], sys.argv[2], sys.argv[3]
    browser = driver(1100, 1600)
    passed, failed = 0, 0

    def check(ok: bool, what: str) -> None:
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL: {what}")

    try:
        browser.get(file_url(page))
        js = browser.execute_script
        check(js("return document.documentElement.lang") == ("en" if language == "en" else "zh-CN"), "html lang")
        for section in SECTIONS:
            check(js("return !!document.querySelector('section#' + arguments[0] + ' h2')", section),
                  f"section {section} with a heading")
        broken = js("""return [...document.querySelectorAll('a[href^="#"]')]
                       .filter(a => !document.getElementById(a.getAttribute('href').slice(1)))
                       .map(a => a.getAttribute('href'))""")
        check(not broken, f"every in-page link has a target (broken: {broken[:5]})")
        findings = js("return document.querySelectorAll('tr.finding').length")
        check(findings > 0, "the findings table has rows")
        unlinked = js("""return [...document.querySelectorAll('tr.finding')]
                         .filter(tr => !tr.querySelector('a.evidence')).map(tr => tr.id)""")
        check(not unlinked, f"every finding links to evidence (unlinked: {unlinked[:5]})")
        cited = js("""return [...document.querySelectorAll('tr.finding a.evidence')]
                      .every(a => document.getElementById(a.getAttribute('href').slice(1))
                                    .classList.contains('evidence-record'))""")
        check(cited, "evidence links land on appendix records")
        back = js("""return [...document.querySelectorAll('tr.evidence-record')]
                     .every(tr => tr.querySelector('a[href^="#f-"]'))""")
        check(back, "every appendix record links back to a finding")
        external = js("""return [...document.querySelectorAll('[src],[href],link,script,img,iframe,object')]
                         .map(e => e.getAttribute('src') || e.getAttribute('href') || e.tagName)
                         .filter(v => !v.startsWith('#'))""")
        check(not external, f"no external assets or scripts (found: {external[:5]})")
        resources = js("return performance.getEntriesByType('resource').length")
        check(resources == 0, f"the page loaded no resources ({resources})")
        charts = js("""return [...document.querySelectorAll('svg.chart')]
                       .map(s => s.getBoundingClientRect()).filter(r => r.width > 200 && r.height > 20).length""")
        expected = js("""return 1 + (document.querySelector('tr.finding') ? 2 : 0)
                          + (document.querySelector('tr.canteen') ? 1 : 0)""")
        check(charts == expected, f"{expected} inline SVG charts drawn ({charts})")
        bars = js("return document.querySelectorAll('svg.chart rect').length")
        check(bars >= 5, f"charts have bars ({bars})")
        overflow = js("return document.documentElement.scrollWidth - window.innerWidth")
        check(overflow <= 0, f"nothing wider than the window (by {overflow}px)")
        headings = js("""return [...document.querySelectorAll('h1,h2,h3,th,dt')].map(e => e.textContent)""")
        if language == "en":
            chinese = [h for h in headings if CJK.search(h)]
            check(not chinese, f"English headings have no Chinese ({chinese[:3]})")
        else:
            latin = [h for h in headings if not CJK.search(h)]
            check(not latin, f"Chinese headings are Chinese ({latin[:3]})")
        png = browser.get_screenshot_as_png()
        with open(shot, "wb") as out:
            out.write(png)
        # A blank 1100 x 1600 page compresses to a few kilobytes; text, tables and charts to far more.
        check(png_size(png) == (1100, 1600) and len(png) > 40_000,
              f"the screenshot shows the page ({png_size(png)}, {len(png)} bytes)")
    finally:
        browser.quit()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
