"""The dashboards as a user gets them: a stack of their own (embedded PostgreSQL and S3 in a
temporary home), the start.sh dashboard sample loaded through the pipeline, Superset started with
`medilink dashboard up`, and headless Chromium (Debian's chromium and chromium-driver) driving it.

Everything runs through the `medilink` command, with an environment that holds none of the test
session's own settings, so the same paths as `./start.sh --with-dashboard` are exercised.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
ASSETS = REPO / "superset" / "assets"
MEDILINK = str(Path(sys.executable).with_name("medilink"))
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# Settings of the surrounding test session that must not reach the dashboard's own stack.
FOREIGN_PREFIXES = ("AWS_", "POSTGRES_", "MEDILINK_", "S3_", "DBT_", "AIRFLOW", "SUPERSET_", "DATABASE_URL")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.dashboard)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def dashboard_sample_size() -> list[str]:
    """The sample sizes start.sh loads for the dashboards (one source: start.sh itself)."""
    match = re.search(r"^DASHBOARD_SAMPLE_SIZE=\((.*)\)$", (REPO / "start.sh").read_text(), re.MULTILINE)
    assert match, "start.sh no longer sets DASHBOARD_SAMPLE_SIZE"
    return match.group(1).split()


@dataclass
class Bundle:
    """What the committed bundle says each dashboard holds (read from the YAML, not from Superset)."""

    dashboards: dict[str, dict]

    @classmethod
    def load(cls, root: Path = ASSETS) -> Bundle:
        dashboards = {}
        for path in sorted((root / "dashboards").glob("*.yaml")):
            config = yaml.safe_load(path.read_text())
            dashboards[config["slug"]] = config
        return cls(dashboards)

    def chart_names(self, slug: str) -> list[str]:
        position = self.dashboards[slug]["position"]
        return [
            node["meta"]["sliceName"]
            for node in position.values()
            if isinstance(node, dict) and node.get("type") == "CHART"
        ]


@dataclass
class DashboardStack:
    home: Path
    env: dict[str, str]
    url: str

    def medilink(self, *args: str, stdin: str | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [MEDILINK, *args], env=self.env, input=stdin, capture_output=True, text=True, timeout=1800, check=False
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"medilink {' '.join(args)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
            )
        return result

    def stack_env(self) -> dict[str, str]:
        lines = (self.home / "stack.env").read_text().splitlines()
        return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))

    @property
    def database_url(self) -> str:
        return self.stack_env()["DATABASE_URL"]

    @property
    def metadata_url(self) -> str:
        """Superset's own database, read directly to check what an import did."""
        base = self.database_url.rsplit("/", 1)[0]
        return f"{base}/superset"

    def query(self, sql: str, params: tuple = (), *, url: str | None = None) -> list[tuple]:
        with psycopg.connect(url or self.database_url) as conn:
            return conn.execute(sql, params).fetchall()

    def secrets(self) -> dict[str, str]:
        return json.loads((self.home / "superset" / "secrets.json").read_text())


@pytest.fixture(scope="session")
def bundle() -> Bundle:
    return Bundle.load()


@pytest.fixture(scope="session")
def dashboard_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DashboardStack]:
    home = tmp_path_factory.mktemp("dashboard-home")
    env = {key: value for key, value in os.environ.items() if not key.startswith(FOREIGN_PREFIXES)}
    env |= {"MEDILINK_HOME": str(home)}
    stack = DashboardStack(home=home, env=env, url="")
    stack.medilink("stack", "up")
    try:
        stack.medilink("db", "upgrade")
        sample = home / "sample"
        stack.medilink("sample", "--out", str(sample), "--seed", "42", "--bad-rows", "0.02", *dashboard_sample_size())
        stack.medilink("upload", *sorted(str(path) for path in sample.glob("*.csv")))
        stack.medilink("pipeline", "run")
        _dashboard_up_on_a_free_port(stack)
        yield stack
    finally:
        stack.medilink("dashboard", "down", check=False)
        stack.medilink("stack", "down", check=False)


def _dashboard_up_on_a_free_port(stack: DashboardStack, attempts: int = 3) -> None:
    """`medilink dashboard up` on a port free a moment ago; another program may take it first."""
    for _ in range(attempts):
        port = _free_port()
        stack.env["MEDILINK_SUPERSET_PORT"] = str(port)
        stack.url = f"http://127.0.0.1:{port}"
        result = stack.medilink("dashboard", "up", check=False)
        if result.returncode == 0:
            return
        log = stack.home / "superset" / "logs" / "superset.log"
        taken = "is taken" in result.stderr or (log.exists() and "Address already in use" in log.read_text())
        if not taken:
            break
    raise AssertionError(f"medilink dashboard up exited {result.returncode}:\n{result.stdout}\n{result.stderr}")


@pytest.fixture(scope="session")
def analyst_login(dashboard_stack: DashboardStack) -> tuple[str, str]:
    result = dashboard_stack.medilink("dashboard", "user", "ada.analyst", "--role", "analyst")
    name, password = result.stdout.strip().rsplit(": ", 1)
    assert name == "ada.analyst (analyst)"
    return "ada.analyst", password


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """MEDILINK_DASHBOARD_SCREENSHOTS (e.g. docs/dashboards, `make dashboard-screenshots`) or a temporary folder."""
    chosen = os.environ.get("MEDILINK_DASHBOARD_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _chrome():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for binary in (CHROMIUM, CHROMEDRIVER):
        if not shutil.which(binary):
            pytest.fail(
                f"{binary} is missing: `make test` installs Debian's chromium and chromium-driver "
                "(scripts/install-browser.sh)"
            )
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # A machine with a closed network: no background connections, no component updates.
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1600,1300",
    ):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


@pytest.fixture(scope="session")
def admin_browser(dashboard_stack: DashboardStack):
    from dashboard_browser import log_in

    driver = _chrome()
    try:
        log_in(driver, dashboard_stack.url, "admin", dashboard_stack.secrets()["admin_password"])
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def analyst_browser(dashboard_stack: DashboardStack, analyst_login: tuple[str, str]):
    from dashboard_browser import log_in

    driver = _chrome()
    try:
        log_in(driver, dashboard_stack.url, *analyst_login)
        yield driver
    finally:
        driver.quit()
