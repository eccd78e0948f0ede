"""Headless Chromium (Debian's package, found on PATH) driven by Playwright for Python.

Without a browser these tests skip with the reason, unless SYNCDOCTOR_REQUIRE_BROWSER=1
(as CI sets), when a missing browser is a failure.  Every request to another host is
blocked and recorded.
"""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from syncdoctor import KnowledgeBase
from syncdoctor.site import build_site

FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    reason = None
    if executable is None:
        reason = "no chromium on PATH (apt-get install chromium)"
    else:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            reason = "playwright for Python is not installed (pip install -e '.[test]')"
    if reason:
        if os.environ.get("SYNCDOCTOR_REQUIRE_BROWSER"):
            pytest.fail(f"browser tests required but {reason}")
        pytest.skip(reason)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    build_site(KnowledgeBase.load(), out)
    return out


@pytest.fixture
def page(browser):
    """A page that records console errors and refuses requests to any other host."""
    context = browser.new_context()
    page = context.new_page()
    page.console_errors = []
    page.outside_requests = []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))

    def guard(route):
        url = route.request.url
        if url.startswith("file://") or url.startswith("http://127.0.0.1") or url.startswith("data:"):
            route.continue_()
        else:
            page.outside_requests.append(url)
            route.abort()

    context.route("**/*", guard)
    yield page
    context.close()


@pytest.fixture(scope="session")
def served(site):
    """The built site over HTTP on loopback, as `python -m http.server` would serve it."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
