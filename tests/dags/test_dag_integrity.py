"""Every DAG file imports cleanly, and the pipeline DAG has the schedule, defaults and graph it promises."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

from elt.airflow_local import DAG_ID, DAGS_FOLDER

MONITORING_DAG_ID = "medilink_monitoring"

LOADS = {
    "load_facilities",
    "load_patients",
    "load_workers",
    "load_medical_records",
    "load_triage_visits",
}
# task → its upstream tasks, written out by hand from the graph
EXPECTED_UPSTREAM = {
    "extract_from_s3": set(),
    **{load: {"extract_from_s3"} for load in LOADS},
    "generate_ids_transform": LOADS,
    "dbt_run": {"generate_ids_transform"},
    "dbt_test": {"dbt_run"},
    "archive_processed_files": {"dbt_test"},
    "finish_batch": {"archive_processed_files"},
}
RUNS_AFTER_FAILURES = {"archive_processed_files", "finish_batch"}


def test_every_dag_file_imports_without_errors_or_warnings(airflow_env):
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS_FOLDER))
    assert bag.import_errors == {}
    assert bag.captured_warnings == {}
    assert sorted(bag.dag_ids) == sorted([DAG_ID, "fhir_bulk_export", MONITORING_DAG_ID, "retention"])
    # Each starts unpaused wherever it is first deployed, whatever the Airflow configuration.
    paused_at_creation = {dag_id: dag.is_paused_upon_creation for dag_id, dag in bag.dags.items()}
    assert paused_at_creation == dict.fromkeys(bag.dag_ids, False)
    assert Path(bag.dags[DAG_ID].fileloc).name == "medical_records_pipeline.py"
    monitoring = bag.dags[MONITORING_DAG_ID]
    assert {"medilink", "monitoring"} <= set(monitoring.tags)
    assert set(monitoring.task_ids) == {"pipeline_checks", "source_freshness", "data_quality"}
    assert all(task.retries == 2 for task in monitoring.tasks)
    assert monitoring.schedule == "0 4 * * *"  # two hours after the pipeline's 02:00 UTC


def test_pipeline_runs_daily_at_two_utc_one_run_at_a_time_without_catchup(dag):
    from airflow.sdk import CronTriggerTimetable

    assert dag.schedule == "0 2 * * *"
    timetable = dag.timetable
    assert isinstance(timetable, CronTriggerTimetable)
    assert timetable.expression == "0 2 * * *"
    assert timetable.timezone.name == "UTC"
    assert dag.start_date == datetime(2025, 1, 1, tzinfo=UTC)
    assert dag.start_date.utcoffset() == timedelta(0)
    assert dag.catchup is False
    assert dag.max_active_runs == 1


def test_pipeline_is_tagged_and_documented(dag):
    assert {"medilink", "etl"} <= set(dag.tags)
    assert "extract_from_s3" in dag.doc_md
    assert "02:00 UTC" in dag.doc_md


def test_every_task_retries_twice_five_minutes_apart_and_reports_failures(dag):
    for task in dag.tasks:
        assert task.retries == 2, task.task_id
        assert task.retry_delay == timedelta(minutes=5), task.task_id
        callbacks = task.on_failure_callback
        names = {
            getattr(callback, "__name__", type(callback).__name__)
            for callback in (callbacks if isinstance(callbacks, list) else [callbacks])
        }
        alerts = {"DbtTestsFailedNotifier"} if task.task_id == "dbt_test" else set()
        assert names == {"record_failure"} | alerts, task.task_id


def test_a_failed_run_sends_an_alert(dag):
    assert type(dag.on_failure_callback).__name__ == "PipelineFailureNotifier"


def test_task_graph_is_exactly_extract_five_loads_transform_dbt_archive_and_finish(dag):
    assert set(dag.task_ids) == set(EXPECTED_UPSTREAM)
    for task_id, upstream in EXPECTED_UPSTREAM.items():
        assert dag.get_task(task_id).upstream_task_ids == upstream, task_id
    # downstream sets are the mirror image of the upstream ones
    expected_downstream = {task_id: set() for task_id in EXPECTED_UPSTREAM}
    for task_id, upstream in EXPECTED_UPSTREAM.items():
        for parent in upstream:
            expected_downstream[parent].add(task_id)
    for task_id, downstream in expected_downstream.items():
        assert dag.get_task(task_id).downstream_task_ids == downstream, task_id


def test_archive_and_finish_run_whatever_dbt_did_and_extract_can_skip_the_rest(dag):
    for task_id in RUNS_AFTER_FAILURES:
        assert dag.get_task(task_id).trigger_rule == "all_done", task_id
    for task_id in set(EXPECTED_UPSTREAM) - RUNS_AFTER_FAILURES:
        assert dag.get_task(task_id).trigger_rule == "all_success", task_id
    extract = dag.get_task("extract_from_s3")
    assert extract.ignore_downstream_trigger_rules is True  # "nothing new" skips archive too


def test_there_is_one_load_task_per_entity_the_pipeline_knows(dag):
    from elt.pipeline import ENTITIES

    assert {task_id for task_id in dag.task_ids if task_id.startswith("load_")} == {f"load_{e}" for e in ENTITIES}
    assert {f"load_{e}" for e in ENTITIES} == LOADS  # the hand-written graph above agrees


def test_the_dag_is_the_pipelines_step_list_in_order(dag):
    """One step list: the DAG's tasks are elt.pipeline.STEPS, in the same order, nothing more."""
    from elt.pipeline import STEPS

    declared = [step.task_ids() for step in STEPS]
    assert [task_id for group in declared for task_id in group] == [
        "extract_from_s3",
        "load_facilities",
        "load_patients",
        "load_workers",
        "load_medical_records",
        "load_triage_visits",
        "generate_ids_transform",
        "dbt_run",
        "dbt_test",
        "archive_processed_files",
        "finish_batch",
    ]
    for earlier, later in itertools.pairwise(declared):
        for task_id in later:
            assert dag.get_task(task_id).upstream_task_ids == set(earlier), task_id
    assert dag.dagrun_timeout is not None and dag.dagrun_timeout.total_seconds() == 6 * 3600


def test_retention_runs_daily_after_the_pipeline_with_one_retried_purge_task(airflow_env):
    from airflow.dag_processing.dagbag import DagBag

    retention = DagBag(dag_folder=str(DAGS_FOLDER)).dags["retention"]
    assert retention.schedule == "30 3 * * *"
    assert retention.start_date == datetime(2025, 1, 1, tzinfo=UTC)
    assert (retention.catchup, retention.max_active_runs) == (False, 1)
    assert {"medilink", "retention"} <= set(retention.tags) and "idempotent" in retention.doc_md
    assert retention.task_ids == ["purge"]
    purge = retention.get_task("purge")
    assert (purge.retries, purge.retry_delay) == (2, timedelta(minutes=5))
