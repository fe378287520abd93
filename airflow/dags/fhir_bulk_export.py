"""FHIR Bulk Data export jobs as an Airflow DAG: a thin shell around `elt.fhir.run.run_jobs`.

The API starts one run per $export kick-off with conf {"job_id": "<uuid>"}; the hourly run (no conf)
deletes expired exports and finishes jobs whose runner died. S3 and PostgreSQL come from the Airflow
connections `aws_default` and `medilink_warehouse`; heavy imports stay inside the task.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from airflow.sdk import dag, get_current_context, task

DAG_ID = "fhir_bulk_export"
AWS_CONN_ID = "aws_default"
WAREHOUSE_CONN_ID = "medilink_warehouse"

log = logging.getLogger(__name__)

DOC_MD = """
### FHIR Bulk Data export

Runs the `$export` jobs of the REST API (`api.export_jobs`): every requested resource type is built
in SQL from one database snapshot and streamed as NDJSON to `s3://<bucket>/<prefix>/export/<job>/`
by multipart upload. The API serves the files to the client that asked, until they expire
(`FHIR_EXPORT_TTL_HOURS`, default 24).

- `run_export` runs the job in the run's conf (`{"job_id": …}`), or, in the hourly run, deletes
  expired exports and finishes any job whose runner died (no heartbeat for a minute).

**Failures:** a job that fails is marked `failed` (the client's status poll gets an
OperationOutcome); its partial files are deleted. A task killed mid-export leaves the job `running`
with a stale heartbeat: the retry (or the API) claims it again and starts it over, at most 3 times.
"""


def _warehouse_url() -> str:
    from airflow.providers.postgres.hooks.postgres import PostgresHook

    url = PostgresHook(postgres_conn_id=WAREHOUSE_CONN_ID).sqlalchemy_url
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@dag(
    dag_id=DAG_ID,
    description="FHIR $export jobs → NDJSON in S3 (export/<job>/)",
    schedule="@hourly",
    start_date=datetime(2025, 1, 1, tzinfo=UTC),
    catchup=False,
    # Scheduled from the first deployment on, whatever Airflow's dags_are_paused_at_creation says.
    is_paused_upon_creation=False,
    max_active_runs=4,
    default_args={"owner": "medilink", "retries": 2, "retry_delay": timedelta(minutes=2)},
    tags=["medilink", "fhir", "export"],
    doc_md=DOC_MD,
)
def fhir_bulk_export():
    @task
    def run_export() -> int:
        """Run the requested job (or the claimable ones); returns how many ran."""
        from airflow.providers.amazon.aws.hooks.s3 import S3Hook

        from elt.fhir.run import run_jobs
        from elt.settings import get_settings

        job_id = (get_current_context()["dag_run"].conf or {}).get("job_id")
        settings = get_settings().model_copy(update={"database_url": _warehouse_url()})
        s3 = S3Hook(aws_conn_id=AWS_CONN_ID).get_conn()
        ran = run_jobs(settings, s3, "airflow", job_id)
        log.info("FHIR export: %d job(s) run%s", ran, f" (asked for {job_id})" if job_id else "")
        return ran

    run_export()


fhir_bulk_export()
