"""Daily checks after the pipeline: slow runs, stale sources, per-facility data quality.

Every task is one call into `elt.monitoring`; what it finds goes to MEDILINK_ALERT_URL. The
warehouse comes from the elt settings (DATABASE_URL or POSTGRES_*), as for `medilink` commands.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from airflow.sdk import dag, task

from elt.monitoring.notifiers import PipelineFailureNotifier

DOC_MD = """
### Medilink monitoring

Runs daily at 04:00 UTC, two hours after `medical_records_etl_pipeline`. Alerts go to
`MEDILINK_ALERT_URL`; the README's runbook says what each one means.

- `pipeline_checks` rewrites the node-exporter textfile (`MEDILINK_METRICS_TEXTFILE_DIR`) and alerts
  on a batch of the last 24 h that took more than `MEDILINK_SLOW_RUN_FACTOR` × the median.
- `source_freshness` runs `dbt source freshness`: a production table past its `error_after` alerts.
- `data_quality` reads `marts.data_quality_daily` (built by the pipeline's `dbt_run`): a facility
  whose rejection rate is above its 30-day baseline by `MEDILINK_DQ_REJECTION_MARGIN`, or an active
  facility silent for `MEDILINK_DQ_SILENT_DAYS`.

The checks succeed when they find problems (the alert is their output); they fail only when they
cannot check, and a failed run alerts too.
"""


@dag(
    dag_id="medilink_monitoring",
    description="Slow runs, stale sources and per-facility data quality → MEDILINK_ALERT_URL",
    schedule="0 4 * * *",
    start_date=datetime(2025, 1, 1, tzinfo=UTC),
    catchup=False,
    # Scheduled from the first deployment on, whatever Airflow's dags_are_paused_at_creation says.
    is_paused_upon_creation=False,
    max_active_runs=1,
    default_args={"owner": "medilink", "retries": 2, "retry_delay": timedelta(minutes=5)},
    on_failure_callback=PipelineFailureNotifier(),
    tags=["medilink", "monitoring"],
    doc_md=DOC_MD,
)
def medilink_monitoring():
    @task
    def pipeline_checks() -> list[str]:
        from elt.monitoring.checks import pipeline_checks as check
        from elt.pipeline import connect
        from elt.settings import get_settings

        with connect(get_settings()) as conn:
            return [alert.title for alert in check(conn, get_settings())]

    @task
    def source_freshness() -> list[str]:
        from elt.monitoring.alerts import send
        from elt.monitoring.checks import freshness_alerts
        from elt.settings import get_settings

        alerts = freshness_alerts(get_settings())
        send(alerts, get_settings())
        return [alert.title for alert in alerts]

    @task
    def data_quality() -> list[str]:
        from elt.monitoring.alerts import send
        from elt.monitoring.checks import quality_alerts
        from elt.pipeline import connect
        from elt.settings import get_settings

        with connect(get_settings()) as conn:
            alerts = quality_alerts(conn, get_settings())
        send(alerts, get_settings())
        return [alert.title for alert in alerts]

    pipeline_checks()
    source_freshness()
    data_quality()


medilink_monitoring()
