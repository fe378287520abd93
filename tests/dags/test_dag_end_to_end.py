"""The DAG end to end with `dag.test()`: real PostgreSQL, real S3 server, real dbt.

Sample files go to the input prefix, the DAG runs in this process (as `airflow dags test` does),
and the tables, the audit log and the bucket are checked afterwards.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import psycopg
from typer.testing import CliRunner

from elt.airflow_local import DAG_ID
from elt.sample import write_sample
from elt.settings import get_settings

# Requested row counts: with no bad rows every one of them must reach its production table.
SAMPLE = {"facilities": 4, "patients": 12, "workers": 6, "medical_records": 15, "triage_visits": 15}
LOADS = [f"load_{entity}" for entity in SAMPLE]
ALL_TASKS = {
    "extract_from_s3",
    *LOADS,
    "generate_ids_transform",
    "dbt_run",
    "dbt_test",
    "archive_processed_files",
    "finish_batch",
}


def upload_sample(s3, settings, directory: Path) -> list[str]:
    write_sample(
        directory,
        facilities=SAMPLE["facilities"],
        patients=SAMPLE["patients"],
        workers=SAMPLE["workers"],
        records=SAMPLE["medical_records"],
        triage=SAMPLE["triage_visits"],
        seed=7,
    )
    keys = []
    for path in sorted(directory.glob("*.csv")):
        key = settings.input_prefix + path.name
        s3.upload_file(str(path), settings.s3_bucket, key)
        keys.append(key)
    return keys


def keys_under(s3, settings, folder: str) -> list[str]:
    listing = s3.list_objects_v2(Bucket=settings.s3_bucket, Prefix=f"{settings.s3_prefix}/{folder}/")
    return sorted(item["Key"] for item in listing.get("Contents", []))


def table_counts(database_url: str) -> dict[str, int]:
    with psycopg.connect(database_url) as conn:
        return {table: conn.execute(f"select count(*) from public.{table}").fetchone()[0] for table in SAMPLE}


def fetch(database_url: str, query: str) -> list[tuple]:
    with psycopg.connect(database_url) as conn:
        return conn.execute(query).fetchall()


def without_retries(dag):
    # A failure test must not wait out two 5-minute retry delays.
    for task in dag.tasks:
        task.retries = 0
    return dag


def test_run_loads_sample_files_builds_dbt_models_archives_files_and_a_rerun_changes_nothing(
    dag, task_states, clean_db, empty_bucket, s3_client, settings, tmp_path
):
    keys = upload_sample(s3_client, settings, tmp_path / "sample")
    assert len(keys) == 5

    # A manual run without a logical date, as the REST API and the UI start them.
    first = dag.test(logical_date=None)

    assert first.logical_date is None
    assert task_states(first) == dict.fromkeys(ALL_TASKS, "success")
    assert first.state == "success"
    assert table_counts(clean_db) == SAMPLE
    audit = fetch(
        clean_db, "select table_name, records_inserted, records_failed, status from etl.etl_audit_log order by id"
    )
    assert len(audit) == len(SAMPLE)
    assert {row[0]: row[1:] for row in audit} == {table: (count, 0, "success") for table, count in SAMPLE.items()}
    assert fetch(clean_db, "select status, triggered_by from etl.etl_batches") == [("completed", "airflow")]
    assert fetch(clean_db, "select count(*) from etl.etl_rejected_rows") == [(0,)]
    # dbt built the marts from those rows
    assert fetch(clean_db, "select count(*) from marts.dim_patients") == [(SAMPLE["patients"],)]
    assert fetch(clean_db, "select count(*) from marts.dim_facilities") == [(SAMPLE["facilities"],)]
    # every file moved from input/ to archive/…/<batch>/<same name>
    assert keys_under(s3_client, settings, "input") == []
    archived = keys_under(s3_client, settings, "archive")
    assert sorted(Path(key).name for key in archived) == sorted(Path(key).name for key in keys)
    assert fetch(clean_db, "select distinct status from etl.etl_files") == [("archived",)]
    # every task timed its step for the batch (issue 15)
    steps = fetch(clean_db, "select step, status, duration_seconds >= 0 from etl.etl_step_metrics")
    assert sorted(steps) == sorted((task, "success", True) for task in ALL_TASKS)

    # The same files once more: recognised as already processed, nothing changes.
    assert upload_sample(s3_client, settings, tmp_path / "again") == keys
    second = dag.test(logical_date=None)

    assert second.state == "success"
    assert second.run_id != first.run_id
    assert table_counts(clean_db) == SAMPLE
    assert fetch(clean_db, "select count(*) from etl.etl_audit_log") == [(len(SAMPLE),)]
    assert fetch(clean_db, "select count(*) from etl.etl_rejected_rows") == [(0,)]
    batches = fetch(clean_db, "select id, status from etl.etl_batches order by id")
    assert [status for _, status in batches] == ["completed", "completed"]
    second_files = fetch(clean_db, f"select status from etl.etl_files where batch_id = {batches[1][0]}")
    assert sorted(second_files) == [("duplicate",)] * 5
    assert keys_under(s3_client, settings, "input") == []
    assert keys_under(s3_client, settings, "archive") == archived


def test_run_with_no_new_files_succeeds_quickly_and_skips_everything_after_extract(
    dag, task_states, clean_db, empty_bucket, s3_client, settings
):
    run = dag.test(logical_date=None)

    assert run.state == "success"
    states = task_states(run)
    assert states.pop("extract_from_s3") == "success"
    assert states == dict.fromkeys(ALL_TASKS - {"extract_from_s3"}, "skipped")
    assert fetch(clean_db, "select count(*) from etl.etl_batches") == [(0,)]
    assert fetch(clean_db, "select count(*) from etl.etl_audit_log") == [(0,)]


def test_failed_task_is_recorded_in_the_audit_log_and_its_files_stay_in_input(
    dag, task_states, clean_db, empty_bucket, s3_client, settings, tmp_path, monkeypatch, airflow_env
):
    keys = upload_sample(s3_client, settings, tmp_path / "sample")
    # The S3 server answers, but refuses this key: extract_from_s3 fails for real.
    connection = json.loads(airflow_env["AIRFLOW_CONN_AWS_DEFAULT"])
    connection["password"] = "not-the-secret-key"
    monkeypatch.setenv("AIRFLOW_CONN_AWS_DEFAULT", json.dumps(connection))

    run = without_retries(dag).test(logical_date=None)

    assert run.state == "failed"
    states = task_states(run)
    assert states["extract_from_s3"] == "failed"
    assert {states[task] for task in LOADS} == {"upstream_failed"}
    assert states["archive_processed_files"] == "skipped"  # it runs on all_done: no rows loaded, nothing moves
    assert states["finish_batch"] == "failed"  # it runs on all_done and fails the run
    rows = fetch(
        clean_db,
        "select task_id, batch_id, status, dag_run_id, error_message from etl.etl_audit_log order by id",
    )
    assert [row[:4] for row in rows] == [
        ("extract_from_s3", None, "failed", run.run_id),
        ("finish_batch", None, "failed", run.run_id),
    ]
    assert rows[0][4].startswith("ClientError: ")
    assert "not-the-secret-key" not in rows[0][4]
    assert "No batch to finish" in rows[1][4]
    assert keys_under(s3_client, settings, "input") == keys
    assert table_counts(clean_db) == dict.fromkeys(SAMPLE, 0)


def test_dbt_test_failure_fails_the_run_but_archives_the_loaded_files(
    dag, task_states, clean_db, empty_bucket, s3_client, settings, tmp_path, webhook, monkeypatch
):
    keys = upload_sample(s3_client, settings, tmp_path / "sample")
    # The alerts (issue 15) go to a real webhook on 127.0.0.1.
    monkeypatch.setenv("MEDILINK_ALERT_URL", f"json://127.0.0.1:{webhook.server_port}/alerts")
    get_settings.cache_clear()
    dbt_test = dag.get_task("dbt_test")

    def failing_dbt_test(*_step) -> None:
        # Stands in for a dbt data test that finds bad rows; everything around it is real.
        raise RuntimeError("dbt_test failed: 1 node(s) failed: unique_dim_patients_patient_number")

    dbt_test.python_callable = failing_dbt_test

    # dbt_run is marked successful without running: this test is about what follows dbt_test.
    run = without_retries(dag).test(logical_date=None, mark_success_pattern="dbt_run")

    assert run.state == "failed"
    states = task_states(run)
    assert states["generate_ids_transform"] == "success"
    assert states["dbt_test"] == "failed"
    assert states["archive_processed_files"] == "success"
    assert states["finish_batch"] == "failed"
    # The rows are loaded and the files archived, so the next run will not load them again.
    assert table_counts(clean_db) == SAMPLE
    assert keys_under(s3_client, settings, "input") == []
    assert sorted(Path(key).name for key in keys_under(s3_client, settings, "archive")) == sorted(
        Path(key).name for key in keys
    )
    [(batch_id, batch_status, batch_error)] = fetch(clean_db, "select id, status, error_message from etl.etl_batches")
    assert batch_status == "failed"
    assert batch_error.startswith("task dbt_test failed: RuntimeError: dbt_test failed")
    failures = fetch(
        clean_db,
        "select task_id, batch_id, error_message from etl.etl_audit_log where status = 'failed' order by id",
    )
    assert [row[:2] for row in failures] == [("dbt_test", batch_id), ("finish_batch", batch_id)]
    assert "unique_dim_patients_patient_number" in failures[0][2]
    assert "task dbt_test did not succeed (failed): the run fails" in failures[1][2]
    get_settings.cache_clear()
    # The task's notifier ran in the task; the run-level one is the dag processor's job, which
    # dag.test() leaves out (tests/dags/test_alerts.py sends it with a callback context).
    [(_path, alert)] = webhook.received
    assert alert["title"] == "[medilink] dbt tests failed"
    assert f"Run {run.run_id}: RuntimeError: dbt_test failed" in alert["message"]
    assert "unique_dim_patients_patient_number" in alert["message"]


def test_airflow_dags_test_command_works_with_the_env_medilink_airflow_env_prints(
    airflow_local, airflow_env, clean_db, empty_bucket, settings, monkeypatch, tmp_path
):
    import typer

    from elt.cli.airflow import register

    # What a developer's shell holds: the elt settings and the stack's metadata URL.
    for key, value in {
        "DATABASE_URL": settings.libpq_url,
        "S3_BUCKET": settings.s3_bucket,
        "AWS_ENDPOINT_URL": settings.aws_endpoint_url,
        "AWS_ACCESS_KEY_ID": settings.aws_access_key_id,
        "AWS_SECRET_ACCESS_KEY": settings.aws_secret_access_key,
        "MEDILINK_HOME": str(settings.medilink_home),
        "AIRFLOW_DATABASE_URL": airflow_local.metadata_url,
        "MEDILINK_AIRFLOW_PORT": str(airflow_local.port),
        "MEDILINK_AIRFLOW_WORKER_LOG_PORT": str(airflow_local.worker_log_port),
        "MEDILINK_AIRFLOW_TRIGGERER_LOG_PORT": str(airflow_local.triggerer_log_port),
    }.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    app = typer.Typer()
    register(app)
    printed = CliRunner().invoke(app, ["airflow", "env"])
    get_settings.cache_clear()
    assert printed.exit_code == 0, printed.output
    exported = dict(shlex.split(line.removeprefix("export "))[0].split("=", 1) for line in printed.stdout.splitlines())
    assert exported == airflow_env

    # `eval "$(medilink airflow env)"; airflow dags test medical_records_etl_pipeline`
    began = datetime.now(UTC)
    airflow = str(Path(sys.executable).with_name("airflow"))
    shell = f'eval "$(cat)"; exec {shlex.quote(airflow)} dags test {DAG_ID}'
    result = subprocess.run(
        ["bash", "-c", shell],
        input=printed.stdout,
        env={"PATH": os.environ["PATH"], "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    output = result.stdout + result.stderr
    assert "No new files under input/" in output
    assert fetch(clean_db, "select count(*) from etl.etl_batches") == [(0,)]
    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session
    from sqlalchemy import select

    with create_session() as session:
        latest = session.scalars(select(DagRun).where(DagRun.dag_id == DAG_ID).order_by(DagRun.id.desc())).first()
        assert (latest.triggered_by.value, latest.state) == ("test", "success")
        assert latest.start_date >= began
