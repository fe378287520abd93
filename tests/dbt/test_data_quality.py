"""marts.data_quality_daily and the data-quality check, on generated upload histories.

Each facility gets a history of daily batches (rows per facility and verdict, as the pipeline
records them in etl.etl_facility_rows); expected values are worked out from the history here.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta

import psycopg
import pytest

from elt.dbt_runner import run_dbt
from elt.monitoring.checks import quality_alerts
from elt.settings import Settings

AS_OF = date(2026, 3, 31)


class History:
    def __init__(self, url: str) -> None:
        self.url = url
        self.rng = random.Random(15)

    def facility(self, name: str) -> int:
        with psycopg.connect(self.url) as conn:
            return conn.execute(
                "insert into public.facilities (name, state, lga) values (%s, 'Lagos', 'Ikeja') returning id", (name,)
            ).fetchone()[0]

    def upload(self, facility_id: int, day: date, accepted: int, rejected: dict[str, int]) -> None:
        started = datetime.combine(day, time(10), tzinfo=UTC)  # 11:00 in Lagos: the same day
        with psycopg.connect(self.url) as conn:
            (batch_id,) = conn.execute(
                "insert into etl.etl_batches (status, started_at, completed_at) values ('completed', %s, %s)"
                " returning id",
                (started, started + timedelta(minutes=2)),
            ).fetchone()
            rows = [(None, accepted), *rejected.items()]
            for reason, count in rows:
                if count:
                    conn.execute(
                        "insert into etl.etl_facility_rows (batch_id, entity, facility_id, reason_code, row_count)"
                        " values (%s, 'patients', %s, %s, %s)",
                        (batch_id, facility_id, reason, count),
                    )

    def steady(self, facility_id: int, first: int, last: int, rate: float = 0.05) -> tuple[int, int]:
        """Daily uploads from AS_OF-first to AS_OF-last days at about `rate`; returns (rows, rejected)."""
        total = bad = 0
        for back in range(first, last - 1, -1):
            rows = self.rng.randint(80, 120)
            rejected = round(rows * rate * self.rng.uniform(0.5, 1.5))
            self.upload(facility_id, AS_OF - timedelta(days=back), rows - rejected, {"bad_date": rejected})
            total, bad = total + rows, bad + rejected
        return total, bad


def build(settings: Settings) -> None:
    result = run_dbt(
        ["build", "--select", "data_quality_daily", "--vars", json.dumps({"as_of_date": AS_OF.isoformat()})],
        settings,
    )
    assert result.success, result.error or [(n.name, n.message) for n in result.failed]


@pytest.fixture(scope="module")
def history(dbt_database_url: str) -> History:
    return History(dbt_database_url)


@pytest.fixture(scope="module")
def healthy(history: History, dbt_settings: Settings) -> dict[str, int]:
    """Facilities with nothing wrong, built into the mart."""
    ids = {name: history.facility(name) for name in ("steady", "small rise", "quiet 5 days", "tiny", "long gone")}
    history.steady(ids["steady"], 40, 0)
    history.steady(ids["small rise"], 30, 1)
    history.upload(ids["small rise"], AS_OF, 88, {"bad_phone": 12})  # 12 %: within baseline + 10 points
    history.steady(ids["quiet 5 days"], 30, 5)
    history.steady(ids["tiny"], 30, 1, rate=0.0)
    history.upload(ids["tiny"], AS_OF, 0, {"bad_date": 3})  # 100 % of 3 rows: too few to judge
    history.steady(ids["long gone"], 220, 200)  # silent for 200 days: no longer active
    build(dbt_settings)
    return ids


def alerts(url: str, settings: Settings) -> list:
    with psycopg.connect(url) as conn:
        return quality_alerts(conn, settings)


def quality_cli(url: str, home) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("POSTGRES_", "DATABASE_"))}
    env |= {"DATABASE_URL": url, "MEDILINK_HOME": str(home), "COLUMNS": "200"}
    env.pop("MEDILINK_ALERT_URL", None)
    command = [sys.executable, "-m", "elt.cli", "quality", "check", "--no-send"]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_silence_when_nothing_is_wrong(healthy, dbt_database_url, dbt_settings, tmp_path):
    assert alerts(dbt_database_url, dbt_settings) == []
    checked = quality_cli(dbt_database_url, tmp_path)
    assert (checked.returncode, checked.stdout.strip()) == (0, "Data quality: nothing to report."), checked.stderr


def test_the_mart_counts_rows_rates_and_days_since_the_last_upload(healthy, dbt_database_url):
    with psycopg.connect(dbt_database_url) as conn:
        rows = conn.execute(
            "select day, rows_uploaded, rows_accepted, rows_rejected, rejection_rate, rejected_by_reason,"
            " rejection_rate_by_reason, days_since_last_upload from marts.data_quality_daily"
            " where facility_id = %s order by day",
            (healthy["small rise"],),
        ).fetchall()
        quiet = conn.execute(
            "select day, rows_uploaded, days_since_last_upload from marts.data_quality_daily"
            " where facility_id = %s and day > %s order by day",
            (healthy["quiet 5 days"], AS_OF - timedelta(days=7)),
        ).fetchall()
    assert rows[0][0] == AS_OF - timedelta(days=30)
    assert len(rows) == 31  # every day from the first upload to the as-of date
    assert rows[-1][1:] == (100, 88, 12, 0.12, {"bad_phone": 12}, {"bad_phone": 0.12}, 0)
    # quiet since AS_OF-5: days 6 and 5 before had uploads, then 1, 2, 3, 4, 5 days of silence
    assert [(day, n, since) for day, n, since in quiet] == [
        (AS_OF - timedelta(days=6), quiet[0][1], 0),
        (AS_OF - timedelta(days=5), quiet[1][1], 0),
        *((AS_OF - timedelta(days=5 - k), 0, k) for k in range(1, 6)),
    ]
    assert all(n > 0 for _day, n, _since in quiet[:2])


@pytest.fixture
def troubled(healthy, history: History, dbt_database_url: str, dbt_settings: Settings):
    """Two facilities with something wrong, added for one test and removed after it."""
    spike, silent = history.facility("spike"), history.facility("silent")
    rows, bad = history.steady(spike, 30, 1)
    history.upload(spike, AS_OF, 60, {"bad_date": 30, "bad_phone": 10})
    history.steady(silent, 40, 10)
    build(dbt_settings)
    yield spike, silent, bad / rows
    with psycopg.connect(dbt_database_url) as conn:
        conn.execute("delete from etl.etl_facility_rows where facility_id = any(%s)", ([spike, silent],))
        conn.execute("delete from public.facilities where id = any(%s)", ([spike, silent],))
    build(dbt_settings)


def test_a_jump_in_rejections_and_a_silent_facility_alert(troubled, dbt_database_url, dbt_settings, tmp_path):
    spike, silent, baseline = troubled  # baseline: the 30 days before, rows-weighted, from the history
    found = alerts(dbt_database_url, dbt_settings)
    assert [(alert.kind, alert.title) for alert in found] == [
        ("rejection_rate", f"Facility {spike}: 40% of rows rejected on {AS_OF}"),
        ("silent_facility", f"Facility {silent} has not uploaded for 10 days"),
    ]
    assert f"against a 30-day baseline of {baseline:.1%}" in found[0].body
    assert "Reasons: bad_date 30, bad_phone 10." in found[0].body

    checked = quality_cli(dbt_database_url, tmp_path)
    assert checked.returncode == 1, checked.stderr
    assert checked.stdout.splitlines() == [f"{alert.kind} {alert.title}" for alert in found]

    relaxed = dbt_settings.model_copy(update={"medilink_dq_rejection_margin": 0.5, "medilink_dq_silent_days": 11})
    assert alerts(dbt_database_url, relaxed) == []
