"""Bulk upload → pipeline batch → rejected rows, end to end against PostgreSQL, S3 and elt.pipeline."""

from __future__ import annotations

import csv
import io
import json

import psycopg
import pytest
from conftest import Caller, audit_rows, issue, make_api_settings
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from backend.app import create_app
from backend.clients import create_client
from backend.extensions import limiter
from elt.settings import Settings
from elt.stack.ports import free_port

FACILITIES_CSV = (
    "name,state,lga,type,facility_code\n"
    "Ikeja General Hospital,Lagos,Ikeja,General Hospital,LA-1\n"
    "Kano Clinic,kano state,Tarauni,Clinic,KN-1\n"
)
PATIENTS_CSV = (
    "facility_code,first_name,last_name,sex,dob,phone\n"
    "LA-1,Ada,Obi,F,1990-05-17,08031234567\n"
    "LA-1,Musa,Bello,X,1980-01-01,\n"
    "LA-1,Bola,Ade,M,32/01/1990,\n"
)


def upload(caller: Caller, name: str, text: str | bytes, **form: str):
    data = text.encode() if isinstance(text, str) else text
    return caller.post(
        "/api/v1/uploads", data={"file": (io.BytesIO(data), name), **form}, content_type="multipart/form-data"
    )


def finished(app, caller: Caller, upload_id: str) -> dict:
    """The upload once the in-process pipeline run has taken it."""
    assert app.extensions["medilink.runner"].wait(120)
    body = caller.get(f"/api/v1/uploads/{upload_id}").get_json()
    assert body["batch"] is not None, body
    return body


@pytest.fixture
def loaded(app, admin, api_db, empty_bucket, s3_client, settings):
    """Facilities and patients uploaded by an admin and processed by the pipeline."""
    first = upload(admin, "facilities.csv", FACILITIES_CSV)
    assert first.status_code == 202, first.get_json()
    finished(app, admin, first.get_json()["id"])
    second = upload(admin, "patients_2024.csv", PATIENTS_CSV)
    assert second.status_code == 202, second.get_json()
    return {"facilities": first.get_json(), "patients": finished(app, admin, second.get_json()["id"])}


def test_an_upload_is_stored_under_input_entity_and_processed_into_a_batch_with_its_errors(
    app, admin, loaded, s3_client, settings, clean_db
):
    created = loaded["facilities"]
    assert created["entity"] == "facilities" and created["row_count"] == 2
    assert created["trigger"] == "local" and created["pipeline_started"] is True
    assert created["object_key"] == f"medical_records/input/facilities/{created['id']}-facilities.csv"

    patients = loaded["patients"]
    assert patients["entity"] == "patients"  # from the file name
    batch = patients["batch"]
    assert batch["status"] == "completed"
    assert (batch["file"]["rows_read"], batch["file"]["rows_rejected"]) == (3, 2)

    detail = admin.get(f"/api/v1/batches/{batch['id']}").get_json()
    assert detail["status"] == "completed"
    assert [f["object_key"] for f in detail["files"]] == [patients["object_key"]]
    assert (detail["rows_read"], detail["rows_rejected"]) == (3, 2)
    assert "patients" in {table["table_name"] for table in detail["tables"]}

    errors = admin.get(f"/api/v1/batches/{batch['id']}/errors").get_json()
    found = [(row["row_number"], row["reason_code"], row["column_name"]) for row in errors["data"]]
    assert found == [(3, "bad_sex", "sex"), (4, "bad_date", "dob")]
    assert errors["data"][0]["raw"]["first_name"] == "Musa"
    assert errors["total"] == 2

    only_dates = admin.get(f"/api/v1/batches/{batch['id']}/errors?reason_code=bad_date").get_json()
    assert [row["row_number"] for row in only_dates["data"]] == [4]
    listed = admin.get("/api/v1/batches").get_json()
    assert listed["data"][0]["id"] == batch["id"]  # newest first
    loaded_patients = admin.get("/api/v1/patients").get_json()["data"]
    assert [(p["first_name"], p["phone"]) for p in loaded_patients] == [("Ada", "+2348031234567")]


def test_batch_errors_download_as_csv_by_accept_header_or_format_and_each_export_is_audited(admin, loaded, clean_db):
    batch_id = loaded["patients"]["batch"]["id"]
    for headers, query in (({}, "?format=csv"), ({"Accept": "text/csv"}, "")):
        response = admin.get(f"/api/v1/batches/{batch_id}/errors{query}", headers=headers)
        assert response.status_code == 200
        assert response.mimetype == "text/csv"
        rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
        assert [(r["row_number"], r["reason_code"], r["column_name"]) for r in rows] == [
            ("3", "bad_sex", "sex"),
            ("4", "bad_date", "dob"),
        ]
        assert json.loads(rows[0]["raw"])["first_name"] == "Musa"
    exports = [row for row in audit_rows(clean_db) if row[2] == "export"]
    assert len(exports) == 2 and exports[0][3] == "rejected_rows" and len(exports[0][4]) == 2


@pytest.mark.parametrize(
    ("name", "content", "form", "status", "code", "mentions"),
    [
        ("patients.csv", "first_name,last_name,sex\nA,B,F\n", {}, 422, "missing_column", "dob"),
        ("patients.csv", "first_name,last_name,sex,dob\nA,B,F,1990-01-01\n", {}, 422, "missing_column", "facility"),
        (
            "patients.csv",
            "facility_code,first_name,last_name,sex,dob\nLA-1,Ad\xe9,B,F,1990-01-01\n".encode("latin-1"),
            {},
            422,
            "not_utf8",
            "UTF-8",
        ),
        ("patients.csv", "", {}, 422, "empty_file", "empty"),
        ("patients.csv", "facility_code,first_name,last_name,sex,dob\n", {}, 422, "header_only", "no data rows"),
        ("records.csv", FACILITIES_CSV, {}, 422, "validation_error", "entity"),
        ("facilities.txt", FACILITIES_CSV, {}, 422, "validation_error", ".csv"),
        ("upload.csv", FACILITIES_CSV, {"entity": "doctors"}, 422, "validation_error", "entity"),
    ],
)
def test_uploads_that_break_the_contract_are_refused_with_a_clear_reason(
    admin, api_db, empty_bucket, s3_client, settings, name, content, form, status, code, mentions
):
    response = upload(admin, name, content, **form)
    assert response.status_code == status, response.get_json()
    body = response.get_json()
    assert body["code"] == code
    assert mentions in body["message"]
    stored = s3_client.list_objects_v2(Bucket=settings.s3_bucket, Prefix=settings.input_prefix)
    assert stored.get("KeyCount", 0) == 0  # nothing refused is stored


def test_the_entity_form_field_wins_over_the_file_name(app, admin, api_db, empty_bucket):
    response = upload(admin, "export-march.csv", FACILITIES_CSV, entity="facilities")
    assert response.status_code == 202
    assert response.get_json()["entity"] == "facilities"
    assert "/input/facilities/" in response.get_json()["object_key"]
    app.extensions["medilink.runner"].wait(120)


def test_a_file_without_a_file_part_is_422_naming_file(admin, api_db):
    response = admin.post("/api/v1/uploads", data={"entity": "patients"}, content_type="multipart/form-data")
    assert response.status_code == 422
    assert response.get_json()["details"]["errors"][0]["field"] == "file"


def test_an_upload_over_the_size_limit_is_413(settings, sa_session, api_db, empty_bucket):
    small = create_app(make_api_settings(settings, api_max_upload_mb=1))
    try:
        http = small.test_client()
        client = create_client(sa_session, "admin")
        caller = Caller(http, client, issue(http, client))
        big = "name,state,lga\n" + "Clinic,Lagos,Ikeja\n" * 60_000  # about 1.1 MB
        # encoded in memory: the test client would spool a large body to a temporary file that the
        # server, refusing the request unread, never closes
        boundary, body = encode_multipart({"file": FileStorage(io.BytesIO(big.encode()), "facilities.csv")})
        response = caller.post("/api/v1/uploads", data=body, content_type=f"multipart/form-data; boundary={boundary}")
        assert response.status_code == 413
        assert response.get_json()["code"] == "payload_too_large"
    finally:
        small.extensions["medilink.db"].engine.dispose()


def test_uploads_are_rate_limited_per_client(settings, sa_session, api_db, empty_bucket):
    limited = create_app(make_api_settings(settings, api_rate_limit_upload="2 per minute"))
    try:
        limiter.reset()
        http = limited.test_client()
        client = create_client(sa_session, "admin")
        caller = Caller(http, client, issue(http, client))
        statuses = [upload(caller, "bogus.txt", "x").status_code for _ in range(3)]
        assert statuses == [422, 422, 429]
    finally:
        limiter.reset()
        limited.extensions["medilink.runner"].wait(60)
        limited.extensions["medilink.db"].engine.dispose()


def test_facility_clients_upload_only_their_own_rows_and_see_only_their_own_batches(app, caller, admin, loaded):
    lagos_id = admin.get("/api/v1/facilities?name=Ikeja").get_json()["data"][0]["id"]
    kano_id = admin.get("/api/v1/facilities?name=Kano").get_json()["data"][0]["id"]
    lagos, kano = caller("facility", lagos_id), caller("facility", kano_id)

    assert upload(lagos, "facilities.csv", FACILITIES_CSV).status_code == 403
    foreign = upload(lagos, "patients.csv", "facility_code,first_name,last_name,sex,dob\nKN-1,A,B,F,1990-01-01\n")
    assert foreign.status_code == 403 and foreign.get_json()["code"] == "outside_facility_scope"
    assert foreign.get_json()["details"] == {"line": 2, "column": "facility_code"}
    by_id = upload(lagos, "patients.csv", f"facility_id,first_name,last_name,sex,dob\n{kano_id},A,B,F,1990-01-01\n")
    assert by_id.status_code == 403

    own = upload(
        lagos,
        "patients.csv",
        "facility_name,facility_state,facility_lga,first_name,last_name,sex,dob\n"
        "ikeja general hospital,lagos,IKEJA,Tolu,Ade,F,2001-02-03\n"
        "Ikeja General Hospital,Lagos,Ikeja,Kemi,Ade,F,2001-13-03\n",
    )
    assert own.status_code == 202, own.get_json()
    processed = finished(app, lagos, own.get_json()["id"])
    batch_id = processed["batch"]["id"]
    assert processed["batch"]["file"]["rows_rejected"] == 1

    seen = lagos.get(f"/api/v1/batches/{batch_id}").get_json()
    assert [f["object_key"] for f in seen["files"]] == [processed["object_key"]]
    assert seen["tables"] == []
    assert [row["reason_code"] for row in lagos.get(f"/api/v1/batches/{batch_id}/errors").get_json()["data"]] == [
        "bad_date"
    ]
    assert [row["id"] for row in lagos.get("/api/v1/batches").get_json()["data"]] == [batch_id]
    admins_batch = loaded["patients"]["batch"]["id"]
    assert lagos.get(f"/api/v1/batches/{admins_batch}").status_code == 404
    assert lagos.get(f"/api/v1/uploads/{loaded['patients']['id']}").status_code == 404
    assert kano.get(f"/api/v1/batches/{batch_id}").status_code == 404
    assert kano.get(f"/api/v1/batches/{batch_id}/errors").status_code == 404


def test_without_a_reachable_airflow_the_file_is_kept_and_the_answer_says_so(
    settings, sa_session, api_db, empty_bucket, s3_client
):
    unreachable = create_app(
        make_api_settings(
            settings, airflow_api_url="http://127.0.0.1:9", airflow_username="admin", airflow_password="x"
        )
    )
    try:
        http = unreachable.test_client()
        client = create_client(sa_session, "admin")
        caller = Caller(http, client, issue(http, client))
        response = upload(caller, "facilities.csv", FACILITIES_CSV)
        body = response.get_json()
        assert response.status_code == 202
        assert (body["trigger"], body["pipeline_started"], body["dag_run_id"]) == ("airflow", False, None)
        assert "Airflow is not answering" in body["message"]
        assert "127.0.0.1" not in response.get_data(as_text=True)
        head = s3_client.head_object(Bucket=settings.s3_bucket, Key=body["object_key"])
        assert head["ContentLength"] == len(FACILITIES_CSV.encode())
    finally:
        unreachable.extensions["medilink.db"].engine.dispose()


def test_an_unknown_upload_or_batch_is_404(admin, api_db):
    assert admin.get("/api/v1/uploads/0b6c1c1e-0000-4000-8000-000000000000").status_code == 404
    assert admin.get("/api/v1/uploads/not-a-uuid").status_code == 404
    assert admin.get("/api/v1/batches/424242").status_code == 404
    assert admin.get("/api/v1/batches/424242/errors").status_code == 404


def test_without_an_airflow_login_the_upload_is_kept_and_the_answer_names_the_missing_settings(
    settings, sa_session, api_db, empty_bucket, tmp_path
):
    # a home without a local Airflow, so there is no generated admin login to fall back on
    no_login = create_app(make_api_settings(settings, medilink_home=tmp_path, airflow_api_url="http://127.0.0.1:9"))
    try:
        http = no_login.test_client()
        client = create_client(sa_session, "admin")
        body = upload(Caller(http, client, issue(http, client)), "facilities.csv", FACILITIES_CSV).get_json()
        assert body["pipeline_started"] is False
        assert "AIRFLOW_USERNAME" in body["message"]
    finally:
        no_login.extensions["medilink.db"].engine.dispose()


def test_the_compose_names_for_the_airflow_login_are_accepted(monkeypatch):
    monkeypatch.setenv("AIRFLOW_ADMIN_USER", "ops")
    monkeypatch.setenv("AIRFLOW_ADMIN_PASSWORD", "from-compose")
    settings = Settings(_env_file=None)
    assert (settings.airflow_username, settings.airflow_password.get_secret_value()) == ("ops", "from-compose")


def test_an_unreachable_object_store_is_a_503_and_nothing_is_recorded(settings, sa_session, api_db, clean_db):
    closed = f"http://127.0.0.1:{free_port()}"
    offline = create_app(make_api_settings(settings, aws_endpoint_url=closed))
    try:
        http = offline.test_client()
        client = create_client(sa_session, "admin")
        response = upload(Caller(http, client, issue(http, client)), "facilities.csv", FACILITIES_CSV)
        assert response.status_code == 503
        assert response.get_json()["code"] == "storage_unavailable"
        assert "127.0.0.1" not in response.get_data(as_text=True)
        with psycopg.connect(clean_db) as conn:
            assert conn.execute("select count(*) from api.uploads").fetchone()[0] == 0
    finally:
        offline.extensions["medilink.db"].engine.dispose()


def test_a_parser_differential_upload_cannot_touch_another_facilitys_patient(app, caller, admin, loaded, clean_db):
    """The issue's attack: Python's csv read the facility_id as the uploader's own, COPY (a quote opens a
    quoted field mid-value) read the next field, another facility's id. One reader now: a ragged row."""
    lagos_id = admin.get("/api/v1/facilities?name=Ikeja").get_json()["data"][0]["id"]
    kano_id = admin.get("/api/v1/facilities?name=Kano").get_json()["data"][0]["id"]
    kano_patient = upload(
        admin,
        "patients.csv",
        "facility_code,patient_number,first_name,last_name,sex,dob\nKN-1,P-0001,Jane,Doe,F,2000-01-01\n",
    )
    finished(app, admin, kano_patient.get_json()["id"])
    lagos = caller("facility", lagos_id)
    attack = (
        "first_name,last_name,sex,dob,address,facility_id,patient_number\n"
        f'Mallory,Evil,F,2000-01-01,Main"St,{lagos_id},x",{kano_id},P-0001\n'
        f"Tolu,Ade,F,2001-02-03,2 Ikeja Road,{lagos_id},P-0002\n"
    )
    response = upload(lagos, "patients.csv", attack)
    assert response.status_code == 202, response.get_json()
    processed = finished(app, lagos, response.get_json()["id"])
    assert processed["batch"]["status"] == "completed"
    errors = lagos.get(f"/api/v1/batches/{processed['batch']['id']}/errors").get_json()["data"]
    assert [(row["row_number"], row["reason_code"]) for row in errors] == [(2, "bad_row_shape")]
    with psycopg.connect(clean_db) as conn:
        patients = conn.execute(
            "select facility_id, patient_number, first_name, address from patients order by patient_number"
        ).fetchall()
        scopes = conn.execute(
            "select uploader_role, scope_facility_id from etl.etl_files where object_key = %s",
            (processed["object_key"],),
        ).fetchall()
    assert [row for row in patients if row[1] in ("P-0001", "P-0002")] == [
        (kano_id, "P-0001", "Jane", None),
        (lagos_id, "P-0002", "Tolu", "2 Ikeja Road"),
    ], "the other facility's patient is untouched"
    assert scopes == [("facility", lagos_id)], "the file's row carries the uploader's scope"


def test_a_facility_client_reads_a_fixed_text_for_a_failed_batch_never_the_stored_error(
    app, caller, admin, loaded, clean_db
):
    lagos_id = admin.get("/api/v1/facilities?name=Ikeja").get_json()["data"][0]["id"]
    lagos = caller("facility", lagos_id)
    own = upload(lagos, "patients.csv", "facility_code,first_name,last_name,sex,dob\nLA-1,Tolu,Ade,F,2001-02-03\n")
    batch_id = finished(app, lagos, own.get_json()["id"])["batch"]["id"]
    leaked = 'DataError: invalid input syntax for type date: "Jane Doe 1990"'
    with psycopg.connect(clean_db, autocommit=True) as conn:
        conn.execute(
            "update etl.etl_batches set status = 'failed', error_message = %s where id = %s", (leaked, batch_id)
        )
    seen = lagos.get(f"/api/v1/batches/{batch_id}").get_json()["error_message"]
    listed = lagos.get("/api/v1/batches").get_json()["data"][0]["error_message"]
    assert seen == listed
    assert seen.startswith("step_failed: ") and "Jane" not in seen
    assert admin.get(f"/api/v1/batches/{batch_id}").get_json()["error_message"] == leaked
