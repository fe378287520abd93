"""Retention on real rows and real S3 objects: what is older than its period goes, the rest stays,
a second run removes nothing, and the audit keeps six years whatever the caller asks."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from elt.retention import purge
from elt.settings import Settings

ITEMS = ("rejected", "staged", "archive", "reports", "audit")


def counts(results) -> dict[str, int]:
    return dict(zip(ITEMS, (result.count for result in results), strict=True))


@pytest.fixture
def old_rows(clean_db: str) -> dict[str, int]:
    """Batches, staged rows, rejected rows and audit rows on both sides of the default periods."""
    with psycopg.connect(clean_db, autocommit=True) as conn:

        def batch(status: str, age_days: int) -> int:
            return conn.execute(
                "insert into etl.etl_batches (status, started_at, completed_at)"
                " values (%s, now() - make_interval(days => %s), case when %s <> 'running'"
                " then now() - make_interval(days => %s) end) returning id",
                (status, age_days, status, age_days),
            ).fetchone()[0]

        old_done, old_running, recent_done = batch("completed", 40), batch("running", 40), batch("failed", 5)
        for batch_id, rows in ((old_done, 3), (old_running, 2), (recent_done, 4)):
            conn.execute(
                "insert into etl.stage_patients (batch_id, file_id, row_number, first_name)"
                " select %s, 1, g, 'Staged' from generate_series(2, %s + 1) as g",
                (batch_id, rows),
            )
        conn.execute(
            "insert into etl.stage_triage_visits (batch_id, file_id, row_number) values (%s, 1, 2)", (old_done,)
        )
        for age_days, raw in ((100, '{"first_name": "Old"}'), (91, '{"first_name": "Old2"}'), (10, '{"a": "b"}')):
            conn.execute(
                "insert into etl.etl_rejected_rows (batch_id, entity, row_number, reason_code, message, raw,"
                " created_at) values (%s, 'patients', 2, 'bad_dob', 'bad', %s, now() - make_interval(days => %s))",
                (old_done, raw, age_days),
            )
        # Rows another test of this module left (a dry run keeps them) would count twice.
        conn.execute("delete from api.access_audit where who = 'retention-test'")
        for age_days in (2200, 2191, 2100, 1):
            conn.execute(
                "insert into api.access_audit (who, role, action, resource, request_id, at)"
                " values ('retention-test', 'admin', 'read', 'patients', 'r', now() - make_interval(days => %s))",
                (age_days,),
            )
    return {"old_done": old_done, "old_running": old_running, "recent_done": recent_done}


@pytest.fixture
def retention_settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"s3_prefix": f"retention-{uuid.uuid4().hex[:8]}"})


def test_purge_removes_exactly_what_is_past_its_period_and_a_second_run_nothing(
    clean_db: str, old_rows: dict[str, int], s3_client, retention_settings: Settings
) -> None:
    with psycopg.connect(clean_db) as conn:
        dry = purge(conn, s3_client, retention_settings, dry_run=True)
        assert counts(dry) == {"rejected": 2, "staged": 4, "archive": 0, "reports": 0, "audit": 2}
        first = purge(conn, s3_client, retention_settings)
        second = purge(conn, s3_client, retention_settings)
        raws = conn.execute("select raw::text, reason_code from etl.etl_rejected_rows order by created_at").fetchall()
        staged = conn.execute(
            "select batch_id, count(*) from etl.stage_patients group by batch_id order by batch_id"
        ).fetchall()
        audit_ages = conn.execute(
            "select extract(day from now() - at)::int from api.access_audit where who = 'retention-test' order by at"
        ).fetchall()
    assert counts(first) == counts(dry)
    assert counts(second) == dict.fromkeys(ITEMS, 0)
    assert raws == [("{}", "bad_dob"), ("{}", "bad_dob"), ('{"a": "b"}', "bad_dob")]  # reasons stay
    assert staged == [(old_rows["old_running"], 2), (old_rows["recent_done"], 4)]
    assert [age for (age,) in audit_ages] == [2100, 1]


def test_purge_deletes_s3_archive_and_reports_past_their_period_only(
    clean_db: str, s3_client, retention_settings: Settings
) -> None:
    bucket, prefix = retention_settings.s3_bucket, retention_settings.s3_prefix
    keys = [
        f"{prefix}/archive/2024/01/02/1/patients.csv",
        f"{prefix}/archive/2024/01/02/1/facilities.csv",
        f"{prefix}/rejected/1/patients.csv.errors.csv",
        f"{prefix}/input/waiting.csv",
    ]
    for key in keys:
        s3_client.put_object(Bucket=bucket, Key=key, Body=b"id\n1\n")
    with psycopg.connect(clean_db) as conn:
        today = counts(purge(conn, s3_client, retention_settings))
        # S3 sets LastModified itself: look from 100 days ahead (reports are past 90 days, archive not 365)
        later = counts(purge(conn, s3_client, retention_settings, now=datetime.now(UTC) + timedelta(days=100)))
        remaining_after_100 = _keys(s3_client, bucket, prefix)
        much_later = counts(purge(conn, s3_client, retention_settings, now=datetime.now(UTC) + timedelta(days=366)))
    assert (today["archive"], today["reports"]) == (0, 0)
    assert (later["archive"], later["reports"]) == (0, 1)
    assert remaining_after_100 == sorted(keys[:2] + keys[3:])
    assert (much_later["archive"], much_later["reports"]) == (2, 0)
    assert _keys(s3_client, bucket, prefix) == [keys[3]]  # input/ is never touched


def _keys(s3, bucket: str, prefix: str) -> list[str]:
    return sorted(item["Key"] for item in s3.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", []))


def test_the_pipeline_role_runs_the_purge_and_the_audit_keeps_six_years_whoever_asks(
    clean_db: str, old_rows: dict[str, int], s3_client, retention_settings: Settings
) -> None:
    with psycopg.connect(clean_db) as conn:
        conn.execute("set role medilink_pipeline")
        conn.commit()
        assert counts(purge(conn, s3_client, retention_settings))["audit"] == 2
        with pytest.raises(psycopg.errors.RaiseException, match="2190"):
            conn.execute("select api.purge_access_audit(30, false)")
        conn.rollback()
        conn.execute("set role medilink_api")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("select api.purge_access_audit(3000, false)")


def test_retention_periods_are_settings_and_the_audit_period_has_a_floor() -> None:
    assert Settings(_env_file=None).medilink_retention_audit_days == 2190
    custom = Settings(_env_file=None, medilink_retention_archive_days=30, medilink_retention_audit_days=3650)
    assert (custom.medilink_retention_archive_days, custom.medilink_retention_audit_days) == (30, 3650)
    with pytest.raises(ValidationError):
        Settings(_env_file=None, medilink_retention_audit_days=365)


def test_cli_purge_has_help_and_a_dry_run() -> None:
    from elt.cli import app

    result = CliRunner().invoke(app, ["retention", "purge", "--help"])
    assert result.exit_code == 0 and "--dry-run" in result.output
