"""elt.dbt_runner: the connection dbt gets comes from the settings, in every hosting shape."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from dbt.config.renderer import ProfileRenderer
from dbt_common.context import set_invocation_context

from elt.dbt_runner import DBT_PROJECT_DIR, SECRET_PASSWORD_VAR, profile_env, run_dbt
from elt.settings import Settings
from elt.stack import Stack

pytestmark = pytest.mark.usefixtures("clean_environment")


def settings_for(tmp_path: Path, **values: object) -> Settings:
    return Settings(_env_file=None, medilink_home=tmp_path, **values)


def render_profile(env: dict[str, str]) -> dict:
    """dbt/profiles.yml as dbt renders it under `env` (dbt's own renderer, so env_var() is real)."""
    raw = yaml.safe_load((DBT_PROJECT_DIR / "profiles.yml").read_text())
    set_invocation_context(env)  # what env_var() reads, as at the start of a dbt invocation
    return ProfileRenderer({}).render_data(raw)["medilink"]["outputs"]["default"]


def test_rds_url_gives_host_port_user_and_sslmode(tmp_path: Path) -> None:
    url = "postgresql://medilink_app:s%40fe-pass@medilink.abc123.eu-west-1.rds.amazonaws.com:6543/medilink?sslmode=require"
    env = profile_env(settings_for(tmp_path, database_url=url))
    assert env == {
        "POSTGRES_HOST": "medilink.abc123.eu-west-1.rds.amazonaws.com",
        "POSTGRES_PORT": "6543",
        "POSTGRES_USER": "medilink_app",
        "POSTGRES_PASSWORD": "s@fe-pass",
        "POSTGRES_DB": "medilink",
        "POSTGRES_SSLMODE": "require",
        "POSTGRES_SSLROOTCERT": "",
    }


def test_sslmode_and_root_certificate_settings_reach_dbts_profile(tmp_path: Path) -> None:
    settings = settings_for(
        tmp_path, postgres_host="db.rds", postgres_sslmode="verify-full", postgres_sslrootcert="/certs/rds.pem"
    )
    env = profile_env(settings)
    assert (env["POSTGRES_SSLMODE"], env["POSTGRES_SSLROOTCERT"]) == ("verify-full", "/certs/rds.pem")
    rendered = render_profile(env | {SECRET_PASSWORD_VAR: ""})
    assert (rendered["sslmode"], rendered["sslrootcert"]) == ("verify-full", "/certs/rds.pem")


def test_docker_service_name_from_postgres_variables(tmp_path: Path) -> None:
    settings = settings_for(
        tmp_path, postgres_host="postgres", postgres_user="airflow", postgres_password="pw", postgres_db="medilink"
    )
    env = profile_env(settings)
    assert (env["POSTGRES_HOST"], env["POSTGRES_PORT"], env["POSTGRES_SSLMODE"]) == ("postgres", "5432", "prefer")


def test_socket_directory_url_gives_the_directory_as_host(tmp_path: Path) -> None:
    url = "postgresql://postgres@/medilink?host=/srv/medilink/.medilink/run&port=61234"
    env = profile_env(settings_for(tmp_path, database_url=url))
    assert env["POSTGRES_HOST"] == "/srv/medilink/.medilink/run"
    assert env["POSTGRES_PORT"] == "61234"
    assert env["POSTGRES_PASSWORD"] == ""


def test_profile_treats_an_empty_port_as_5432_and_defaults_sslmode() -> None:
    rendered = render_profile(
        {"POSTGRES_HOST": "db.internal", "POSTGRES_PORT": "", "POSTGRES_DB": "warehouse", "POSTGRES_SSLMODE": ""}
        | {"POSTGRES_USER": "u", "POSTGRES_PASSWORD": "p", SECRET_PASSWORD_VAR: ""}
    )
    assert rendered["port"] == 5432
    assert rendered["host"] == "db.internal"
    assert rendered["dbname"] == "warehouse"
    assert rendered["sslmode"] == "prefer"
    assert rendered["threads"] == 2


def test_profile_prefers_the_scrubbed_password_variable() -> None:
    common = {"POSTGRES_HOST": "h", "POSTGRES_PORT": "5433", "POSTGRES_USER": "u"}
    assert render_profile(common | {"POSTGRES_PASSWORD": "plain", SECRET_PASSWORD_VAR: "secret"})["password"] == (
        "secret"
    )
    # Plain `dbt` with exported POSTGRES_* variables:
    assert render_profile(common | {"POSTGRES_PASSWORD": "plain"})["password"] == "plain"


def test_run_dbt_ignores_the_callers_postgres_variables(
    tmp_path: Path, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSTGRES_HOST", "nowhere.invalid")
    monkeypatch.setenv("POSTGRES_PORT", "1")
    result = run_dbt(["debug"], settings_for(tmp_path, database_url=server_url))
    assert result.success, result.error
    assert os.environ["POSTGRES_HOST"] == "nowhere.invalid"  # put back afterwards


def test_run_dbt_connects_through_the_embedded_stacks_socket(tmp_path: Path, stack: Stack) -> None:
    if os.environ.get("MEDILINK_TEST_DATABASE_URL"):
        pytest.skip("the session uses an external server, which has no socket of ours")
    pg = stack.postgres
    url = f"postgresql://{pg.user}@/postgres?host={pg.socket_dir}&port={pg.port}"
    result = run_dbt(["debug"], settings_for(tmp_path, database_url=url))
    assert result.success, result.error


def test_failed_connection_is_reported_without_the_password(
    tmp_path: Path, server_url: str, capfd: pytest.CaptureFixture[str]
) -> None:
    password = "Wrong-Password-7c1e9a"
    host_and_rest = server_url.split("://", 1)[1].split("@", 1)[1]
    url = f"postgresql://postgres:{password}@{host_and_rest}"
    result = run_dbt(["run", "--select", "stg_patients"], settings_for(tmp_path, database_url=url))
    assert not result.success
    output = capfd.readouterr()
    logs = b"".join(path.read_bytes() for path in tmp_path.rglob("*") if path.is_file())
    assert "password authentication failed" in output.out + output.err + logs.decode(errors="replace")
    assert password not in output.out + output.err + (result.error or "")
    assert password.encode() not in logs
