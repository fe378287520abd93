"""The medical-records pipeline as an Airflow DAG: one task per step of `elt.pipeline.steps.STEPS`.

The step list, its order and what runs after a failure are declared once, in `elt.pipeline`; this
file only turns each step into a task (one per entity for `stage`). The batch id and the S3 object
keys travel between tasks through XCom; S3 and PostgreSQL come from the Airflow connections
`aws_default` and `medilink_warehouse`. Each task holds the pipeline's run lock while it works, so
a `medilink pipeline run` never overlaps with it. Heavy imports stay inside the tasks so the DAG
file parses in milliseconds.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from airflow.sdk import TriggerRule, chain, dag, get_current_context, task
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

from elt.monitoring.notifiers import DbtTestsFailedNotifier, PipelineFailureNotifier
from elt.pipeline.entities import ENTITIES
from elt.pipeline.lock import AIRFLOW, AIRFLOW_RUN_TIMEOUT
from elt.pipeline.steps import FIRST, LAST, STEP_BY_NAME, STEPS, Step

DAG_ID = "medical_records_etl_pipeline"
AWS_CONN_ID = "aws_default"
WAREHOUSE_CONN_ID = "medilink_warehouse"
ERROR_LIMIT = 500  # audit rows carry the error's kind and first line, not a stack trace
# The step whose success means "the rows are in the production tables".
LOADED = STEP_BY_NAME["validate_upsert"].task_id

log = logging.getLogger(__name__)

DOC_MD = (
    """
### Medical records ETL pipeline

Loads the CSV files health facilities upload to `s3://<bucket>/<prefix>/input/` into PostgreSQL.
The tasks are the steps of `elt.pipeline.steps.STEPS` (the CLI and the API run the same list):

"""
    + "\n".join(f"- `{step.task_id.format(entity='<entity>')}`: {step.doc}." for step in STEPS)
    + """

`extract_from_s3` finding nothing new ends the run as a **success**, every other task *skipped*.

**Schedule:** daily at 02:00 UTC; uploads start a run at once through the REST API
(`medilink pipeline trigger`). One run at a time: `max_active_runs=1`, and every task holds the
pipeline's lock, so a `medilink pipeline run` waits or stops instead of overlapping. Tasks retry
twice, 5 minutes apart; a run is stopped after 6 hours.

**Failures:** the failed task and its error go to `etl.etl_audit_log`, and `finish_batch` fails the
run; a failed run, and failed dbt tests, also send an alert to `MEDILINK_ALERT_URL` (see the README's
runbook). Files are archived as soon as their rows are in the production tables, even when `dbt_run`
or `dbt_test` fails (the run is still marked failed): dbt reads the tables, not the files, so a fixed
model is simply re-run and the files are never loaded twice. When loading itself fails, the files
stay in `input/` for the next run.
"""
)


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

    from elt.pipeline.db import prepare

    return prepare(psycopg.connect(_warehouse_url(), application_name="medilink-airflow"))


def _s3():
    from airflow.providers.amazon.aws.hooks.s3 import S3Hook

    return S3Hook(aws_conn_id=AWS_CONN_ID).get_conn()


def _settings():
    """elt settings, with the warehouse taken from the Airflow connection (so dbt uses it too)."""
    from elt.settings import get_settings

    return get_settings().model_copy(update={"database_url": _warehouse_url()})


def _batch_id(context: dict[str, Any]) -> int | None:
    batch = context["ti"].xcom_pull(task_ids=FIRST.task_id)
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


def _upstream_states(context: dict[str, Any]) -> dict[str, str]:
    """task id → state, in step order. States, not XComs: an operator may "mark success" a task in
    the UI after fixing it."""
    ti = context["ti"]
    task_ids = [task_id for step in STEPS[:-1] for task_id in step.task_ids()]
    states = ti.get_task_states(dag_id=ti.dag_id, task_ids=task_ids, run_ids=[ti.run_id]).get(ti.run_id, {})
    return {task_id: states[task_id] for task_id in task_ids if task_id in states}


def run_step(name: str, entity: str | None = None) -> Any:
    """One step of the list, on this task's connection, holding the pipeline's run lock."""
    from elt.pipeline import StepContext, hold_run_lock

    step = STEP_BY_NAME[name]
    context = get_current_context()
    batch_id = None if step is FIRST else _batch_id(context)
    if step is LAST and batch_id is None:
        raise AirflowFailException(f"No batch to finish: {FIRST.task_id} failed.")
    failure = None
    if step.after_dbt_failure or step is LAST:
        states = _upstream_states(context)
        if step.after_dbt_failure and states.get(LOADED) != "success":
            raise AirflowSkipException("Files not archived: their rows were not loaded; they stay in input/.")
        failed = [task_id for task_id, state in states.items() if state not in ("success", "skipped")]
        failure = f"task {failed[0]} did not succeed ({states[failed[0]]})" if failed else None
    with _connect() as conn, hold_run_lock(conn, wait=True, airflow_task=True):
        ctx = StepContext(conn, _s3(), _settings(), batch_id=batch_id, triggered_by=AIRFLOW)
        arguments = [entity] if step.per_entity else [failure] if step is LAST else []
        result = step.call(ctx, *arguments)
    if step is LAST and failure:
        # The failed task's own callback recorded its error on the batch; this task fails the run.
        raise AirflowFailException(f"{failure}: the run fails (the batch is closed as failed).")
    return result


def _task(step: Step, entity: str | None = None):
    task_id = step.task_id.format(entity=entity) if entity else step.task_id
    if step is FIRST:
        return task.short_circuit(task_id=task_id, doc_md=step.doc)(_discover)()
    trigger = TriggerRule.ALL_DONE if (step.after_dbt_failure or step is LAST) else TriggerRule.ALL_SUCCESS
    options: dict[str, Any] = {}
    if step.name == "dbt_test":  # failed dbt tests also alert MEDILINK_ALERT_URL (issue 15)
        options["on_failure_callback"] = [record_failure, DbtTestsFailedNotifier()]
    return task(task_id=task_id, trigger_rule=trigger, doc_md=step.doc, **options)(run_step)(step.name, entity)


def _discover() -> dict[str, Any] | None:
    """Open a batch of the new input files; None (nothing new) skips everything downstream."""
    batch = run_step(FIRST.name)
    if batch is None:
        log.info("No new files under input/: nothing to load, the run ends here.")
        return None
    keys = [file["key"] for file in batch["files"]]
    log.info("Batch %s: %d file(s): %s", batch["batch_id"], len(keys), ", ".join(keys))
    return batch


@dag(
    dag_id=DAG_ID,
    description="S3 CSV uploads → staging → validated production tables → dbt → archive",
    schedule="0 2 * * *",
    start_date=datetime(2025, 1, 1, tzinfo=UTC),
    catchup=False,
    # Scheduled from the first deployment on, whatever Airflow's dags_are_paused_at_creation says.
    is_paused_upon_creation=False,
    max_active_runs=1,
    dagrun_timeout=AIRFLOW_RUN_TIMEOUT,
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
    groups = []
    for step in STEPS:
        group = [_task(step, entity) for entity in ENTITIES] if step.per_entity else _task(step)
        groups.append(group)
    chain(*groups)


medical_records_etl_pipeline()
