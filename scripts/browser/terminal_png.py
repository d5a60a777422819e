"""Text as a terminal shows it, rendered to a PNG with headless Chromium (the README's picture of a trace).

    python3 scripts/browser/terminal_png.py OUT.png TITLE < text

Dark background, a monospaced CJK-capable font (fonts-noto-cjk), lines never wrapped; the picture is as wide as the
longest line and as tall as the text. Hops flagged with ⚠ are drawn in amber, the "compliant: NO" line in red.
"""

import html
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser  # noqa: E402

STYLE = """
body { margin: 0; background: #1e1f22; }
pre { margin: 0; padding: 18px 22px; color: #d8dee4; font: 15px/1.45 "Noto Sans Mono CJK SC", "Noto Sans Mono",
      monospace; white-space: pre; display: inline-block; }
.bar { background: #2d2f33; color: #9aa0a6; font: 13px sans-serif; padding: 6px 22px; }
.flag { color: #f0b429; }
.bad { color: #ff6b6b; font-weight: bold; }
.good { color: #7ee787; }
"""


def line_html(line: str) -> str:
    text = html.escape(line)
    if "⚠" in line:
        return f'<span class="flag">{text}</span>'
    if line.startswith(("合规：否", "compliant: NO", "完整：否", "complete: NO")):
        return f'<span class="bad">{text}</span>'
    if line.startswith(("合规：是", "compliant: yes", "完整：是", "complete: yes")):
        return f'<span class="good">{text}</span>'
    return text


def main() -> None:
    out, title = sys.argv[1], sys.argv[2]
    lines = sys.stdin.read().rstrip("\n").split("\n")
    page = (f'<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>{STYLE}</style>'
            f'<div class="bar">{html.escape(title)}</div><pre id="t">'
            + "\n".join(line_html(line) for line in lines) + "</pre></html>")
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as file:
        file.write(page)
        path = file.name
    driver = browser.driver(2400, 1200)
    try:
        driver.get(browser.file_url(path))
        width = driver.execute_script("return Math.ceil(document.getElementById('t').getBoundingClientRect().width)")
        height = driver.execute_script("return Math.ceil(document.getElementById('t').getBoundingClientRect().bottom)")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": int(width), "height": int(height), "deviceScaleFactor": 1, "mobile": False})
        with open(out, "wb") as png:
            png.write(driver.get_screenshot_as_png())
    finally:
        driver.quit()
        os.unlink(path)


if __name__ == "__main__":
    main()
