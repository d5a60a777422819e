#!/usr/bin/env python3
"""The console's findings page, evidence records and drill history in headless Chromium, against a running hub (see
ConsoleFindingsTests.swift).

Usage: check_findings.py SPEC.json
SPEC: {"hub": URL, "token": a regulator token, "market": a market id, "rule": a rule with findings in 2026-11,
"month": the month holding a drill with its report on the hub, "shots": DIR, "references": DIR, "record": bool}

Logs in through the form; opens the findings of 2026-11; narrows them by the by-rule link, clears, filters by
market through the form (only the market and its stalls), by least severity (the select applies at once), follows a
finding's evidence link to the record page; checks the download link names the same month and scope; opens the
drill history and a drill's report; then with JavaScript off does the same through the form's button. Screenshots of
the findings page at 360 and 1280 px are compared with the references. Prints one line per problem and
"N passed, N failed"; exit 1 on a failure.
"""

import json
import re
import sys
import time

from browser import driver
from check_console import login
from check_slip_page import check, counts
import check_slip_page

SEVERITIES = ["info", "warning", "violation", "critical"]


def rows(browser):
    return browser.execute_script(
        "return [...document.querySelectorAll('#findings tr.finding')].map(tr => ({severity: tr.dataset.severity,"
        " rule: tr.dataset.rule, party: tr.dataset.party, evidence: tr.querySelectorAll('a.evidence').length}))")


def members(browser, spec):
    """The market and its stalls, from the console's own search."""
    browser.get(f"{spec['hub']}/console?q={spec['market']}")
    return {td.text for td in browser.find_elements("css selector", "#parties tbody tr td:first-child code")}


def submit(browser):
    browser.find_element("css selector", "#filters button[type=submit]").click()
    time.sleep(0.3)


def fill(browser, field, value):
    box = browser.find_element("id", field)
    box.clear()
    if value:
        box.send_keys(value)


def findings(browser, spec, javascript):
    mode = "JavaScript on" if javascript else "JavaScript off"
    stalls = members(browser, spec)
    check(spec["market"] in stalls and len(stalls) >= 2, f"{mode}: the market's stalls found by search ({stalls})")
    browser.get(spec["hub"] + "/console/findings?period=2026-11")
    listed = rows(browser)
    check(len(listed) > 0, f"{mode}: findings of 2026-11 listed ({len(listed)})")
    check(all(r["severity"] in SEVERITIES[1:] for r in listed), f"{mode}: warnings and worse by default")
    check(all(r["evidence"] >= 1 for r in listed), f"{mode}: every finding links to its evidence")
    widths = browser.execute_script("return document.querySelectorAll('#by-severity tr[data-severity]').length")
    check(widths == 3, f"{mode}: counts by severity ({widths} rows)")
    check(browser.find_elements("css selector", "#by-rule tr[data-rule]"), f"{mode}: counts by rule")
    check(browser.find_elements("css selector", "#by-party tr[data-party]"), f"{mode}: counts by party")

    # Narrow by the rule's link, then clear.
    link = browser.find_element("css selector", f"#by-rule tr[data-rule='{spec['rule']}'] a")
    link.click()
    time.sleep(0.3)
    ruled = rows(browser)
    check(ruled and all(r["rule"] == spec["rule"] for r in ruled), f"{mode}: the rule's link keeps only its findings")
    check(browser.find_elements("id", "only-rule"), f"{mode}: the chosen rule is shown")
    browser.find_element("id", "clear").click()
    time.sleep(0.3)
    check(len(rows(browser)) == len(listed), f"{mode}: clearing the filters shows them all again")

    # The market through the form.
    fill(browser, "market", spec["market"])
    submit(browser)
    in_market = rows(browser)
    check(all(r["party"] in stalls for r in in_market),
          f"{mode}: the market's findings concern it and its stalls ({sorted({r['party'] for r in in_market})})")
    check(len(in_market) < len(listed), f"{mode}: the market has fewer findings than the city")
    download = browser.find_element("id", "download").get_attribute("href")
    check(download.endswith(f"/console/report?period=2026-11&market={spec['market']}"),
          f"{mode}: the download names the month and market ({download})")
    fill(browser, "market", "")

    # Least severity: critical only (the select applies at once with JavaScript; the button without).
    select = browser.find_element("id", "severity")
    select.find_element("css selector", "option[value=critical]").click()
    if not javascript:
        submit(browser)
    time.sleep(0.4)
    critical = rows(browser)
    check(all(r["severity"] == "critical" for r in critical) and len(critical) < len(listed),
          f"{mode}: least severity critical ({len(critical)} of {len(listed)})")

    # A finding's evidence: the record page.
    browser.get(spec["hub"] + "/console/findings?period=2026-11")
    browser.find_element("css selector", "#findings tr.finding a.evidence").click()
    time.sleep(0.3)
    record = browser.find_elements("id", "record")
    check(record and record[0].get_attribute("data-verified") in ("true", "false"), f"{mode}: the evidence record with its signature state")
    check(browser.find_elements("css selector", "#fields tr"), f"{mode}: the record's fields")

    # The drill history and a drill's report.
    browser.get(f"{spec['hub']}/console/drills?period={spec['month']}")
    drills = browser.find_elements("css selector", "#drills tr.drill")
    check(drills, f"{mode}: the drill history lists the month's drill")
    links = browser.find_elements("css selector", "#drills a.report")
    check(links, f"{mode}: a drill links to its report")
    if links:
        links[0].click()
        time.sleep(0.3)
        check(browser.find_elements("id", "verdict") and browser.find_elements("id", "reconciliation"),
              f"{mode}: the drill's report opens")


CJK = re.compile(r"[\u3400-\u9fff]")
LABELS = "h1, h2, th, dt, label, button, nav a, .actions a, #by-severity a"


def languages(browser, spec):
    """Every heading, column, label, button and link of the console's own words in one language: Chinese by default,
    English with lang=en (names and codes from records aside, which these elements do not hold)."""
    pages = ["/console/findings?period=2026-11", "/console/recalls", f"/console/drills?period={spec['month']}",
             "/console?q=" + spec["market"]]
    for path in pages:
        for language in ("zh", "en"):
            url = spec["hub"] + path + ("&" if "?" in path else "?") + "lang=en" if language == "en" else spec["hub"] + path
            browser.get(url)
            texts = [t for t in browser.execute_script(
                "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim())", LABELS) if t]
            check(texts, f"{path} ({language}): words shown")
            if language == "en":
                chinese = [t for t in texts if CJK.search(t)]
                check(not chinese, f"{path} in English: no Chinese ({chinese[:4]})")
            else:
                latin = [t for t in texts if not CJK.search(t) and re.search(r"[A-Za-z]{3}", t)]
                check(not latin, f"{path} in Chinese: no English words ({latin[:4]})")


def screenshots(browser, spec):
    for width in (360, 1280):
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        browser.get(spec["hub"] + "/console/findings?period=2026-11")
        # When the report was gathered changes with the clock: masked for the comparison.
        browser.execute_script("for (const t of document.querySelectorAll('#scope time')) t.textContent = '····';")
        overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        check(overflow <= 0, f"findings at {width} px: nothing wider than the window (by {overflow} px)")
        time.sleep(0.2)
        check_slip_page.save_and_compare(browser, spec, "console-findings", width)


def main():
    spec = json.load(open(sys.argv[1], encoding="utf-8"))
    for javascript in (True, False):
        browser = driver(1280, 900, javascript=javascript)
        try:
            login(browser, spec)
            findings(browser, spec, javascript)
            if javascript:
                languages(browser, spec)
                screenshots(browser, spec)
        finally:
            browser.quit()
    passed, failed = counts()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
