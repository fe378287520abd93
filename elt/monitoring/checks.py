"""The checks that turn recorded facts into alerts: a slow run, stale sources, per-facility quality.

`after_batch()` runs when `run_pipeline` finishes a batch (CLI, API thread). The `medilink_monitoring`
DAG runs daily after the pipeline: `pipeline_checks()` (textfile, slow runs), `freshness_alerts()`
(dbt source freshness) and `quality_alerts()` (marts.data_quality_daily), each one task.
"""

from __future__ import annotations

import logging
from pathlib import Path

import psycopg
from psycopg.rows import dict_row

from elt.monitoring.alerts import Alert, send
from elt.monitoring.batches import median_duration
from elt.monitoring.textfile import write_textfile
from elt.settings import Settings

log = logging.getLogger(__name__)
SQL_DIR = Path(__file__).parent / "sql"
# A rejection-rate alert needs at least this many rows that day: 3 bad rows of 4 is not a trend.
MIN_ROWS_FOR_RATE = 20


def slow_run_alert(conn: psycopg.Connection, batch_id: int, factor: float) -> Alert | None:
    """The batch took more than `factor` × the median of the completed batches before it."""
    row = conn.execute(
        "select duration_seconds from etl.batch_metrics where batch_id = %s and status = 'completed' and not dry_run",
        (batch_id,),
    ).fetchone()
    median = median_duration(conn, before_batch_id=batch_id)
    if row is None or row[0] is None or median is None or median <= 0 or row[0] <= factor * median:
        return None
    took = float(row[0])
    return Alert(
        "slow_run",
        f"Batch {batch_id} took {took:.0f} s, {took / median:.1f}x its median",
        f"Batch {batch_id} ran {took:.1f} s; the median of recent completed batches is {median:.1f} s "
        f"(alert above {factor:g}x). Step timings: `medilink status`.",
        severity="warning",
    )


def freshness_alerts(settings: Settings) -> list[Alert]:
    """`dbt source freshness`: a source past its error_after is an alert."""
    from elt.dbt_runner import run_dbt

    result = run_dbt(["source", "freshness"], settings)
    if result.error:
        return [Alert("freshness", "dbt source freshness could not run", result.error[:500])]
    stale = [node for node in result.nodes if node.status in ("error", "runtime error")]
    if not stale:
        return []
    names = ", ".join(node.name for node in stale)
    return [
        Alert(
            "freshness",
            f"Stale sources: {names}",
            "These tables have not changed for longer than their freshness error_after "
            f"(dbt/models/staging/_sources.yml): {names}.",
        )
    ]


def quality_alerts(conn: psycopg.Connection, settings: Settings) -> list[Alert]:
    """Per-facility alerts from marts.data_quality_daily (build it with dbt first)."""
    with conn.cursor(row_factory=dict_row) as cursor:
        rows = cursor.execute(
            (SQL_DIR / "quality_alerts.sql").read_text(encoding="utf-8"),
            {
                "margin": settings.medilink_dq_rejection_margin,
                "min_rows": MIN_ROWS_FOR_RATE,
                "silent_days": settings.medilink_dq_silent_days,
                "active_days": settings.medilink_dq_active_days,
            },
        ).fetchall()
    return [_quality_alert(row, settings) for row in rows]


def _quality_alert(row: dict, settings: Settings) -> Alert:
    facility = row["facility_id"]
    if row["kind"] == "silent_facility":
        days = row["days_since_last_upload"]
        return Alert(
            "silent_facility",
            f"Facility {facility} has not uploaded for {days} days",
            f"Facility {facility} uploaded regularly but nothing in the last {days} days "
            f"(alert at {settings.medilink_dq_silent_days}).",
            severity="warning",
        )
    reasons = ", ".join(f"{code} {n}" for code, n in sorted((row["rejected_by_reason"] or {}).items()))
    return Alert(
        "rejection_rate",
        f"Facility {facility}: {row['rejection_rate']:.0%} of rows rejected on {row['day']}",
        f"Facility {facility} had {row['rejection_rate']:.1%} of {row['rows_uploaded']} rows rejected on "
        f"{row['day']}, against a 30-day baseline of {row['baseline_rate']:.1%} (alert above +"
        f"{settings.medilink_dq_rejection_margin:.0%}). Reasons: {reasons}.",
        severity="warning",
    )


def after_batch(conn: psycopg.Connection, settings: Settings, batch_id: int | None) -> list[Alert]:
    """Metrics textfile and the slow-run alert for a finished batch; never raises."""
    alerts: list[Alert] = []
    try:
        if settings.medilink_metrics_textfile_dir is not None:
            write_textfile(conn, settings.medilink_metrics_textfile_dir)
        if batch_id is not None:
            alert = slow_run_alert(conn, batch_id, settings.medilink_slow_run_factor)
            alerts = [alert] if alert else []
        send(alerts, settings)
    except Exception as error:  # metrics and alerts must not fail a batch whose data is in
        log.warning("After-batch metrics/alerts failed: %s", f"{type(error).__name__}: {error}".splitlines()[0])
    return alerts


def pipeline_checks(conn: psycopg.Connection, settings: Settings, *, hours: int = 24) -> list[Alert]:
    """The monitoring DAG's first step: refresh the textfile, and a slow-run alert for every
    batch that completed in the last `hours` (the DAG runs daily, so each batch is judged once)."""
    if settings.medilink_metrics_textfile_dir is not None:
        write_textfile(conn, settings.medilink_metrics_textfile_dir)
    recent = conn.execute(
        "select id from etl.etl_batches where status = 'completed' and not dry_run"
        " and completed_at > now() - make_interval(hours => %s) order by id",
        (hours,),
    ).fetchall()
    alerts = [slow_run_alert(conn, batch_id, settings.medilink_slow_run_factor) for (batch_id,) in recent]
    found = [alert for alert in alerts if alert is not None]
    send(found, settings)
    return found
