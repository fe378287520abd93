"""The medical-records pipeline as an Airflow DAG: a thin shell around the `elt` package and dbt.

Every task is one call into `elt` (or dbt). The batch id and the S3 object keys travel between
tasks through XCom; S3 and PostgreSQL come from the Airflow connections `aws_default` and
`medilink_warehouse`. Heavy imports stay inside the tasks so the DAG file parses in milliseconds.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from airflow.sdk import TriggerRule, chain, dag, get_current_context, task
from airflow.sdk.exceptions import AirflowFailException

from elt.monitoring.notifiers import DbtTestsFailedNotifier, PipelineFailureNotifier

DAG_ID = "medical_records_etl_pipeline"
AWS_CONN_ID = "aws_default"
WAREHOUSE_CONN_ID = "medilink_warehouse"
ENTITIES = ("facilities", "patients", "workers", "medical_records", "triage_visits")
EXTRACT = "extract_from_s3"
TRANSFORM = "generate_ids_transform"
DBT_RUN = "dbt_run"
DBT_TEST = "dbt_test"
ERROR_LIMIT = 500  # audit rows carry the error's kind and first line, not a stack trace

log = logging.getLogger(__name__)

DOC_MD = """
### Medical records ETL pipeline

Loads the CSV files health facilities upload to `s3://<bucket>/<prefix>/input/` into PostgreSQL.

Every task is one call into `elt` (or dbt):

- `extract_from_s3` opens a batch: lists `input/`, fingerprints and records the new files, marks
  duplicates. Nothing new: the run ends here as a **success**, every other task *skipped*.
- `load_<entity>` (five, in parallel) copies that entity's files of the batch into `etl.stage_*`.
- `generate_ids_transform` validates every staged row (bad rows kept in `etl.etl_rejected_rows`
  with their reasons) and upserts the production tables.
- `dbt_run` builds the dbt seeds and models on the production tables; `dbt_test` runs dbt's tests.
- `archive_processed_files` writes the error reports of rejected rows, moves the batch's files to
  `archive/` (files rejected whole to `rejected/`) and closes the batch.

**Schedule:** daily at 02:00 UTC; uploads start a run at once through the REST API
(`medilink pipeline trigger`). One run at a time; tasks retry twice, 5 minutes apart.

**Failures:** the failed task and its error go to `etl.etl_audit_log`; a failed run, and failed dbt
tests, also send an alert to `MEDILINK_ALERT_URL` (see the README's runbook). Files are archived as soon
as their rows are in the production tables, even when `dbt_run` or `dbt_test` fails (the run is still
marked failed): dbt reads the tables, not the files, so a fixed model is simply re-run and the files
are never loaded twice. When loading itself fails, the files stay in `input/` for the next run.
"""


def _describe(error: BaseException | str | None) -> str:
    if error is None:
        return "unknown error"
    if isinstance(error, str):
        return error[:ERROR_LIMIT]
    lines = str(error).strip().splitlines()
    text = f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__
    return text[:ERROR_LIMIT]


def _warehouse_url() -> str:
    """libpq URL of the warehouse connection (psycopg 3 and dbt both take it)."""
    from airflow.providers.postgres.hooks.postgres import PostgresHook

    url = PostgresHook(postgres_conn_id=WAREHOUSE_CONN_ID).sqlalchemy_url
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def _connect():
    """A psycopg 3 connection (elt's functions need psycopg 3, not the provider's psycopg2 path)."""
    import psycopg

    return psycopg.connect(_warehouse_url())


def _s3():
    from airflow.providers.amazon.aws.hooks.s3 import S3Hook

    return S3Hook(aws_conn_id=AWS_CONN_ID).get_conn()


def _settings():
    """elt settings, with the warehouse taken from the Airflow connection (so dbt uses it too)."""
    from elt.settings import get_settings

    return get_settings().model_copy(update={"database_url": _warehouse_url()})


def _batch_id(context: dict[str, Any]) -> int | None:
    batch = context["ti"].xcom_pull(task_ids=EXTRACT)
    return batch["batch_id"] if batch else None


def record_failure(context: dict[str, Any]) -> None:
    """on_failure_callback: the task's final failure (after retries) goes to etl.etl_audit_log."""
    from elt.pipeline import record_task_failure

    ti = context["ti"]
    with _connect() as conn:
        record_task_failure(
            conn,
            batch_id=_batch_id(context),
            task_id=ti.task_id,
            dag_run_id=ti.run_id,
            error=_describe(context.get("exception")),
        )


def record_step_metrics(context: dict[str, Any]) -> None:
    """on_success_callback: the task's wall time into etl.etl_step_metrics (issue 15)."""
    from elt.pipeline.metrics import record_step

    ti, batch_id = context["ti"], _batch_id(context)
    if batch_id is not None and ti.start_date is not None:
        with _connect() as conn:
            record_step(conn, batch_id, ti.task_id, status="success", started=ti.start_date, finished=datetime.now(UTC))


@dag(
    dag_id=DAG_ID,
    description="S3 CSV uploads → staging → validated production tables → dbt → archive",
    schedule="0 2 * * *",
    start_date=datetime(2025, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    default_args={
        "owner": "medilink",
        "retries": 2,
        "retry_delay": timedelta(minutes=5),
        "on_failure_callback": record_failure,
        "on_success_callback": record_step_metrics,
    },
    on_failure_callback=PipelineFailureNotifier(),  # alert to MEDILINK_ALERT_URL (issue 15)
    tags=["medilink", "etl", "medical-records"],
    doc_md=DOC_MD,
)
def medical_records_etl_pipeline():
    @task.short_circuit(task_id=EXTRACT)
    def extract_from_s3() -> dict[str, Any] | None:
        """Open a batch of the new input files; None (nothing new) skips everything downstream."""
        from elt.pipeline import open_batch

        context = get_current_context()
        triggered_by = (context["dag_run"].conf or {}).get("triggered_by") or "airflow"
        with _connect() as conn:
            batch = open_batch(conn, _s3(), _settings(), triggered_by=triggered_by)
        if batch is None:
            log.info("No new files under input/: nothing to load, the run ends here.")
            return None
        keys = [file["key"] for file in batch["files"]]
        log.info("Batch %s: %d file(s): %s", batch["batch_id"], len(keys), ", ".join(keys))
        return batch

    @task
    def load(batch: dict[str, Any], entity: str) -> dict[str, Any]:
        """Stage this entity's files of the batch (their keys arrive through XCom)."""
        from elt.pipeline import stage_entity

        keys = [file["key"] for file in batch["files"] if file.get("entity") == entity]
        log.info("%s: %d file(s) in batch %s: %s", entity, len(keys), batch["batch_id"], ", ".join(keys))
        with _connect() as conn:
            return stage_entity(conn, _s3(), _settings(), batch["batch_id"], entity)

    @task(task_id=TRANSFORM)
    def generate_ids_transform() -> list[dict[str, Any]]:
        """Validate the staged rows and upsert the production tables (per-table counts)."""
        from elt.pipeline import validate_and_upsert

        with _connect() as conn:
            return validate_and_upsert(conn, _settings(), _batch_id(get_current_context()))

    def dbt(step: str, args: list[str]) -> dict[str, Any]:
        from elt.dbt_runner import run_dbt

        result = run_dbt(args, _settings())  # dbt's own log lines land in this task's log
        if not result.success:
            failed = ", ".join(node.name for node in result.failed[:5])
            raise RuntimeError(f"{step} failed: {result.error or f'{len(result.failed)} node(s) failed: {failed}'}")
        return {"batch_id": _batch_id(get_current_context()), "dbt": args[0], "nodes": len(result.nodes)}

    @task(task_id=DBT_RUN)
    def dbt_run() -> dict[str, Any]:
        """Seeds and models: `dbt build` without its tests, which are the next task's."""
        return dbt(DBT_RUN, ["build", "--exclude-resource-type", "test", "--exclude-resource-type", "unit_test"])

    @task(task_id=DBT_TEST, on_failure_callback=[record_failure, DbtTestsFailedNotifier()])
    def dbt_test() -> dict[str, Any]:
        """Data and unit tests of every model."""
        return dbt(DBT_TEST, ["test"])

    @task(trigger_rule=TriggerRule.ALL_DONE)
    def archive_processed_files() -> list[dict[str, Any]]:
        """Archive once the rows are loaded, even if dbt failed (the run then still fails)."""
        from elt.pipeline import archive_batch, finish_batch, write_error_reports

        context = get_current_context()
        ti = context["ti"]
        batch_id = _batch_id(context)
        if batch_id is None:
            raise AirflowFailException(f"No batch to archive: {EXTRACT} failed.")
        # States, not XComs: an operator may "mark success" a task in the UI after fixing it.
        states = ti.get_task_states(dag_id=ti.dag_id, task_ids=[TRANSFORM, DBT_RUN, DBT_TEST], run_ids=[ti.run_id])
        states = states.get(ti.run_id, {})
        if states.get(TRANSFORM) != "success":
            # The failed task's callback has marked the batch failed with its own error.
            raise AirflowFailException(
                "Files not archived: their rows were not loaded (an upstream task failed); "
                "they stay in input/ and the next run processes them again."
            )
        s3, settings = _s3(), _settings()
        with _connect() as conn:
            reports = write_error_reports(conn, s3, settings, batch_id)
            moved = archive_batch(conn, s3, settings, batch_id)
            failed_dbt = [step for step in (DBT_RUN, DBT_TEST) if states.get(step) != "success"]
            if not failed_dbt:
                finish_batch(conn, batch_id, status="completed")
        log.info("Batch %s: archived %d file(s), wrote %d error report(s).", batch_id, len(moved), len(reports))
        if failed_dbt:
            # The batch keeps the failed status and error its dbt task's callback recorded.
            raise AirflowFailException(
                f"{failed_dbt[0]} failed: the run fails. The batch's rows are loaded and its files archived."
            )
        return moved

    batch = extract_from_s3()
    loads = [load.override(task_id=f"load_{entity}")(batch, entity) for entity in ENTITIES]
    chain(loads, generate_ids_transform(), dbt_run(), dbt_test(), archive_processed_files())


medical_records_etl_pipeline()
