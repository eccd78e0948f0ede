"""Take the README's screenshots of the help site (headless Chromium from PATH).

    python docs/screenshots.py      # builds build/site, writes docs/home.png and docs/match.png
"""
from __future__ import annotations

import shutil
from pathlib import Path

from playwright.sync_api import sync_playwright

from syncdoctor import KnowledgeBase
from syncdoctor.site import build_site

ROOT = Path(__file__).resolve().parents[1]
ALERT = ("2026-11-02 09:14:33Z Warning The mailbox location could not be determined while sending the email "
         "message \"Invoice 7781\". The mailbox Northwind Purchasing has been disabled for sending email and the owner "
         "of the associated email server profile Northwind Exchange 2019 has been notified.")


def main() -> None:
    site = ROOT / "build" / "site"
    build_site(KnowledgeBase.load(), site)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"),
                                             args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.goto((site / "index.html").as_uri())
        page.screenshot(path=str(ROOT / "docs" / "home.png"))
        page.fill("#paste", ALERT)
        page.click("button[type=submit]")
        page.locator("#result h2").wait_for()
        page.locator("#result").screenshot(path=str(ROOT / "docs" / "match.png"))
        browser.close()


if __name__ == "__main__":
    main()
