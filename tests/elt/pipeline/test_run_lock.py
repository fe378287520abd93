"""One run at a time, owned by elt: the pipeline's session advisory lock, whoever starts the run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from elt.pipeline import connect, hold_run_lock, open_batch, run_pipeline
from elt.pipeline.lock import STALE_MESSAGE, try_lock
from elt.sample import write_sample

MEDILINK = [sys.executable, "-m", "elt.cli"]
EXIT_RUN_IN_PROGRESS = 75
FACILITIES = "name,state,lga,facility_code\nIkeja General Hospital,Lagos,Ikeja,LA-1\n"


@pytest.fixture
def cli_env(settings, stack, tmp_path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("POSTGRES_", "DATABASE_"))}
    env |= stack.env(postgres=False, s3=True)
    env |= {"DATABASE_URL": settings.database_url, "S3_BUCKET": settings.s3_bucket, "MEDILINK_HOME": str(tmp_path)}
    return env


def batches(harness) -> list[tuple]:
    return harness.query("select id, status, triggered_by, error_message from etl.etl_batches order by id")


def test_a_second_run_stops_with_the_running_batch_and_exit_75_and_the_crashed_holders_batch_is_closed_later(
    harness, cli_env, tmp_path
):
    key = harness.upload("facilities.csv", FACILITIES)
    holder = connect(harness.settings)
    with hold_run_lock(holder):
        batch = open_batch(holder, harness.s3, harness.settings, triggered_by="cli")
        started = harness.query("select started_at from etl.etl_batches where id = %s", (batch["batch_id"],))[0][0]
        second = subprocess.run(
            [*MEDILINK, "pipeline", "run", "--skip-dbt"],
            env=cli_env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        with connect(harness.settings) as conn:  # in this process too: the lock is per session
            busy = run_pipeline(conn, harness.s3, harness.settings, skip_dbt=True)
        # Nothing was touched while the holder lives.
        assert [row[:2] for row in batches(harness)] == [(batch["batch_id"], "running")]
        assert harness.keys("input/") == [key]
        holder.close()  # the holder's run "crashes": its batch stays running, its lock goes with its session

    expected = f"a run is in progress (batch {batch['batch_id']}, started {started:%Y-%m-%d %H:%M:%S} UTC by cli)"
    assert second.returncode == EXIT_RUN_IN_PROGRESS, second.stderr
    assert expected in " ".join(second.stderr.split())
    assert "Traceback" not in second.stderr
    assert (busy.status, busy.batch_id) == ("busy", None) and expected in busy.error

    rerun = harness.run()

    assert rerun.status == "completed", rerun.error
    assert batches(harness) == [
        (batch["batch_id"], "failed", "cli", STALE_MESSAGE),
        (rerun.batch_id, "completed", "test", None),
    ]
    assert harness.count("facilities") == 1 and harness.keys("input/") == []


def test_a_waiting_run_says_whom_it_waits_for_then_runs(harness):
    harness.upload("facilities.csv", FACILITIES)
    messages: list[str] = []
    result = {}
    holder = connect(harness.settings)
    with hold_run_lock(holder):

        def second() -> None:
            with connect(harness.settings) as conn:
                result["summary"] = run_pipeline(
                    conn, harness.s3, harness.settings, skip_dbt=True, wait=True, progress=messages.append
                )

        thread = threading.Thread(target=second)
        thread.start()
        deadline = time.monotonic() + 30
        while not messages and time.monotonic() < deadline:
            time.sleep(0.1)
        assert messages[:1] == ["Waiting: a run is in progress (no batch opened yet)"]
        assert thread.is_alive()
    thread.join(60)
    holder.close()

    assert result["summary"].status == "completed"
    assert harness.count("facilities") == 1


def test_a_live_airflow_batch_holds_off_in_process_runs_until_its_dag_run_timed_out(harness):
    harness.upload("facilities.csv", FACILITIES)
    [(airflow_batch,)] = harness.query(
        "insert into etl.etl_batches (triggered_by) values ('airflow') returning id"
    )  # between two tasks of a DAG run: running, and no lock holder

    busy = harness.run()
    assert busy.status == "busy" and f"batch {airflow_batch}," in busy.error
    assert harness.keys("input/") != []

    harness.query(
        "update etl.etl_batches set started_at = now() - interval '6 hours 1 minute' where id = %s returning id",
        (airflow_batch,),
    )
    done = harness.run()
    assert done.status == "completed"
    assert [row[:2] for row in batches(harness)] == [(airflow_batch, "failed"), (done.batch_id, "completed")]


def _two_runs_at_once(harness, cli_env, tmp_path: Path, counts: dict[str, int]) -> None:
    manifest = write_sample(
        tmp_path / "sample",
        facilities=counts["facilities"],
        patients=counts["patients"],
        workers=counts["workers"],
        records=counts["medical_records"],
        triage=counts["triage_visits"],
        seed=3,
    )
    assert manifest.requested == counts
    for path in sorted((tmp_path / "sample").glob("*.csv")):
        harness.s3.upload_file(str(path), harness.settings.s3_bucket, harness.settings.input_prefix + path.name)

    command = [*MEDILINK, "pipeline", "run", "--wait", "--skip-dbt", "--json"]
    runs = [
        subprocess.Popen(command, env=cli_env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=1200) for run in runs]

    assert [run.returncode for run in runs] == [0, 0], [err[-2000:] for _, err in outputs]
    assert all("Traceback" not in err for _, err in outputs)
    assert sorted(json.loads(out)["status"] for out, _ in outputs) == ["completed", "nothing_to_do"]
    # No file read twice: one batch, each object once, every row loaded once.
    assert [row[1] for row in batches(harness)] == ["completed"]
    files = harness.query("select object_key, status, rows_read from etl.etl_files order by object_key")
    assert [(Path(key).name, status) for key, status, _ in files] == [
        (f"{entity}.csv", "archived") for entity in sorted(counts)
    ]
    assert {Path(key).stem: rows for key, _, rows in files} == counts
    assert {entity: harness.count(f"public.{entity}") for entity in counts} == counts
    assert harness.count("etl.etl_rejected_rows") == 0


def test_two_runs_started_at_once_read_each_file_once(harness, cli_env, tmp_path):
    counts = {"facilities": 10, "patients": 1500, "workers": 100, "medical_records": 1200, "triage_visits": 1200}
    _two_runs_at_once(harness, cli_env, tmp_path, counts)


@pytest.mark.slow
def test_two_runs_started_at_once_on_100k_rows_read_each_file_once(harness, cli_env, tmp_path):
    counts = {"facilities": 200, "patients": 40000, "workers": 4800, "medical_records": 30000, "triage_visits": 25000}
    assert sum(counts.values()) == 100_000
    _two_runs_at_once(harness, cli_env, tmp_path, counts)


def test_the_lock_is_gone_with_its_holders_session(database_url):
    holder = psycopg.connect(database_url, autocommit=True)
    with psycopg.connect(database_url, autocommit=True) as other:
        with hold_run_lock(holder):
            assert try_lock(other) is False
            holder.close()  # no unlock: the session ends, as when a process is killed
            deadline = time.monotonic() + 10  # the server ends the backend a moment after the socket closes
            while not try_lock(other) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert other.execute(
                "select count(*) from pg_locks where locktype = 'advisory' and granted and pid = pg_backend_pid()"
            ).fetchone() == (1,)
        other.execute("select pg_advisory_unlock_all()")
