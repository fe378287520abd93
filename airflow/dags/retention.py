"""Daily retention: one task that calls `elt.retention.purge` (the same steps as
`medilink retention purge`). Heavy imports stay inside the task so the file parses in milliseconds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from airflow.sdk import dag, task

DAG_ID = "retention"
AWS_CONN_ID = "aws_default"
WAREHOUSE_CONN_ID = "medilink_warehouse"

DOC_MD = """
### Retention

Removes, once a day at 03:30 UTC (after the pipeline's 02:00 run), what the retention periods keep
no longer: raw values of rejected rows (the rows and reasons stay), staged rows of finished
batches, `archive/` and `rejected/` objects in S3, and API access audit rows (six years at
least, enforced by the database). Periods come from the `MEDILINK_RETENTION_*` settings.

`purge` logs one line per step with the count removed. It is idempotent: a retry or a second run
removes nothing more. A failure leaves whatever was not yet removed for the next run.
"""


def _warehouse_url() -> str:
    from airflow.providers.postgres.hooks.postgres import PostgresHook

    url = PostgresHook(postgres_conn_id=WAREHOUSE_CONN_ID).sqlalchemy_url
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@dag(
    dag_id=DAG_ID,
    start_date=datetime(2025, 1, 1, tzinfo=UTC),
    schedule="30 3 * * *",
    catchup=False,
    # Scheduled from the first deployment on, whatever Airflow's dags_are_paused_at_creation says.
    is_paused_upon_creation=False,
    max_active_runs=1,
    tags=["medilink", "retention"],
    doc_md=DOC_MD,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
)
def retention():
    @task
    def purge() -> dict[str, int]:
        import psycopg
        from airflow.providers.amazon.aws.hooks.s3 import S3Hook

        from elt.retention import purge as run_purge
        from elt.settings import get_settings

        settings = get_settings()
        with psycopg.connect(_warehouse_url()) as conn:
            results = run_purge(conn, S3Hook(aws_conn_id=AWS_CONN_ID).get_conn(), settings)
        return {result.item: result.count for result in results}

    purge()


retention()
