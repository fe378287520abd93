"""The local Airflow: generated secrets and login, its connections, and the real processes."""

from __future__ import annotations

import json
import stat
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psutil
import psycopg
import pytest

from elt.airflow_local import DAG_ID, AirflowError, LocalAirflow
from elt.sample import write_sample
from elt.settings import Settings


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_secrets_and_admin_login_are_generated_once_long_random_and_private(settings, tmp_path):
    local = LocalAirflow(settings=settings.model_copy(update={"medilink_home": tmp_path}), metadata_url="x")
    env = local.env()

    assert private(local.secrets_file)
    assert private(local.passwords_file)
    assert len(env["AIRFLOW__API_AUTH__JWT_SECRET"]) >= 64
    assert env["AIRFLOW__API_AUTH__JWT_SECRET"] != env["AIRFLOW__API__SECRET_KEY"]
    passwords = json.loads(local.passwords_file.read_text())
    assert list(passwords) == ["admin"]
    assert len(passwords["admin"]) >= 20
    assert env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"] == str(local.passwords_file)
    # a second call reuses them; another home gets its own
    assert local.env() == env
    assert local.admin_password() == (passwords["admin"], False)
    other = LocalAirflow(settings=settings.model_copy(update={"medilink_home": tmp_path / "b"}), metadata_url="x")
    other_env = other.env()
    for key in ("AIRFLOW__API_AUTH__JWT_SECRET", "AIRFLOW__CORE__FERNET_KEY", "AIRFLOW__API__SECRET_KEY"):
        assert other_env[key] != env[key]
    assert other.admin_password()[0] != passwords["admin"]


def test_env_configures_a_small_local_executor_airflow_for_the_repo_dags(settings, tmp_path):
    local = LocalAirflow(
        settings=settings.model_copy(update={"medilink_home": tmp_path}),
        metadata_url="postgresql+psycopg://u:p@127.0.0.1:5/airflow",
        port=18123,
    )
    env = local.env()

    assert env["AIRFLOW_HOME"] == str(tmp_path / "airflow")
    assert env["AIRFLOW__CORE__DAGS_FOLDER"] == str(Path(__file__).resolve().parents[2] / "airflow" / "dags")
    assert env["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
    assert env["AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION"] == "False"
    assert int(env["AIRFLOW__CORE__PARALLELISM"]) <= 4
    assert env["AIRFLOW__API__WORKERS"] == "1"
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == "postgresql+psycopg://u:p@127.0.0.1:5/airflow"
    assert env["AIRFLOW__API__PORT"] == "18123"
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://127.0.0.1:18123/execution/"
    assert env["AIRFLOW__LOGGING__BASE_LOG_FOLDER"] == str(tmp_path / "airflow" / "logs")


def test_connections_describe_the_settings_warehouse_and_s3_server(settings, tmp_path):
    conns = LocalAirflow(settings=settings, metadata_url="x").connections()

    warehouse = json.loads(conns["AIRFLOW_CONN_MEDILINK_WAREHOUSE"])
    expected = psycopg.conninfo.conninfo_to_dict(settings.libpq_url)
    assert warehouse["conn_type"] == "postgres"
    assert (warehouse["host"], str(warehouse["port"]), warehouse["login"], warehouse["schema"]) == (
        expected["host"],
        expected["port"],
        expected["user"],
        expected["dbname"],
    )
    assert warehouse["password"] == expected["password"]
    aws = json.loads(conns["AIRFLOW_CONN_AWS_DEFAULT"])
    assert aws["conn_type"] == "aws"
    assert (aws["login"], aws["password"]) == (settings.aws_access_key_id, settings.aws_secret_access_key)
    assert aws["extra"]["endpoint_url"] == settings.aws_endpoint_url
    assert aws["extra"]["region_name"] == settings.aws_default_region

    # On AWS itself: no endpoint and no keys, so the provider uses the instance role.
    on_aws = settings.model_copy(
        update={"aws_endpoint_url": None, "aws_access_key_id": None, "aws_secret_access_key": None}
    )
    aws = json.loads(LocalAirflow(settings=on_aws, metadata_url="x").connections()["AIRFLOW_CONN_AWS_DEFAULT"])
    assert "login" not in aws
    assert "endpoint_url" not in aws["extra"]


def test_provider_hooks_reach_the_real_warehouse_and_bucket_through_those_connections(
    airflow_env, settings, empty_bucket, s3_client
):
    from airflow.providers.amazon.aws.hooks.s3 import S3Hook
    from airflow.providers.postgres.hooks.postgres import PostgresHook

    s3_client.put_object(Bucket=empty_bucket, Key="medical_records/input/probe.csv", Body=b"a\n")
    with psycopg.connect(
        PostgresHook(postgres_conn_id="medilink_warehouse")
        .sqlalchemy_url.set(drivername="postgresql")
        .render_as_string(hide_password=False)
    ) as conn:
        assert conn.execute("select current_database()").fetchone()[0] == settings.libpq_url.rsplit("/", 1)[1]
    listing = S3Hook(aws_conn_id="aws_default").get_conn().list_objects_v2(Bucket=empty_bucket)
    assert [item["Key"] for item in listing["Contents"]] == ["medical_records/input/probe.csv"]


def test_metadata_database_comes_from_the_stack_env_else_beside_the_warehouse(settings, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no developer .env
    monkeypatch.delenv("AIRFLOW_DATABASE_URL", raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("MEDILINK_HOME", str(home))
    warehouse = "postgresql://me:pw@db.example:6543/medilink"

    assert LocalAirflow.from_settings(Settings(database_url=warehouse)).metadata_url == (
        "postgresql+psycopg://me:pw@db.example:6543/airflow"
    )

    # `medilink stack up` wrote the home's stack.env: settings built from now on read it.
    (home / "stack.env").write_text("AIRFLOW_DATABASE_URL=postgresql://pg:secret@127.0.0.1:5999/airflow\n")
    assert LocalAirflow.from_settings(Settings(database_url=warehouse)).metadata_url == (
        "postgresql+psycopg://pg:secret@127.0.0.1:5999/airflow"
    )


def caught_up(local: LocalAirflow) -> bool:
    """The next scheduled run lies in the future and no run is queued or running."""
    next_run = local.dag_info()["next_dagrun_run_after"]
    if next_run is None or datetime.fromisoformat(next_run) <= datetime.now(UTC):
        return False
    runs = local._api("GET", f"/dags/{DAG_ID}/dagRuns", local.token()).json()["dag_runs"]
    return not any(run["state"] in ("queued", "running") for run in runs)


@pytest.mark.slow
def test_up_serves_the_dag_a_rest_trigger_runs_it_and_down_stops_every_process(
    airflow_local, airflow_env, clean_db, empty_bucket, s3_client, settings, tmp_path
):
    result = airflow_local.up(timeout=300)
    try:
        assert sorted(result.started) == sorted(["api-server", "scheduler", "dag-processor", "triggerer"])
        assert result.dag_paused is False
        healthy = dict.fromkeys(("metadatabase", "scheduler", "triggerer", "dag_processor"), "healthy")
        deadline = time.monotonic() + 60  # `up` waits for the scheduler; the triggerer's first heartbeat may lag
        while (statuses := {name: value["status"] for name, value in airflow_local.health().items()}) != healthy:
            assert time.monotonic() < deadline, statuses
            time.sleep(1)
        # no fixed default password: admin/admin is refused, the generated one is accepted
        refused = httpx.post(
            f"{airflow_local.api_url}/auth/token", json={"username": "admin", "password": "admin"}, timeout=30
        )
        assert refused.status_code == 401
        # The scheduler first runs the most recent missed 02:00 slot (catchup=False runs the
        # latest one): wait until it has been created and has finished, so it takes no file of ours.
        deadline = time.monotonic() + 180
        while not caught_up(airflow_local):
            assert time.monotonic() < deadline
            time.sleep(2)

        write_sample(tmp_path / "sample", facilities=3, patients=5, workers=2, records=4, triage=4, seed=11)
        for path in sorted((tmp_path / "sample").glob("*.csv")):
            s3_client.upload_file(str(path), settings.s3_bucket, settings.input_prefix + path.name)
        run_id = airflow_local.trigger(conf={"triggered_by": "rest-test"})
        assert airflow_local.wait_for_run(run_id, timeout=600) == "success"

        with psycopg.connect(clean_db) as conn:
            # Every DAG run's batch says "airflow": the run lock tells Airflow batches apart by it.
            assert conn.execute("select status, triggered_by from etl.etl_batches").fetchall() == [
                ("completed", "airflow")
            ]
            assert conn.execute("select count(*) from public.patients").fetchone() == (5,)
        task_log = next(
            (airflow_local.logs_dir / f"dag_id={DAG_ID}").glob(f"run_id={run_id}/task_id=extract_from_s3/*")
        )
        assert "Batch " in task_log.read_text()
    finally:
        pids = [status.pid for status in airflow_local.status() if status.pid]
        stopped = airflow_local.down()

    assert sorted(stopped) == sorted(["api-server", "scheduler", "dag-processor", "triggerer"])
    assert not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE for pid in pids)
    assert airflow_local.health() is None
    with pytest.raises(AirflowError, match="not answering"):
        airflow_local.trigger()


def test_cli_prints_the_generated_login_and_says_so_when_airflow_is_not_running(settings, tmp_path, monkeypatch):
    import typer
    from typer.testing import CliRunner

    from elt.cli.airflow import register
    from elt.settings import get_settings
    from elt.stack.ports import free_port

    monkeypatch.setenv("DATABASE_URL", settings.libpq_url)
    monkeypatch.setenv("MEDILINK_HOME", str(tmp_path))
    monkeypatch.setenv("MEDILINK_AIRFLOW_PORT", str(free_port()))  # nothing listens there
    get_settings.cache_clear()
    app = typer.Typer()
    register(app)
    try:
        login = CliRunner().invoke(app, ["airflow", "login"])
        trigger = CliRunner().invoke(app, ["airflow", "trigger"])
        bad_conf = CliRunner().invoke(app, ["airflow", "trigger", "--conf", "[1]"])
    finally:
        get_settings.cache_clear()

    password = json.loads((tmp_path / "airflow" / "passwords.json").read_text())["admin"]
    assert login.exit_code == 0
    assert f"admin / {password}" in login.stdout
    assert trigger.exit_code == 1
    assert "not answering" in trigger.output
    assert bad_conf.exit_code == 2
