"""The fhir_bulk_export DAG: thin, tagged, retried, and a real run exports a queued job to S3."""

from __future__ import annotations

import json
import secrets
import uuid
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from elt.airflow_local import DAGS_FOLDER

FHIR_DAG_ID = "fhir_bulk_export"


@pytest.fixture
def fhir_dag(airflow_env):
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS_FOLDER))
    assert bag.import_errors == {}
    return bag.dags[FHIR_DAG_ID]


def test_fhir_dag_is_one_retried_task_run_hourly_and_on_demand(fhir_dag):
    assert fhir_dag.task_ids == ["run_export"]
    assert fhir_dag.schedule == "@hourly"
    assert fhir_dag.catchup is False
    assert fhir_dag.start_date == datetime(2025, 1, 1, tzinfo=UTC)
    assert {"medilink", "fhir"} <= set(fhir_dag.tags)
    assert "export/<job>/" in fhir_dag.doc_md
    task = fhir_dag.get_task("run_export")
    assert task.retries == 2
    # longer than a heartbeat takes to go stale, so the retry can claim the job again
    assert task.retry_delay > timedelta(seconds=60)


def test_a_run_with_a_job_id_exports_that_job_to_s3(fhir_dag, clean_db, empty_bucket, s3_client, settings):
    client_id = "dagtest_" + secrets.token_hex(6)
    job_id = uuid.uuid4()
    with psycopg.connect(clean_db, autocommit=True) as conn:
        conn.execute("insert into api.clients (client_id, secret_hash, role) values (%s, 'x', 'admin')", (client_id,))
        facility = conn.execute(
            "insert into facilities (name, state, lga) values ('Ẹ̀gbá Clinic', 'Ogun', 'Abeokuta North') returning id"
        ).fetchone()[0]
        conn.execute(
            "insert into patients (facility_id, first_name, last_name, sex, dob) values (%s, 'Chiamaka', 'Eze', 'F',"
            " '2001-07-08')",
            (facility,),
        )
        conn.execute(
            "insert into api.export_jobs (id, client_id, role, level, types, request_url, request_id, runner,"
            " expires_at) values (%s, %s, 'admin', 'system', '{Organization,Patient}', 'x', 'r', 'airflow',"
            " now() + interval '1 day')",
            (job_id, client_id),
        )

    run = fhir_dag.test(logical_date=None, run_conf={"job_id": str(job_id)})

    assert run.state == "success"
    with psycopg.connect(clean_db) as conn:
        status, output = conn.execute("select status, output from api.export_jobs where id = %s", (job_id,)).fetchone()
    assert status == "completed"
    assert [(item["type"], item["count"]) for item in output] == [("Organization", 1), ("Patient", 1)]
    key = f"{settings.s3_prefix}/export/{job_id}/Patient.ndjson"
    patient = json.loads(s3_client.get_object(Bucket=settings.s3_bucket, Key=key)["Body"].read())
    assert patient["managingOrganization"] == {"reference": f"Organization/{facility}"}
