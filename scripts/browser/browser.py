"""Headless Chromium through Selenium and Debian's chromedriver, for the HTML checks (report, slips).

Never downloads a driver: the Debian packages chromium and chromium-driver provide both (scripts/lib/setup.sh).
"""

import os
import shutil
import struct

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def driver(width_px: int, height_px: int = 1200) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1", f"--window-size={width_px},{height_px}"):
        options.add_argument(argument)
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    browser = webdriver.Chrome(service=service, options=options)
    # The window's outer size includes no chrome in headless mode; set the viewport exactly.
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width_px, "height": height_px, "deviceScaleFactor": 1, "mobile": False})
    return browser


def file_url(path: str) -> str:
    return "file://" + os.path.abspath(path)


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, or (0, 0) when it is not one."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return 0, 0
    return struct.unpack(">II", data[16:24])
