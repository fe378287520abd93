"""The database server dies mid-upsert: the run ends with one clear line, never a traceback, and a
re-run once the server is back leaves the production tables as an uninterrupted run does.

The server killed is a dedicated embedded PostgreSQL started by this test, never the session's.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import psycopg
import pytest

from elt.db import migrate
from elt.pipeline import connect, run_pipeline
from elt.pipeline.lock import STALE_MESSAGE
from elt.sample import write_sample
from elt.stack import Stack

MEDILINK = [sys.executable, "-m", "elt.cli"]
EXIT_DATABASE_UNAVAILABLE = 69
SAMPLE = {"facilities": 40, "patients": 30000, "workers": 0, "records": 1500, "triage": 0}
TABLES = ("facilities", "patients", "medical_records")
# What differs between two loads of the same files by design: surrogate ids (a rolled-back insert
# still uses up identity values), timestamps and lineage. Parents are compared by natural key.
CONTENT = """
select to_jsonb(t) - array['id', 'created_at', 'updated_at', 'batch_id', 'natural_key', 'facility_id', 'patient_id']
       || jsonb_build_object('facility', f.natural_key, 'patient', p.natural_key)
from public.{table} as t
left join public.facilities as f on f.id = (to_jsonb(t) ->> 'facility_id')::bigint
left join public.patients as p on p.id = (to_jsonb(t) ->> 'patient_id')::bigint
"""


@pytest.fixture
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A PostgreSQL of this test's own (S3 is the session's), migrated, with a second database."""
    own = Stack(tmp_path_factory.mktemp("killed-stack"))
    own.up(postgres=True, s3=False)
    try:
        with psycopg.connect(own.postgres.url("postgres"), autocommit=True) as conn:
            conn.execute("create database reference")
        for name in ("medilink", "reference"):
            migrate.upgrade("postgresql+psycopg://" + own.postgres.url(name).split("://", 1)[1])
        yield own
    finally:
        own.down()


def content(url: str) -> dict[str, list[str]]:
    with psycopg.connect(url) as conn:
        return {
            table: sorted(str(row[0]) for row in conn.execute(CONTENT.format(table=table)).fetchall())
            for table in TABLES
        }


def upload(s3, settings, directory: Path) -> None:
    for path in sorted(directory.glob("*.csv")):
        s3.upload_file(str(path), settings.s3_bucket, settings.input_prefix + path.name)


def kill_server(postmaster_pid: int) -> None:
    """kill -9 of the postmaster, then of what it leaves behind (as when the host goes down)."""
    server = psutil.Process(postmaster_pid)
    children = server.children(recursive=True)
    os.kill(postmaster_pid, signal.SIGKILL)
    for child in children:
        with contextlib.suppress(psutil.NoSuchProcess):
            child.send_signal(signal.SIGKILL)
    psutil.wait_procs([server, *children], timeout=30)


def test_killing_the_server_mid_upsert_ends_the_run_with_one_line_and_a_rerun_loads_the_same_rows(
    own_server, stack, settings, s3_client, empty_bucket, tmp_path
):
    write_sample(tmp_path / "sample", seed=5, **SAMPLE)
    postgres = own_server.postgres
    main_url, reference_url = postgres.url("medilink"), postgres.url("reference")

    # The uninterrupted run, on the reference database.
    upload(s3_client, settings, tmp_path / "sample")
    reference_settings = settings.model_copy(update={"database_url": reference_url})
    with connect(reference_settings) as conn:
        assert run_pipeline(conn, s3_client, reference_settings, skip_dbt=True).status == "completed"
    expected = content(reference_url)
    assert [len(expected[table]) for table in TABLES] == [SAMPLE["facilities"], SAMPLE["patients"], SAMPLE["records"]]

    # The same files again; the run on the main database loses its server mid-upsert of patients.
    upload(s3_client, settings, tmp_path / "sample")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("POSTGRES_", "DATABASE_"))}
    env |= stack.env(postgres=False, s3=True)
    env |= {"DATABASE_URL": main_url, "S3_BUCKET": settings.s3_bucket, "MEDILINK_HOME": str(tmp_path / "home")}
    command = [*MEDILINK, "pipeline", "run", "--skip-dbt"]
    run = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with psycopg.connect(postgres.url("postgres"), autocommit=True) as watcher:
        deadline = time.monotonic() + 300
        while not watcher.execute(
            "select exists (select from pg_stat_activity where state = 'active'"
            " and query like '%%insert into public.patients as p%%' and pid <> pg_backend_pid())"
        ).fetchone()[0]:
            assert run.poll() is None and time.monotonic() < deadline, "the run ended before its patients upsert"
            time.sleep(0.02)
        kill_server(postgres.pid())
    out, err = run.communicate(timeout=120)

    assert run.returncode == EXIT_DATABASE_UNAVAILABLE, err[-3000:]
    assert "Traceback" not in out + err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err[-3000:]
    [line] = lines
    assert line.startswith("Lost the database connection during step validate_upsert (batch 1). Committed: batch")
    assert "; tables facilities; the step's open transaction was rolled back." in line
    assert line.endswith("Run again when the database is back.")

    postgres.start()
    rerun = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert content(main_url) == expected
    with psycopg.connect(main_url) as conn:
        batches = conn.execute("select id, status, error_message from etl.etl_batches order by id").fetchall()
    assert [(status, error) for _, status, error in batches] == [("failed", STALE_MESSAGE), ("completed", None)]
