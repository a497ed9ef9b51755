"""Real Chromium (Debian's package) driven by Playwright, with axe-core on every page.

The test tool never downloads a browser of its own: it launches /usr/bin/chromium
(or $CHROMIUM_PATH). Screenshots at desktop and phone width go to
test-artifacts/screenshots/ (git-ignored) so a person can look at them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, skip_or_fail

AXE_JS = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOT_DIR = REPO_ROOT / "test-artifacts" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 740}}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]

# Playwright's sync API runs an event loop; Django refuses ORM calls from a thread
# that has one unless told this is a test.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _chromium_path() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")


@pytest.fixture(scope="session")
def browser():
    path = _chromium_path()
    if not path:
        skip_or_fail("Chromium not installed (apt-get install chromium)")
    if not AXE_JS.is_file():
        skip_or_fail("axe-core not installed (npm ci)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    # bypass_csp lets the test inject axe-core; the site's own CSP stays strict.
    context = browser.new_context(viewport=VIEWPORTS["desktop"], bypass_csp=True)
    context.set_default_timeout(20_000)
    page = context.new_page()
    yield page
    context.close()


def audit(page, name: str) -> None:
    """Run axe on the current page (0 serious/critical) and save both screenshots."""
    page.add_script_tag(path=str(AXE_JS))
    violations = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
             .filter(v => v.impact === 'serious' || v.impact === 'critical')
             .map(v => ({id: v.id, impact: v.impact, help: v.help,
                         nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"""
    )
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    for label, viewport in VIEWPORTS.items():
        page.set_viewport_size(viewport)
        page.screenshot(path=str(SCREENSHOT_DIR / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size(size)
    assert violations == [], f"axe violations on {name}: {violations}"


def login(page, live_server, email: str, password: str) -> None:
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


@pytest.fixture
def screenshots_dir() -> Path:
    return SCREENSHOT_DIR
