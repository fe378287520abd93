"""The pipeline's steps, declared once: discover → stage → validate/upsert → dbt → report/archive → finish.

`elt.pipeline.run` runs this list in one process (the CLI and the API); the Airflow DAG makes one
task per step from it (one per entity for `stage`), with the task ids the design document names.
Each step takes a `StepContext` (a connection, an S3 client, the settings and the batch id) and
returns a small, JSON-able value, so the DAG can pass it on through XCom.

Two rules decide what runs after a failure, in both orchestrators:
- a step with `after_dbt_failure` (report/archive) still runs when only a dbt step failed: the rows
  are in the production tables, so the files are archived and never loaded twice; the run still fails;
- `finish` always runs once a batch exists, and closes it as completed or failed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from elt.pipeline.entities import ENTITIES

if TYPE_CHECKING:
    import psycopg

    from elt.settings import Settings

# The step functions import their modules when they run: reading this list (the DAG file does it
# at every parse) costs nothing.

# `dbt build` in two steps, as the design document lists them: models first, then their tests.
DBT_RUN_ARGS = ["build", "--exclude-resource-type", "test", "--exclude-resource-type", "unit_test"]
DBT_TEST_ARGS = ["test"]


@dataclass
class StepContext:
    conn: psycopg.Connection
    s3: Any
    settings: Settings
    batch_id: int | None = None
    dry_run: bool = False
    triggered_by: str = "cli"


class DbtFailed(RuntimeError):
    """A dbt step ran and failed (a model error or a failing test)."""


@dataclass(frozen=True)
class Step:
    name: str
    task_id: str  # the Airflow task; for a per-entity step a pattern with {entity}
    doc: str  # one line for the operator: progress messages and the DAG's doc_md
    call: Callable[..., Any]
    per_entity: bool = False
    dbt: bool = False  # left out by `--skip-dbt`
    in_dry_run: bool = True  # a dry run changes no table and moves no file
    after_dbt_failure: bool = False

    def task_ids(self) -> list[str]:
        if self.per_entity:
            return [self.task_id.format(entity=entity) for entity in ENTITIES]
        return [self.task_id]


def discover(ctx: StepContext) -> dict | None:
    """Close batches whose run is gone, then open a batch of the new files (None: nothing new)."""
    from elt.pipeline.discover import open_batch
    from elt.pipeline.lock import close_stale_batches

    close_stale_batches(ctx.conn)
    return open_batch(ctx.conn, ctx.s3, ctx.settings, triggered_by=ctx.triggered_by, dry_run=ctx.dry_run)


def stage(ctx: StepContext, entity: str) -> dict:
    from elt.pipeline.stage import stage_entity

    return stage_entity(ctx.conn, ctx.s3, ctx.settings, _batch(ctx), entity)


def validate_upsert(ctx: StepContext) -> list[dict]:
    from elt.pipeline.transform import validate_and_upsert

    return validate_and_upsert(ctx.conn, ctx.settings, _batch(ctx), dry_run=ctx.dry_run)


def _dbt(args: list[str]) -> Callable[[StepContext], dict]:
    def run(ctx: StepContext) -> dict:
        from elt.dbt_runner import run_dbt

        result = run_dbt(args, ctx.settings)
        if not result.success:
            failed = ", ".join(node.name for node in result.failed[:5])
            raise DbtFailed(f"dbt {args[0]} failed: {result.error or f'{len(result.failed)} node(s) failed: {failed}'}")
        return {"batch_id": ctx.batch_id, "dbt": args[0], "nodes": len(result.nodes)}

    return run


def report_archive(ctx: StepContext) -> dict:
    from elt.pipeline.archive import archive_batch
    from elt.pipeline.reports import write_error_reports

    reports = write_error_reports(ctx.conn, ctx.s3, ctx.settings, _batch(ctx))
    moved = archive_batch(ctx.conn, ctx.s3, ctx.settings, _batch(ctx))
    return {"batch_id": ctx.batch_id, "reports": len(reports), "archived": len(moved)}


def finish(ctx: StepContext, failure: str | None = None) -> str:
    """Close the batch: completed, or failed with the first failure (kept if one is recorded already)."""
    from elt.pipeline.batches import finish_batch

    status = "failed" if failure else "completed"
    finish_batch(ctx.conn, _batch(ctx), status=status, error=failure)
    if status == "completed" and not ctx.dry_run:
        from elt.monitoring.heartbeat import put_heartbeat

        put_heartbeat(ctx.settings)  # the CloudWatch alarm's daily heartbeat, where one is configured
    return status


def _batch(ctx: StepContext) -> int:
    if ctx.batch_id is None:
        raise RuntimeError("no batch: the discover step did not open one")
    return ctx.batch_id


STEPS: tuple[Step, ...] = (
    Step("discover", "extract_from_s3", "List and fingerprint input/, open a batch of the new files", discover),
    Step("stage", "load_{entity}", "Copy each entity's files of the batch into etl.stage_*", stage, per_entity=True),
    Step(
        "validate_upsert",
        "generate_ids_transform",
        "Validate every staged row (bad rows kept with reasons), upsert the production tables",
        validate_upsert,
    ),
    Step(
        "dbt_run",
        "dbt_run",
        "dbt seeds and models on the production tables",
        _dbt(DBT_RUN_ARGS),
        dbt=True,
        in_dry_run=False,
    ),
    Step("dbt_test", "dbt_test", "dbt data and unit tests", _dbt(DBT_TEST_ARGS), dbt=True, in_dry_run=False),
    Step(
        "report_archive",
        "archive_processed_files",
        "Write error reports, move the files to archive/ (rejected/ for files rejected whole)",
        report_archive,
        in_dry_run=False,
        after_dbt_failure=True,
    ),
    Step("finish", "finish_batch", "Close the batch: completed, or failed with the first error", finish),
)
STEP_BY_NAME = {step.name: step for step in STEPS}
FIRST, LAST = STEPS[0], STEPS[-1]
