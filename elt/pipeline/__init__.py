"""The ingest pipeline: land (S3) → stage (COPY) → validate → upsert → archive.

Each step is a function taking a connection, an S3 client and ids, so the CLI, the Airflow DAG
and the tests call the same code with their own clients.
"""

from elt.pipeline.archive import archive_batch
from elt.pipeline.batches import finish_batch, record_task_failure
from elt.pipeline.db import connect
from elt.pipeline.discover import open_batch
from elt.pipeline.entities import ENTITIES, ENTITY_SPECS
from elt.pipeline.reports import write_error_reports
from elt.pipeline.run import BatchSummary, run_pipeline
from elt.pipeline.stage import stage_entity
from elt.pipeline.transform import validate_and_upsert

__all__ = [
    "ENTITIES",
    "ENTITY_SPECS",
    "BatchSummary",
    "archive_batch",
    "connect",
    "finish_batch",
    "open_batch",
    "record_task_failure",
    "run_pipeline",
    "stage_entity",
    "validate_and_upsert",
    "write_error_reports",
]
