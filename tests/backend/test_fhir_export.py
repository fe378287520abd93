"""FHIR Bulk Data export over HTTP: the IG's kick-off → poll → download flow, roles and facility
scoping, cancel, expiry, restart survival and OperationOutcome errors."""

from __future__ import annotations

import json
import time
import uuid

import httpx
import psycopg
import pytest
from fhir.resources.R4B.capabilitystatement import CapabilityStatement
from fhir.resources.R4B.operationoutcome import OperationOutcome

from backend.app import create_app
from elt.fhir.run import run_jobs
from elt.fhir.validate import Report, check_lines
from tests.backend.conftest import dispose

KICKOFF_HEADERS = {"Accept": "application/fhir+json", "Prefer": "respond-async"}


@pytest.fixture
def two_facilities(api_db) -> dict[str, int]:
    """Two facilities with a patient, a record (BP, ICD-10, medications) and a triage visit each."""
    ids: dict[str, int] = {}
    with psycopg.connect(api_db, autocommit=True) as conn:
        for key, (name, state, lga, first, last) in {
            "a": ("Àdùnní Clinic", "Oyo", "Ibadan North", "Adébáyọ̀", "Ọláwálé"),
            "b": ("Kano Health Post", "Kano", "Nassarawa", "Hauwa'u", "Ɗanjuma"),
        }.items():
            facility = conn.execute(
                "insert into facilities (name, state, lga) values (%s, %s, %s) returning id", (name, state, lga)
            ).fetchone()[0]
            patient = conn.execute(
                "insert into patients (facility_id, patient_number, first_name, last_name, sex, dob, phone)"
                " values (%s, 'P-1', %s, %s, 'F', '1985-01-02', '+2348031234567') returning id",
                (facility, first, last),
            ).fetchone()[0]
            conn.execute(
                "insert into medical_records (patient_id, facility_id, record_type, recorded_at, data)"
                " values (%s, %s, 'Consultation', now(), %s)",
                (
                    patient,
                    facility,
                    json.dumps(
                        {"diagnosis": "Malaria", "icd10_code": "B54", "notes": "BP 120/80", "medications": "ACT"}
                    ),
                ),
            )
            conn.execute(
                "insert into triage_visits (patient_id, facility_id, visit_ref, triage_level, likely_conditions)"
                " values (%s, %s, 'V-1', 2, '{Malaria,Typhoid}')",
                (patient, facility),
            )
            ids[key] = facility
    return ids


@pytest.fixture
def web(app, empty_bucket):
    """Plain httpx against the real WSGI app."""
    with httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://medilink.test") as client:
        yield client


def bearer(caller) -> dict[str, str]:
    return {"Authorization": f"Bearer {caller.token}"}


def assert_outcome(response: httpx.Response | object, status: int) -> dict:
    assert response.status_code == status
    body = response.json() if isinstance(response, httpx.Response) else response.get_json(force=True)
    OperationOutcome.model_validate(body)
    return body


def poll(web: httpx.Client, location: str, headers: dict[str, str], timeout: float = 60) -> httpx.Response:
    """Poll the status URL as the IG says: wait Retry-After between 202s."""
    deadline = time.monotonic() + timeout
    while True:
        response = web.get(location, headers=headers)
        if response.status_code != 202:
            return response
        assert response.headers["X-Progress"]
        assert time.monotonic() < deadline, "export did not finish"
        time.sleep(min(float(response.headers["Retry-After"]), 0.2))


def test_metadata_is_a_capability_statement_listing_the_export_operations(web):
    response = web.get("/fhir/metadata")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/fhir+json")
    statement = CapabilityStatement.model_validate(response.json())
    rest = response.json()["rest"][0]
    assert rest["operation"][0]["definition"] == "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export"
    by_type = {entry["type"]: entry for entry in rest["resource"]}
    assert by_type["Group"]["operation"][0]["name"] == "export"
    assert by_type["Patient"]["operation"][0]["name"] == "export"
    assert statement.fhirVersion == "4.0.1"


def test_kickoff_poll_download_end_to_end_following_the_ig(app, web, admin, two_facilities, clean_db):
    kickoff = web.get(
        "/fhir/$export",
        params={"_outputFormat": "application/fhir+ndjson"},
        headers={**KICKOFF_HEADERS, **bearer(admin)},
    )
    assert kickoff.status_code == 202, kickoff.text
    location = kickoff.headers["Content-Location"]
    assert location.startswith("http://medilink.test/fhir/_jobs/")

    done = poll(web, location, bearer(admin))
    assert done.status_code == 200, done.text
    manifest = done.json()
    assert manifest["requiresAccessToken"] is True
    requested = httpx.URL(manifest["request"])
    assert (requested.path, requested.params) == ("/fhir/$export", kickoff.request.url.params)
    assert manifest["error"] == []
    assert manifest["transactionTime"].endswith("Z")
    assert "Expires" in done.headers
    counts = {item["type"]: item["count"] for item in manifest["output"]}
    # two facilities, each with 1 patient, 1 record (→ Encounter, Condition, Observation, 1 medication), 1 visit
    assert counts == {
        "Organization": 2,
        "Patient": 2,
        "Encounter": 4,
        "Condition": 2,
        "Observation": 2,
        "MedicationStatement": 2,
    }

    report = Report()
    for item in manifest["output"]:
        assert web.get(item["url"]).status_code == 401  # the manifest says a token is required
        file = web.get(item["url"], headers={**bearer(admin), "Accept": "application/fhir+ndjson"})
        assert file.status_code == 200
        assert file.headers["content-type"].startswith("application/fhir+ndjson")
        check_lines(report, item["type"], file.content.splitlines())
        assert report.by_type[item["type"]] == item["count"]
    assert report.invalid == []
    assert report.dangling == set()

    with psycopg.connect(clean_db) as conn:
        audited = conn.execute(
            "select resource from api.access_audit where who = %s and action = 'export' order by id",
            (admin.client.client_id,),
        ).fetchall()
    assert [row[0] for row in audited] == ["fhir:system", *(f"fhir:{item['type']}" for item in manifest["output"])]


def test_analysts_may_not_export_and_facility_clients_only_their_own_facility(
    web, caller, analyst, admin, two_facilities
):
    a, b = two_facilities["a"], two_facilities["b"]
    facility_a = caller("facility", a)
    for path in ("/fhir/$export", "/fhir/Patient/$export", f"/fhir/Group/{a}/$export"):
        assert_outcome(web.get(path, headers={**KICKOFF_HEADERS, **bearer(analyst)}), 403)
    assert_outcome(web.get("/fhir/$export", headers={**KICKOFF_HEADERS, **bearer(facility_a)}), 403)
    assert_outcome(web.get(f"/fhir/Group/{b}/$export", headers={**KICKOFF_HEADERS, **bearer(facility_a)}), 403)
    own_group = web.get(f"/fhir/Group/{a}/$export", headers={**KICKOFF_HEADERS, **bearer(facility_a)})
    assert own_group.status_code == 202
    group_manifest = poll(web, own_group.headers["Content-Location"], bearer(facility_a)).json()
    assert {item["type"]: item["count"] for item in group_manifest["output"]}["Organization"] == 1
    assert_outcome(web.get("/fhir/Group/999999/$export", headers={**KICKOFF_HEADERS, **bearer(admin)}), 404)
    assert_outcome(web.get("/fhir/Patient/$export", headers=KICKOFF_HEADERS), 401)

    # a facility client's Patient export holds its own facility only, and its job is nobody else's
    kickoff = web.get("/fhir/Patient/$export", headers={**KICKOFF_HEADERS, **bearer(facility_a)})
    assert kickoff.status_code == 202
    location = kickoff.headers["Content-Location"]
    manifest = poll(web, location, bearer(facility_a)).json()
    assert {item["type"] for item in manifest["output"]} == {
        "Organization",
        "Patient",
        "Encounter",
        "Condition",
        "Observation",
        "MedicationStatement",
    }
    for item in manifest["output"]:
        text = web.get(item["url"], headers=bearer(facility_a)).text
        for line in text.splitlines():
            assert f"Organization/{b}" not in line and "Kano" not in line
        assert web.get(item["url"], headers=bearer(admin)).status_code == 404
    assert_outcome(web.get(location, headers=bearer(caller("facility", b))), 404)
    assert_outcome(web.get(location, headers=bearer(admin)), 404)


@pytest.mark.parametrize(
    ("query", "headers", "needle"),
    [
        ({"_outputFormat": "text/csv"}, {}, "_outputFormat"),
        ({"_type": "Patient,Spaceship"}, {}, "Spaceship"),
        ({"_type": "Practitioner"}, {}, "Practitioner"),
        ({"_since": "2024-05-01"}, {}, "time zone"),
        ({"_since": "yesterday"}, {}, "_since"),
        ({"_typeFilter": "Patient?gender=female"}, {}, "_typeFilter"),
        ({}, {"Prefer": "return=representation"}, "respond-async"),
        ({}, {"Accept": "text/html"}, "Accept"),
    ],
)
def test_a_kickoff_the_ig_does_not_allow_is_a_400_operation_outcome_naming_the_problem(
    web, admin, api_db, query, headers, needle
):
    response = web.get("/fhir/Patient/$export", params=query, headers={**KICKOFF_HEADERS, **bearer(admin), **headers})
    body = assert_outcome(response, 400)
    assert needle in body["issue"][0]["diagnostics"]


def test_type_and_since_narrow_the_export(web, admin, two_facilities, clean_db):
    with psycopg.connect(clean_db, autocommit=True) as conn:
        conn.execute(
            "update patients set updated_at = now() + interval '1 day' where facility_id = %s", (two_facilities["a"],)
        )
    since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 3600))
    kickoff = web.get(
        "/fhir/$export",
        params={"_type": "Patient,Encounter", "_since": since},
        headers={**KICKOFF_HEADERS, **bearer(admin)},
    )
    manifest = poll(web, kickoff.headers["Content-Location"], bearer(admin)).json()
    assert [(item["type"], item["count"]) for item in manifest["output"]] == [("Patient", 1)]


def test_delete_cancels_a_job_and_removes_its_files(web, admin, two_facilities, s3_client, settings):
    kickoff = web.get("/fhir/$export", headers={**KICKOFF_HEADERS, **bearer(admin)})
    location = kickoff.headers["Content-Location"]
    assert poll(web, location, bearer(admin)).status_code == 200
    job_id = location.rsplit("/", 1)[1]
    prefix = f"{settings.s3_prefix}/export/{job_id}/"
    assert s3_client.list_objects_v2(Bucket=settings.s3_bucket, Prefix=prefix).get("KeyCount", 0) == 6

    assert_outcome(web.delete(location, headers=bearer(admin)), 202)
    assert_outcome(web.get(location, headers=bearer(admin)), 404)
    assert s3_client.list_objects_v2(Bucket=settings.s3_bucket, Prefix=prefix).get("KeyCount", 0) == 0
    assert_outcome(web.delete(location, headers=bearer(admin)), 404)


def test_an_expired_export_is_gone_and_its_files_deleted(web, admin, two_facilities, clean_db, settings, s3_client):
    kickoff = web.get("/fhir/$export", params={"_type": "Patient"}, headers={**KICKOFF_HEADERS, **bearer(admin)})
    location = kickoff.headers["Content-Location"]
    url = poll(web, location, bearer(admin)).json()["output"][0]["url"]
    job_id = location.rsplit("/", 1)[1]
    with psycopg.connect(clean_db, autocommit=True) as conn:
        conn.execute("update api.export_jobs set expires_at = now() - interval '1 second' where id = %s", (job_id,))
    assert_outcome(web.get(location, headers=bearer(admin)), 404)
    assert_outcome(web.get(url, headers=bearer(admin)), 404)

    run_jobs(settings, s3_client, "local")  # every runner pass sweeps expired jobs
    prefix = f"{settings.s3_prefix}/export/{job_id}/"
    assert s3_client.list_objects_v2(Bucket=settings.s3_bucket, Prefix=prefix).get("KeyCount", 0) == 0
    with psycopg.connect(clean_db) as conn:
        assert conn.execute("select status from api.export_jobs where id = %s", (job_id,)).fetchone()[0] == "expired"


def test_a_job_whose_runner_died_is_finished_by_the_next_api_process(
    settings, api_settings, admin, two_facilities, clean_db, empty_bucket
):
    job_id = uuid.uuid4()
    with psycopg.connect(clean_db, autocommit=True) as conn:
        conn.execute(
            "insert into api.export_jobs (id, client_id, role, level, types, request_url, request_id, status,"
            " runner, attempts, heartbeat_at, started_at, expires_at)"
            " values (%s, %s, 'admin', 'system', '{Patient}', 'http://medilink.test/fhir/$export', 'r1', 'running',"
            " 'local', 1, now() - interval '10 minutes', now() - interval '10 minutes', now() + interval '1 day')",
            (job_id, admin.client.client_id),
        )
    restarted = create_app(api_settings)  # its runner looks for abandoned jobs at start
    try:
        assert restarted.extensions["medilink.fhir_runner"].wait(60)
        with httpx.Client(transport=httpx.WSGITransport(app=restarted), base_url="http://medilink.test") as web:
            manifest = poll(web, f"/fhir/_jobs/{job_id}", bearer(admin)).json()
        assert [(item["type"], item["count"]) for item in manifest["output"]] == [("Patient", 2)]
        with psycopg.connect(clean_db) as conn:
            assert conn.execute("select attempts from api.export_jobs where id = %s", (job_id,)).fetchone()[0] == 2
    finally:
        dispose(restarted)


def test_a_client_cannot_queue_more_than_three_exports_at_once(web, admin, two_facilities, clean_db):
    with psycopg.connect(clean_db, autocommit=True) as conn:
        for _ in range(3):
            conn.execute(
                "insert into api.export_jobs (id, client_id, role, level, types, request_url, request_id, runner,"
                " status, heartbeat_at, expires_at) values (%s, %s, 'admin', 'system', '{Patient}', 'x', 'r',"
                " 'airflow', 'running', now(), now() + interval '1 day')",
                (uuid.uuid4(), admin.client.client_id),
            )
    response = web.get("/fhir/$export", headers={**KICKOFF_HEADERS, **bearer(admin)})
    assert_outcome(response, 429)
    assert response.headers["Retry-After"]


def test_when_airflow_does_not_answer_the_job_runs_in_the_api(settings, two_facilities, sa_session, empty_bucket):
    from backend.clients import create_client
    from elt.stack.ports import free_port
    from tests.backend.conftest import issue, make_api_settings

    unreachable = make_api_settings(
        settings, airflow_api_url=f"http://127.0.0.1:{free_port()}", airflow_username="u", airflow_password="p"
    )
    application = create_app(unreachable)
    try:
        with httpx.Client(transport=httpx.WSGITransport(app=application), base_url="http://medilink.test") as web:
            client = create_client(sa_session, "admin")
            token = issue(application.test_client(), client)
            kickoff = web.get(
                "/fhir/$export",
                params={"_type": "Patient"},
                headers={**KICKOFF_HEADERS, "Authorization": f"Bearer {token}"},
            )
            assert kickoff.status_code == 202
            manifest = poll(web, kickoff.headers["Content-Location"], {"Authorization": f"Bearer {token}"}).json()
        assert [(item["type"], item["count"]) for item in manifest["output"]] == [("Patient", 2)]
    finally:
        dispose(application)
