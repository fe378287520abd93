"""Driving Superset in headless Chromium: log in, open a dashboard, wait for its charts, read them."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

RENDER_TIMEOUT = 180
# What Superset shows inside a chart that failed, and while one is still loading.
ERROR_SELECTOR = ".ant-alert-error, [data-test='error-tooltip'], .alert-danger"
LOADING_SELECTOR = "[data-test='loading-indicator'], .loading"
EMPTY_TEXT = "No results were returned for this query"


def log_in(driver: WebDriver, url: str, username: str, password: str) -> None:
    driver.get(f"{url}/login/")
    wait = WebDriverWait(driver, 60)
    wait.until(expected_conditions.presence_of_element_located((By.ID, "username"))).send_keys(username)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
    wait.until(lambda d: "/login" not in d.current_url)


@dataclass
class Chart:
    name: str
    element: WebElement

    @property
    def error(self) -> str | None:
        alerts = self.element.find_elements(By.CSS_SELECTOR, ERROR_SELECTOR)
        return alerts[0].text if alerts else None

    @property
    def loading(self) -> bool:
        return bool(self.element.find_elements(By.CSS_SELECTOR, LOADING_SELECTOR))

    @property
    def rendered(self) -> bool:
        """Drawn: an SVG or canvas (ECharts, maps), a table, a big number, or Superset's empty state."""
        if self.loading:
            return False
        found = self.element.find_elements(
            By.CSS_SELECTOR, "svg, canvas, table, .header-line, .superset-legacy-chart-big-number"
        )
        return bool(found) or self.empty or self.error is not None

    @property
    def empty(self) -> bool:
        return EMPTY_TEXT in self.element.text

    def table(self) -> list[list[str]]:
        rows = self.element.find_elements(By.CSS_SELECTOR, "table tbody tr")
        return [[cell.text for cell in row.find_elements(By.CSS_SELECTOR, "td")] for row in rows]


def charts(driver: WebDriver) -> list[Chart]:
    found = []
    for holder in driver.find_elements(By.CSS_SELECTOR, "[data-test='chart-grid-component']"):
        titles = holder.find_elements(By.CSS_SELECTOR, "[data-test='editable-title'], .header-title")
        found.append(Chart(titles[0].text.strip() if titles else "", holder))
    return found


def open_dashboard(driver: WebDriver, url: str, slug: str, expected: list[str]) -> dict[str, Chart]:
    """Open a dashboard and wait until each of its EXPECTED charts has rendered (or failed)."""
    driver.get(f"{url}/superset/dashboard/{slug}/?standalone=1")
    deadline = time.monotonic() + RENDER_TIMEOUT
    while True:
        # Charts below the fold render when scrolled to: bring each into view once.
        current = charts(driver)
        for chart in current:
            if not chart.rendered:
                driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", chart.element)
        by_name = {chart.name: chart for chart in current}
        if sorted(by_name) == sorted(expected) and all(chart.rendered for chart in current):
            driver.execute_script("window.scrollTo(0, 0);")
            time.sleep(1)  # the last animation frame of ECharts
            return by_name
        if time.monotonic() > deadline:
            waiting = [chart.name for chart in current if not chart.rendered]
            raise AssertionError(
                f"{slug}: charts {sorted(by_name)} (expected {sorted(expected)}); not rendered: {waiting}"
            )
        time.sleep(1)


def screenshot(driver: WebDriver, path: Path) -> None:
    """The whole dashboard, not only the window: the window grows to the page's height first."""
    # Superset scrolls the dashboard inside its own containers: the page ends below the lowest chart.
    height = driver.execute_script(
        "return Math.max(...Array.from(document.querySelectorAll(\"[data-test='chart-grid-component']\"))"
        ".map(e => e.getBoundingClientRect().bottom + window.scrollY));"
    )
    size = driver.get_window_size()
    chrome = size["height"] - driver.execute_script("return window.innerHeight;")  # the window's own bars
    width = size["width"]
    driver.set_window_size(width, min(max(int(height) + 40 + chrome, 900), 4000))
    time.sleep(1)
    driver.save_screenshot(str(path))
    driver.set_window_size(width, 1300)


def api(driver: WebDriver, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
    """A call to Superset's REST API from the page, with the browser's own session and CSRF token
    (what Superset's frontend, SQL Lab included, does)."""
    script = """
        const [method, path, body, done] = arguments;
        (async () => {
            const token = await fetch('/api/v1/security/csrf_token/', {credentials: 'same-origin'})
                .then(r => r.ok ? r.json() : {result: ''});
            const response = await fetch(path, {
                method, credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'X-CSRFToken': token.result},
                body: body === null ? undefined : JSON.stringify(body),
            });
            done([response.status, await response.text()]);
        })().catch(error => done([0, String(error)]));
    """
    driver.set_script_timeout(120)
    status, text = driver.execute_async_script(script, method, path, body)
    try:
        return status, json.loads(text)
    except json.JSONDecodeError:
        return status, {"text": text}
