"""The access audit is complete: refusals too, where each request came from, the caller's own request
id apart from ours, the upload id, and client changes made with `medilink clients`."""

from __future__ import annotations

import io
import json
import uuid

import psycopg
import pytest
import typer
from conftest import Caller, dispose, issue, make_api_settings
from typer.testing import CliRunner

from backend.app import create_app
from backend.cli import register
from backend.clients import create_client
from elt.settings import get_settings

AGENT = "medilink-frontend/2.3 (audit test)"


def audit(database_url: str, where: str = "true", params: tuple = ()) -> list[dict]:
    with psycopg.connect(database_url) as conn:
        cursor = conn.execute(
            "select who, role, action, resource, ids, status, host(source_address) as source_address, user_agent,"
            f" request_id, client_request_id, upload_id, subject from api.access_audit where {where} order by id",
            params,
        )
        names = [column.name for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]


@pytest.fixture
def patient(admin, make_facility, make_patient) -> dict:
    lagos = make_facility()["id"]
    kano = make_facility(name="Kano Clinic", state="Kano", lga="Tarauni", facility_code="KN-1")["id"]
    return {"lagos": lagos, "kano": kano, "id": make_patient(kano, first_name="Musa", sex="M")["id"]}


def test_a_request_without_a_token_is_audited_as_an_anonymous_401(http, api_db):
    response = http.get("/api/v1/patients/42", headers={"User-Agent": AGENT, "X-Request-ID": "probe-1"})
    assert response.status_code == 401
    [row] = audit(api_db, "action = 'denied'")
    assert row == {
        "who": "anonymous",
        "role": "none",
        "action": "denied",
        "resource": "patients",
        "ids": [42],
        "status": 401,
        "source_address": "127.0.0.1",
        "user_agent": AGENT,
        "request_id": response.headers["X-Request-ID"],
        "client_request_id": "probe-1",
        "upload_id": None,
        "subject": None,
    }


def test_a_revoked_clients_request_is_audited_under_its_client_id(http, admin, sa_session, api_db):
    from backend.clients import revoke_client

    assert revoke_client(sa_session, admin.client.client_id)
    assert admin.get("/api/v1/medical-records").status_code == 401
    [row] = audit(api_db, "action = 'denied'")
    assert (row["who"], row["role"], row["resource"], row["status"]) == (
        admin.client.client_id,
        "admin",
        "medical_records",
        401,
    )


def test_a_role_that_may_not_use_a_route_is_audited_as_a_403(analyst, api_db):
    assert analyst.get("/api/v1/triage-visits/7").status_code == 403
    [row] = audit(api_db, "action = 'denied'")
    assert (row["who"], row["role"], row["resource"], row["ids"], row["status"]) == (
        analyst.client.client_id,
        "analyst",
        "triage_visits",
        [7],
        403,
    )


def test_a_404_on_patient_data_is_audited_but_a_404_on_the_facility_directory_is_not(caller, patient, api_db):
    lagos = caller("facility", patient["lagos"])
    before = len(audit(api_db))
    assert lagos.get(f"/api/v1/patients/{patient['id']}").status_code == 404  # another facility's patient
    assert lagos.get("/api/v1/facilities/987654").status_code == 404
    rows = audit(api_db)[before:]
    assert [(row["action"], row["resource"], row["ids"], row["status"]) for row in rows] == [
        ("denied", "patients", [patient["id"]], 404)
    ]


def test_reads_and_writes_carry_address_user_agent_and_the_callers_request_id_apart_from_ours(admin, patient, api_db):
    before = len(audit(api_db))
    headers = {"User-Agent": AGENT, "X-Request-ID": "frontend-7"}
    read = admin.get(f"/api/v1/patients/{patient['id']}", headers=headers)
    listed = admin.get("/api/v1/patients", headers=headers)
    visit = {"patient_id": patient["id"], "triage_level": 2, "visit_ref": "T1"}
    created = admin.post("/api/v1/triage-visits", json=visit, headers=headers)
    assert (read.status_code, listed.status_code, created.status_code) == (200, 200, 201)
    rows = audit(api_db)[before:]
    assert [(row["action"], row["request_id"]) for row in rows] == [
        ("read", read.headers["X-Request-ID"]),
        ("list", listed.headers["X-Request-ID"]),
        ("create", created.headers["X-Request-ID"]),
    ]
    for row in rows:
        assert (row["source_address"], row["user_agent"], row["client_request_id"], row["status"]) == (
            "127.0.0.1",
            AGENT,
            "frontend-7",
            200,
        )
        assert row["request_id"] != "frontend-7"


def test_an_ill_formed_caller_request_id_is_not_stored(admin, patient, api_db):
    admin.get(f"/api/v1/patients/{patient['id']}", headers={"X-Request-ID": "bad id; drop table"})
    assert audit(api_db)[-1]["client_request_id"] is None


def test_behind_a_trusted_proxy_the_audit_has_the_forwarded_address(settings, sa_session, api_db, make_facility):
    application = create_app(make_api_settings(settings, api_proxy_hops=1))
    try:
        http = application.test_client()
        client = create_client(sa_session, "admin")
        caller = Caller(http, client, issue(http, client))
        facility = make_facility()["id"]
        response = caller.post(
            "/api/v1/patients",
            json={"facility_id": facility, "first_name": "Ada", "last_name": "Obi", "sex": "F", "dob": "1990-05-17"},
            headers={"X-Forwarded-For": "203.0.113.9"},
        )
        assert response.status_code == 201
        assert audit(api_db)[-1]["source_address"] == "203.0.113.9"
    finally:
        dispose(application)


def test_an_uploads_audit_row_carries_the_upload_id(app, admin, api_db, empty_bucket):
    csv = b"name,state,lga,type,facility_code\nIkeja General Hospital,Lagos,Ikeja,General Hospital,LA-1\n"
    response = admin.post(
        "/api/v1/uploads", data={"file": (io.BytesIO(csv), "facilities.csv")}, content_type="multipart/form-data"
    )
    assert response.status_code == 202, response.get_json()
    app.extensions["medilink.runner"].wait(120)
    [row] = audit(api_db, "resource = 'uploads'")
    assert row["action"] == "create"
    assert row["upload_id"] == uuid.UUID(response.get_json()["id"])


def test_clients_create_and_revoke_from_the_cli_are_audited(monkeypatch, api_db, tmp_path, http):
    monkeypatch.setenv("DATABASE_URL", api_db)
    monkeypatch.setenv("MEDILINK_HOME", str(tmp_path))
    get_settings.cache_clear()
    cli = typer.Typer()
    register(cli)
    try:
        created = CliRunner().invoke(cli, ["clients", "create", "--role", "analyst", "--json"])
        assert created.exit_code == 0, created.output
        client_id = json.loads(created.stdout)["client_id"]
        revoked = CliRunner().invoke(cli, ["clients", "revoke", client_id])
        assert revoked.exit_code == 0, revoked.output
        again = CliRunner().invoke(cli, ["clients", "revoke", client_id])
        assert again.exit_code == 1  # nothing changed: nothing audited
    finally:
        get_settings.cache_clear()
    rows = audit(api_db, "resource = 'clients'")
    assert [(row["action"], row["subject"], row["role"]) for row in rows] == [
        ("client_create", client_id, "operator"),
        ("client_revoke", client_id, "operator"),
    ]
    assert all(row["who"].startswith("cli:") and row["who"] != "cli:" for row in rows)
    assert len({row["request_id"] for row in rows}) == 2
