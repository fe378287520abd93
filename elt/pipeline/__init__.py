"""The ingest pipeline: land (S3) → stage (COPY) → validate → upsert → dbt → archive.

The steps are declared once, in `elt.pipeline.steps.STEPS`. `run_pipeline` runs them in this
process (the CLI and the API); the Airflow DAG makes one task per step. Each step is a function
taking a connection, an S3 client and ids, so every orchestrator and the tests call the same code.

The names below load on first use (PEP 562), so the DAG file can read the step list without
importing psycopg, boto and the validation rules at parse time.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "archive_batch": "elt.pipeline.archive",
    "finish_batch": "elt.pipeline.batches",
    "record_task_failure": "elt.pipeline.batches",
    "connect": "elt.pipeline.db",
    "open_batch": "elt.pipeline.discover",
    "ENTITIES": "elt.pipeline.entities",
    "ENTITY_SPECS": "elt.pipeline.entities",
    "RunInProgress": "elt.pipeline.lock",
    "hold_run_lock": "elt.pipeline.lock",
    "write_error_reports": "elt.pipeline.reports",
    "BatchSummary": "elt.pipeline.run",
    "run_pipeline": "elt.pipeline.run",
    "stage_entity": "elt.pipeline.stage",
    "STEPS": "elt.pipeline.steps",
    "STEP_BY_NAME": "elt.pipeline.steps",
    "Step": "elt.pipeline.steps",
    "StepContext": "elt.pipeline.steps",
    "validate_and_upsert": "elt.pipeline.transform",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value
    return value
