#!/usr/bin/env python3
"""The regulator's console in headless Chromium, against a running hub (see ConsoleTests.swift).

Usage: check_console.py SPEC.json
SPEC: {"hub": URL, "token": a regulator token, "code": a trace code (a slip under a recall), "market": a market id,
"area": a county code, "shots": DIR, "references": DIR, "record": bool}

Logs in through the form; searches by trace code, market, area and nonsense; opens the trace tree, unfolds a folded
hop by clicking it and uses expand/collapse all; reads the recall board (an overdue notice in red, holders' progress);
then, with JavaScript off, logs in again and finds the lists and the folding tree working; screenshots at 360 and
1280 px compared with the references. Prints one line per problem and "N passed, N failed"; exit 1 on a failure.
"""

import json
import sys
import time

from browser import driver
from check_slip_page import check, compare, counts
import check_slip_page


def login(browser, spec):
    browser.get(spec["hub"] + "/console")
    check("/console/login" in browser.page_source or browser.find_elements("id", "token"),
          "without a token the console shows the login form")
    browser.find_element("id", "token").send_keys(spec["token"])
    browser.find_element("css selector", "form.login button").click()
    time.sleep(0.3)


def rows(browser, selector):
    return len(browser.find_elements("css selector", selector))


def search(browser, spec, text):
    box = browser.find_element("id", "q")
    box.clear()
    box.send_keys(text)
    browser.find_element("css selector", "form.search button").click()
    time.sleep(0.2)


def with_javascript(spec):
    browser = driver(1280, 900)
    try:
        login(browser, spec)
        check(browser.find_elements("id", "q"), "after login: the search form")
        search(browser, spec, spec["code"])
        check(browser.find_elements("id", "trace-up") and browser.find_elements("id", "trace-down"),
              "search by trace code: links up and down")
        search(browser, spec, spec["market"])
        market_rows = rows(browser, "#parties tbody tr")
        check(market_rows >= 2, f"search by market: the market and its stalls ({market_rows} rows)")
        search(browser, spec, spec["area"])
        areas = [td.text for td in browser.find_elements("css selector", "#parties tbody tr td:nth-child(4)")]
        check(areas and all(a == spec["area"] for a in areas), f"search by area: only that county ({set(areas)})")
        search(browser, spec, "没有这个名字")
        check(browser.find_elements("id", "no-match"), "search for nothing: says so")

        browser.get(spec["hub"] + f"/console/trace/{spec['code']}?dir=up")
        check(browser.find_elements("css selector", "#tree details"), "trace: a tree of hops")
        flags = [f.get_attribute("data-kind") for f in browser.find_elements("css selector", "#tree .flag")]
        check("recalled" in flags, f"trace: the recalled hop flagged ({flags})")
        folded = browser.find_elements("css selector", "#tree details:not([open])")
        check(folded, "trace: deeper hops folded")
        if folded:
            hop = folded[0]
            inner = hop.find_element("css selector", ".children")
            check(not inner.is_displayed(), "trace: a folded hop hides its inputs")
            hop.find_element("css selector", "summary").click()
            check(hop.get_attribute("open") is not None and inner.is_displayed(), "trace: clicking a hop unfolds it")
        browser.find_element("id", "collapse-all").click()
        check(not browser.find_elements("css selector", "#tree details[open]"), "trace: collapse all")
        browser.find_element("id", "expand-all").click()
        check(not browser.find_elements("css selector", "#tree details:not([open])"), "trace: expand all")

        browser.get(spec["hub"] + "/console/recalls")
        notices = browser.find_elements("css selector", "section.notice")
        check(notices, "recall board: notices listed")
        overdue = browser.find_elements("css selector", "section.notice[data-overdue=true]")
        if overdue:
            colour = overdue[0].value_of_css_property("border-left-color")
            check(colour == "rgba(198, 40, 40, 1)", f"recall board: an overdue notice in red ({colour})")
        check(rows(browser, "table.holders tbody tr") >= 1, "recall board: progress per holder")
        check(spec["expect_overdue"] == bool(overdue), f"recall board: overdue as expected ({len(overdue)})")
        browser.get(spec["hub"] + "/console/drills")
        check(rows(browser, "#drills tbody tr") >= 1 or "没有演练" in browser.page_source, "drill history")

        for width in (360, 1280):
            browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
            for name, path in (("console-recalls", "/console/recalls"),
                               ("console-trace", f"/console/trace/{spec['code']}?dir=up")):
                browser.get(spec["hub"] + path)
                # The recalls are issued relative to the real clock: their times masked for the comparison.
                browser.execute_script(
                    "for (const el of document.querySelectorAll('dd, h1, .summary')) for (const n of el.childNodes)"
                    " if (n.nodeType === 3) n.data = n.data.replace(/\\d{4}-\\d\\d-\\d\\dT[\\d:.]+[+-]\\d\\d:\\d\\d/g, '····-··-··');")
                # So is the logged time beside each hop's time (the hub logged the demo's records when it started).
                browser.execute_script(
                    "for (const el of document.querySelectorAll('time')) el.textContent = el.textContent.replace("
                    "/(记入日志 |logged )\\d{4}-\\d\\d-\\d\\dT[\\d:.]+(Z|[+-]\\d\\d:\\d\\d)/g, '$1····-··-··');")
                time.sleep(0.2)
                check_slip_page.save_and_compare(browser, spec, name, width)
    finally:
        browser.quit()


def without_javascript(spec):
    browser = driver(1280, 900, javascript=False)
    try:
        login(browser, spec)
        browser.get(spec["hub"] + "/console/recalls")
        check(browser.find_elements("css selector", "section.notice"), "JavaScript off: the recall board lists")
        browser.get(spec["hub"] + f"/console?q={spec['market']}")
        check(rows(browser, "#parties tbody tr") >= 2, "JavaScript off: search results")
        browser.get(spec["hub"] + f"/console/trace/{spec['code']}?dir=up")
        folded = browser.find_elements("css selector", "#tree details:not([open])")
        check(folded, "JavaScript off: the tree drawn")
        if folded:
            folded[0].find_element("css selector", "summary").click()
            check(folded[0].get_attribute("open") is not None, "JavaScript off: a hop unfolds (details)")
        check(not browser.find_element("id", "expand-all").is_displayed(),
              "JavaScript off: no buttons that would do nothing")
    finally:
        browser.quit()


def main():
    spec = json.load(open(sys.argv[1], encoding="utf-8"))
    with_javascript(spec)
    without_javascript(spec)
    passed, failed = counts()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
