"""A headless Chromium at a phone's size, driven by selenium (Debian's chromium-driver).

Shared by the browser test and the screenshot script. Nothing is downloaded: the driver and
the browser are the system's, and the browser's own background traffic is switched off.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PHONE = (390, 844)  # CSS pixels of a current phone


def phone_browser(profile: Path, language: str = "en") -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_AVOID_STATS", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
                f"--user-data-dir={profile}", f"--lang={language}",
                f"--window-size={PHONE[0]},{PHONE[1]}"):
        options.add_argument(arg)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {
        "width": PHONE[0], "height": PHONE[1], "pixelRatio": 2.0}})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
