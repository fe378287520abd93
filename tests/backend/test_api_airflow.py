"""POST /uploads with AIRFLOW_API_URL set: the upload starts the real DAG through Airflow's REST API,
and the batch it produces is visible through the API. Runs a local Airflow (api-server, scheduler,
dag-processor, triggerer) on its own metadata database."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from conftest import Caller, issue, make_api_settings

from backend.app import create_app
from backend.clients import create_client
from elt.airflow_local import ADMIN_USER, LocalAirflow
from elt.stack.ports import free_port

PATIENTS = "facility_code,first_name,last_name,sex,dob\nAF-1,Ada,Obi,F,1990-05-17\nAF-1,Musa,Bello,robot,1980-01-01\n"


@pytest.fixture(scope="module")
def airflow(settings, server_url) -> Iterator[LocalAirflow]:
    name = f"airflow_api_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'create database "{name}"')
    base = server_url.rsplit("/", 1)[0]
    local = LocalAirflow(
        settings=settings,
        metadata_url="postgresql+psycopg://" + f"{base}/{name}".split("://", 1)[1],
        port=free_port(),
        worker_log_port=free_port(),
        triggerer_log_port=free_port(),
    )
    try:
        local.up(timeout=480)
        yield local
    finally:
        local.down()
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f'drop database if exists "{name}" with (force)')


def _upload_and_follow(airflow, application, sa_session) -> None:
    http = application.test_client()
    client = create_client(sa_session, "admin")
    admin = Caller(http, client, issue(http, client))
    response = admin.post(
        "/api/v1/uploads",
        data={"file": (io.BytesIO(PATIENTS.encode()), "patients.csv")},
        content_type="multipart/form-data",
    )
    body = response.get_json()
    assert response.status_code == 202, body
    assert (body["trigger"], body["pipeline_started"]) == ("airflow", True), body["message"]
    assert body["dag_run_id"]

    assert airflow.wait_for_run(body["dag_run_id"], timeout=600) == "success"

    upload = admin.get(f"/api/v1/uploads/{body['id']}").get_json()
    assert upload["batch"]["status"] == "completed"
    assert (upload["batch"]["file"]["rows_read"], upload["batch"]["file"]["rows_rejected"]) == (2, 1)
    errors = admin.get(f"/api/v1/batches/{upload['batch']['id']}/errors").get_json()["data"]
    assert [(row["row_number"], row["reason_code"]) for row in errors] == [(3, "bad_sex")]
    batch = admin.get(f"/api/v1/batches/{upload['batch']['id']}").get_json()
    assert batch["triggered_by"] == "airflow"


@pytest.mark.slow
@pytest.mark.parametrize("login", ["configured", "local admin"])
def test_an_upload_triggers_the_airflow_dag_whose_batch_and_errors_the_api_then_shows(
    airflow, settings, sa_session, api_db, empty_bucket, make_facility, login
):
    make_facility(name="Airflow Clinic", facility_code="AF-1")
    credentials = {}
    if login == "configured":
        credentials = {"airflow_username": ADMIN_USER, "airflow_password": airflow.admin_password()[0]}
    # without a configured login the API uses the local Airflow's generated admin (as start.sh runs it)
    application = create_app(make_api_settings(settings, airflow_api_url=airflow.api_url, **credentials))
    try:
        _upload_and_follow(airflow, application, sa_session)
    finally:
        application.extensions["medilink.db"].engine.dispose()


@pytest.mark.slow
def test_a_fhir_export_kickoff_runs_as_the_fhir_bulk_export_dag(airflow, settings, sa_session, api_db, empty_bucket):
    import time

    with psycopg.connect(api_db, autocommit=True) as conn:
        facility = conn.execute(
            "insert into facilities (name, state, lga) values ('Ọ̀yọ́ Clinic', 'Oyo', 'Ibadan North') returning id"
        ).fetchone()[0]
        conn.execute(
            "insert into patients (facility_id, first_name, last_name, sex, dob) values (%s, 'Ada', 'Obi', 'F',"
            " '1990-05-17')",
            (facility,),
        )
    application = create_app(make_api_settings(settings, airflow_api_url=airflow.api_url))
    try:
        http = application.test_client()
        client = create_client(sa_session, "admin")
        admin = Caller(http, client, issue(http, client))
        kickoff = admin.get("/fhir/$export", headers={"Accept": "application/fhir+json", "Prefer": "respond-async"})
        assert kickoff.status_code == 202
        location = kickoff.headers["Content-Location"]
        with psycopg.connect(api_db) as conn:
            runner, dag_run_id = conn.execute("select runner, dag_run_id from api.export_jobs").fetchone()
        assert runner == "airflow" and dag_run_id

        deadline = time.monotonic() + 600
        status = admin.get(location)
        while status.status_code == 202 and time.monotonic() < deadline:
            time.sleep(2)
            status = admin.get(location)
        assert status.status_code == 200, status.get_data(as_text=True)
        counts = {item["type"]: item["count"] for item in status.get_json()["output"]}
        assert counts == {"Organization": 1, "Patient": 1}
        with psycopg.connect(api_db) as conn:
            assert conn.execute("select runner, attempts from api.export_jobs").fetchone() == ("airflow", 1)
    finally:
        application.extensions["medilink.fhir_runner"].wait(60)
        application.extensions["medilink.db"].engine.dispose()
