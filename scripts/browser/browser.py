"""Headless Chromium through Selenium and Debian's chromedriver, for the HTML checks (report, slips).

Never downloads a driver: the Debian packages chromium and chromium-driver provide both (scripts/lib/setup.sh).
"""

import os
import shutil
import struct
import zlib

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def driver(width_px: int, height_px: int = 1200, user_data_dir: str | None = None,
           javascript: bool = True) -> webdriver.Chrome:
    """Headless Chromium with a viewport of exactly width × height CSS pixels. `user_data_dir` keeps the profile (a
    service worker and its cache) from one driver to the next; `javascript=False` runs pages with scripts off."""
    options = webdriver.ChromeOptions()
    if user_data_dir:
        options.add_argument(f"--user-data-dir={user_data_dir}")
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
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


def png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, ...]]]:
    """Width, height and pixels (RGB or RGBA tuples, row by row) of an 8-bit, non-interlaced PNG such as Chromium's
    screenshots; the filters undone by hand, so no imaging library is needed."""
    width, height = png_size(data)
    position, chunks, colour = 8, [], 6
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            colour = body[9]
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    channels = {2: 3, 6: 4}[colour]
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous, offset = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[offset], bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append(line)
        previous = line
    pixels = [tuple(row[i:i + channels]) for row in rows for i in range(0, stride, channels)]
    return width, height, pixels
