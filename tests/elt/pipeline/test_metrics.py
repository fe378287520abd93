"""Per-batch metrics: step timings and volumes, rows per facility, the textfile, `medilink status`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from prometheus_client.parser import text_string_to_metric_families

from elt.monitoring.checks import slow_run_alert
from elt.pipeline.metrics import step
from tests.elt.pipeline.fixtures import ALL_FILES, LOADED

ENTITIES = ("facilities", "patients", "workers", "medical_records", "triage_visits")
# Data rows per file (header excluded; medical_records row 2 spans two lines): 5, 9, 3, 5, 6.
ROWS = {"facilities": 5, "patients": 9, "workers": 3, "medical_records": 5, "triage_visits": 6}


def upload_all(harness) -> None:
    for name, content in ALL_FILES.items():
        harness.upload(name, content)


def test_every_step_is_timed_with_its_rows_and_bytes(harness):
    upload_all(harness)
    summary = harness.run()
    steps = harness.query(
        "select step, status, duration_seconds, rows_read, rows_loaded, rows_rejected, bytes"
        " from etl.etl_step_metrics where batch_id = %s order by started_at, id",
        (summary.batch_id,),
    )
    names = [row[0] for row in steps]
    assert names == [f"stage_{e}" for e in ENTITIES] + ["validate_upsert", "report_archive"]
    assert all(row[1] == "success" and row[2] >= 0 for row in steps)
    staged = {row[0].removeprefix("stage_"): (row[3], row[6]) for row in steps if row[0].startswith("stage_")}
    assert staged == {e: (ROWS[e], len(ALL_FILES[f"{e}.csv"].encode())) for e in ENTITIES}
    validate = next(row for row in steps if row[0] == "validate_upsert")
    assert validate[3:6] == (28, sum(LOADED.values()), 16)

    (batch,) = harness.query(
        "select rows_read, rows_loaded, rows_rejected, bytes, files, duration_seconds > 0"
        " from etl.batch_metrics where batch_id = %s",
        (summary.batch_id,),
    )
    assert batch == (28, 12, 16, sum(len(c.encode()) for c in ALL_FILES.values()), 5, True)


def test_rows_are_counted_for_the_facility_each_row_names(harness):
    upload_all(harness)
    summary = harness.run()
    rows = harness.query(
        "select f.facility_code, r.entity, r.reason_code, r.row_count from etl.etl_facility_rows r"
        " left join public.facilities f on f.id = r.facility_id where r.batch_id = %s",
        (summary.batch_id,),
    )
    totals: dict[tuple, int] = {}
    for code, _entity, reason, count in rows:
        key = (code, "accepted" if reason is None else "rejected")
        totals[key] = totals.get(key, 0) + count
    # Worked out from fixtures.py by hand (a facilities row counts for the facility it describes):
    assert totals == {
        # facility row, patients 3 (+1 duplicate), worker 1, records 2 (+3), triage 2 (+4)
        ("NG-LA-0001", "accepted"): 9,
        ("NG-LA-0001", "rejected"): 8,
        # facility row, worker S-2; patients rows 4-6 and worker S-3 rejected
        ("NG-KN-0002", "accepted"): 2,
        ("NG-KN-0002", "rejected"): 4,
        # facility row; patient P-008 born 1899
        ("NG-FC-0003", "accepted"): 1,
        ("NG-FC-0003", "rejected"): 1,
        # facilities rows 5-6 (no such LGA / state) and the patient of NG-XX-9999
        (None, "rejected"): 3,
    }
    by_reason = {(code, reason): n for code, _e, reason, n in rows if reason}
    assert by_reason[(None, "unknown_facility")] == 1
    assert by_reason[("NG-KN-0002", "bad_cadre")] == 1


def test_a_dry_run_leaves_no_facility_counts(harness):
    upload_all(harness)
    summary = harness.run(dry_run=True)
    assert harness.query("select count(*) from etl.etl_facility_rows where batch_id = %s", (summary.batch_id,)) == [
        (0,)
    ]


def test_a_failing_step_is_recorded_as_failed_and_the_error_still_raised(clean_db):
    with psycopg.connect(clean_db, autocommit=True) as conn:
        (batch_id,) = conn.execute("insert into etl.etl_batches default values returning id").fetchone()
        with pytest.raises(RuntimeError, match="S3 went away"), step(conn, batch_id, "archive") as record:
            record(rows_read=7)
            raise RuntimeError("S3 went away")
        row = conn.execute(
            "select step, status, rows_read from etl.etl_step_metrics where batch_id = %s", (batch_id,)
        ).fetchone()
    assert row == ("archive", "failed", 7)


def test_textfile_holds_the_last_batch_for_node_exporter(harness, tmp_path):
    upload_all(harness)
    harness.settings = harness.settings.model_copy(update={"medilink_metrics_textfile_dir": tmp_path / "textfile"})
    summary = harness.run()
    path = tmp_path / "textfile" / "medilink_pipeline.prom"
    samples = {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(path.read_text())
        for sample in family.samples
    }
    assert samples[("medilink_pipeline_last_batch_id", ())] == summary.batch_id
    assert samples[("medilink_pipeline_last_batch_rows", (("kind", "read"),))] == 28
    assert samples[("medilink_pipeline_last_batch_rows", (("kind", "loaded"),))] == 12
    assert samples[("medilink_pipeline_last_batch_rows", (("kind", "rejected"),))] == 16
    assert samples[("medilink_pipeline_last_success_timestamp_seconds", ())] > datetime.now(UTC).timestamp() - 600
    steps = {dict(labels)["step"] for name, labels in samples if name.endswith("step_duration_seconds")}
    assert steps == {f"stage_{e}" for e in ENTITIES} | {"validate_upsert", "report_archive"}
    assert [p.name for p in path.parent.iterdir()] == ["medilink_pipeline.prom"]  # no temporary file left


def _batches_with_durations(conn: psycopg.Connection, seconds: list[float]) -> list[int]:
    start = datetime(2026, 1, 1, 2, tzinfo=UTC)
    ids = []
    for n, duration in enumerate(seconds):
        began = start + timedelta(days=n)
        ids.append(
            conn.execute(
                "insert into etl.etl_batches (status, started_at, completed_at) values ('completed', %s, %s)"
                " returning id",
                (began, began + timedelta(seconds=duration)),
            ).fetchone()[0]
        )
    return ids


def test_a_run_over_three_times_its_median_alerts_and_one_under_does_not(clean_db):
    with psycopg.connect(clean_db, autocommit=True) as conn:
        *_, slow = _batches_with_durations(conn, [10, 12, 8, 11, 34])  # median of the four before: 10.5
        alert = slow_run_alert(conn, slow, factor=3.0)
        assert alert is not None and alert.kind == "slow_run"
        assert "34 s" in alert.title and "3.2x" in alert.title
        *_, fine = _batches_with_durations(conn, [31])  # median of the last five before: 11
        assert slow_run_alert(conn, fine, factor=3.0) is None


def test_no_slow_run_alert_before_there_is_a_median(clean_db):
    with psycopg.connect(clean_db, autocommit=True) as conn:
        *_, second = _batches_with_durations(conn, [1, 500])
        assert slow_run_alert(conn, second, factor=3.0) is None


def test_status_shows_the_last_batches_with_timing_and_rejection_rate(harness, stack, tmp_path):
    upload_all(harness)
    summary = harness.run()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("POSTGRES_", "DATABASE_"))}
    env |= {"DATABASE_URL": harness.settings.database_url, "MEDILINK_HOME": str(tmp_path), "COLUMNS": "200"}
    command = [sys.executable, "-m", "elt.cli", "status"]
    shown = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    line = next(line for line in shown.stdout.splitlines() if line.strip("│ ").startswith(str(summary.batch_id)))
    cells = [cell.strip() for cell in line.strip("│").split("│")]
    assert cells[1] == "completed"
    assert cells[7:11] == ["28", "12", "16", "57.1%"]  # 16 of 28 rows rejected
    as_json = subprocess.run([*command, "--json"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    batch = json.loads(as_json.stdout)["batches"][0]
    assert batch["batch_id"] == summary.batch_id
    assert len(batch["steps"]) == 7  # five stage steps, validate_upsert, report_archive (dbt skipped)
