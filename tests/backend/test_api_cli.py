"""`medilink clients create|list|revoke` and `medilink api serve` (gunicorn, for real)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest
import typer
from conftest import Caller, issue
from typer.testing import CliRunner

from backend.cli import MAX_WORKERS, default_workers, gunicorn_command, register
from elt.settings import get_settings
from elt.stack.ports import free_port

CLI = typer.Typer()
register(CLI)
SERVE = "import typer; from backend.cli import register; app = typer.Typer(); register(app); app()"


@pytest.fixture
def cli_env(monkeypatch, api_db, tmp_path):
    monkeypatch.setenv("DATABASE_URL", api_db)
    monkeypatch.setenv("MEDILINK_HOME", str(tmp_path))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_clients_create_prints_a_working_secret_once_list_hides_it_and_revoke_ends_it(cli_env, http, make_facility):
    facility = make_facility()
    runner = CliRunner()
    created = runner.invoke(
        CLI,
        [
            "clients",
            "create",
            "--role",
            "facility",
            "--facility-id",
            str(facility["id"]),
            "--name",
            "Ikeja records desk",
            "--json",
        ],
    )
    assert created.exit_code == 0, created.output
    credentials = json.loads(created.stdout)
    assert (credentials["role"], credentials["facility_id"]) == ("facility", facility["id"])
    token = issue(http, type("C", (), credentials)())
    caller = Caller(http, None, token)  # type: ignore[arg-type]
    assert caller.get("/api/v1/patients").status_code == 200

    listed = [json.loads(line) for line in runner.invoke(CLI, ["clients", "list", "--json"]).stdout.splitlines()]
    mine = [row for row in listed if row["client_id"] == credentials["client_id"]]
    assert [(row["name"], row["role"], row["revoked_at"]) for row in mine] == [("Ikeja records desk", "facility", None)]
    table = runner.invoke(CLI, ["clients", "list"], terminal_width=200).stdout
    assert credentials["client_id"] in table
    assert credentials["client_secret"] not in table + json.dumps(listed)

    revoked = runner.invoke(CLI, ["clients", "revoke", credentials["client_id"]])
    assert revoked.exit_code == 0
    assert caller.get("/api/v1/patients").status_code == 401
    assert credentials["client_id"] not in runner.invoke(CLI, ["clients", "list", "--json"]).stdout
    every = [
        json.loads(line) for line in runner.invoke(CLI, ["clients", "list", "--all", "--json"]).stdout.splitlines()
    ]
    assert [row["revoked_at"] is not None for row in every if row["client_id"] == credentials["client_id"]] == [True]
    again = runner.invoke(CLI, ["clients", "revoke", credentials["client_id"]])
    assert again.exit_code == 1


def test_clients_create_refuses_inconsistent_roles(cli_env):
    runner = CliRunner()
    no_facility = runner.invoke(CLI, ["clients", "create", "--role", "facility"])
    assert no_facility.exit_code == 2 and "--facility-id" in no_facility.output
    admin_with_facility = runner.invoke(CLI, ["clients", "create", "--role", "admin", "--facility-id", "1"])
    assert admin_with_facility.exit_code == 2
    unknown = runner.invoke(CLI, ["clients", "create", "--role", "facility", "--facility-id", "424242"])
    assert unknown.exit_code == 2 and "no facility" in unknown.output


def test_every_command_has_help():
    runner = CliRunner()
    for command in (["clients", "create"], ["clients", "list"], ["clients", "revoke"], ["api", "serve"]):
        result = runner.invoke(CLI, [*command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_workers_follow_two_per_core_plus_one_capped():
    assert default_workers(1) == 3
    assert default_workers(2) == 5
    assert default_workers(64) == MAX_WORKERS
    command = gunicorn_command("10.1.2.3", 8080, 5, 60)
    assert command[1:4] == ["-m", "gunicorn", "backend.wsgi:app"]
    assert command[command.index("--workers") + 1] == "5"
    assert command[command.index("--bind") + 1] == "10.1.2.3:8080"


def _env(tmp_path, **extra: str) -> dict[str, str]:
    keep = ("PATH", "AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION")
    return {**{key: os.environ[key] for key in keep if key in os.environ}, "MEDILINK_HOME": str(tmp_path), **extra}


def test_api_serve_refuses_to_start_without_a_jwt_secret(tmp_path, database_url):
    result = subprocess.run(
        [sys.executable, "-c", SERVE, "api", "serve"],
        env=_env(tmp_path, DATABASE_URL=database_url, PYTHONPATH=os.getcwd()),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "API_JWT_SECRET" in result.stderr


def test_api_serve_runs_gunicorn_that_answers_health(tmp_path, database_url, settings):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, "api", "serve", "--port", str(port), "--workers", "2"],
        env=_env(
            tmp_path,
            DATABASE_URL=database_url,
            API_JWT_SECRET="s" * 40,
            S3_BUCKET=settings.s3_bucket,
            PYTHONPATH=os.getcwd(),
        ),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                url = f"http://127.0.0.1:{port}/health?name=Adaeze+Okonkwo"
                with urllib.request.urlopen(url, timeout=2) as response:
                    body = json.loads(response.read())
                    break
            except OSError:
                assert process.poll() is None, process.stdout.read().decode()
                assert time.monotonic() < deadline, "gunicorn did not answer within 60 s"
                time.sleep(0.5)
        assert body["status"] == "healthy"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        output = process.communicate(timeout=30)[0].decode()
    assert "Booting worker" in output
    assert output.count("Booting worker with pid") == 2
    assert '"GET /health HTTP/1.1" 200' in output, "the access log names the path"
    assert "Adaeze" not in output and "name=" not in output, "the access log drops query strings"
