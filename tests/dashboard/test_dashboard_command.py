"""`medilink dashboard`: generated secrets, idempotent imports, a changed bundle wins, `down` stops
only what `up` started (issue 16)."""

from __future__ import annotations

import json
import shutil
import socket
import stat
import subprocess
import time

import psutil
import yaml
from conftest import ASSETS


def _metadata_counts(dashboard_stack) -> dict[str, int]:
    tables = ("dashboards", "slices", "tables", "dbs", "ab_role", "ab_user")
    return {
        table: dashboard_stack.query(f"select count(*) from {table}", url=dashboard_stack.metadata_url)[0][0]
        for table in tables
    }


def test_secrets_are_generated_and_private(dashboard_stack):
    secrets_file = dashboard_stack.home / "superset" / "secrets.json"
    values = dashboard_stack.secrets()

    assert stat.S_IMODE(secrets_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(secrets_file.parent.stat().st_mode) == 0o700
    assert len(values["secret_key"]) >= 48
    assert len(values["admin_password"]) >= 20
    # Nothing committed holds them: the bundle's connections carry placeholders only.
    for path in ASSETS.rglob("*.yaml"):
        text = path.read_text()
        assert values["admin_password"] not in text
        assert values["secret_key"] not in text
    for path in (ASSETS / "databases").glob("*.yaml"):
        assert ":XXXXXXXXXX@medilink-postgres:5432/" in yaml.safe_load(path.read_text())["sqlalchemy_uri"]


def test_login_prints_the_address_and_the_generated_password(dashboard_stack):
    out = dashboard_stack.medilink("dashboard", "login").stdout

    assert f"{dashboard_stack.url}/dashboard/list/" in out
    assert f"admin / {dashboard_stack.secrets()['admin_password']}" in out


def test_status_says_it_runs_and_answers(dashboard_stack):
    result = dashboard_stack.medilink("dashboard", "status")

    assert "installed: yes" in result.stderr
    assert "healthy" in result.stderr


def test_connections_use_the_least_privileged_roles(dashboard_stack):
    rows = dashboard_stack.query(
        "select database_name, sqlalchemy_uri from dbs order by 1", url=dashboard_stack.metadata_url
    )
    uris = dict(rows)

    assert set(uris) == {"Medilink operations", "Medilink research"}
    assert uris["Medilink research"].startswith("postgresql+psycopg2://medilink_analyst:XXXXXXXXXX@")
    assert uris["Medilink operations"].startswith("postgresql+psycopg2://medilink_reporting:XXXXXXXXXX@")
    flags = dashboard_stack.query(
        "select bool_or(allow_dml), bool_or(allow_file_upload) from dbs", url=dashboard_stack.metadata_url
    )
    assert flags == [(False, False)]


def test_up_again_imports_nothing_twice(dashboard_stack, bundle):
    before = _metadata_counts(dashboard_stack)
    result = dashboard_stack.medilink("dashboard", "up")

    assert "already running" in result.stderr
    assert _metadata_counts(dashboard_stack) == before
    titles = {
        row[0]
        for row in dashboard_stack.query("select dashboard_title from dashboards", url=dashboard_stack.metadata_url)
    }
    assert titles == {config["dashboard_title"] for config in bundle.dashboards.values()}


def test_a_changed_bundle_updates_its_dashboard_and_charts(dashboard_stack, tmp_path):
    edited = tmp_path / "assets"
    shutil.copytree(ASSETS, edited)
    chart_file = edited / "charts" / "Visits_per_priority.yaml"
    chart = yaml.safe_load(chart_file.read_text())
    chart["slice_name"] = "Visits per triage priority"
    chart_file.write_text(yaml.safe_dump(chart, sort_keys=False))
    dashboard_file = edited / "dashboards" / "Triage.yaml"
    dashboard = yaml.safe_load(dashboard_file.read_text())
    dashboard["description"] = "Edited in a branch"
    dashboard_file.write_text(yaml.safe_dump(dashboard, sort_keys=False))
    url = dashboard_stack.metadata_url
    chart_names = "select slice_name from slices where uuid = %s"
    description = "select description from dashboards where slug = 'triage'"

    try:
        dashboard_stack.medilink("dashboard", "up", "--assets", str(edited))
        assert dashboard_stack.query(chart_names, (chart["uuid"],), url=url) == [("Visits per triage priority",)]
        assert dashboard_stack.query(description, url=url) == [("Edited in a branch",)]
    finally:
        dashboard_stack.medilink("dashboard", "up")
    assert dashboard_stack.query(chart_names, (chart["uuid"],), url=url) == [("Visits per priority",)]
    assert dashboard_stack.query(description, url=url) == [(None,)]


def _port_open(url: str) -> bool:
    host, port = url.removeprefix("http://").split(":")
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex((host, int(port))) == 0


def test_down_stops_exactly_what_up_started(dashboard_stack):
    state = json.loads((dashboard_stack.home / "superset" / "process.json").read_text())
    master = psutil.Process(state["pid"])
    family = [master, *master.children(recursive=True)]
    bystander = subprocess.Popen(["sleep", "120"])
    try:
        result = dashboard_stack.medilink("dashboard", "down")
        assert "Stopped Superset." in result.stderr
        _, alive = psutil.wait_procs(family, timeout=30)
        assert alive == []
        assert bystander.poll() is None
        assert not _port_open(dashboard_stack.url)
        assert dashboard_stack.medilink("dashboard", "status", check=False).returncode == 3
        assert "was not running" in dashboard_stack.medilink("dashboard", "down").stderr
    finally:
        bystander.kill()
        bystander.wait()
        dashboard_stack.medilink("dashboard", "up")
    deadline = time.monotonic() + 60
    while not _port_open(dashboard_stack.url) and time.monotonic() < deadline:
        time.sleep(1)
    assert _port_open(dashboard_stack.url)
