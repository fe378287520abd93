"""/medical-records and /triage-visits: filters, get, create with the CSV rules, 409, corrections."""

from __future__ import annotations

import psycopg
import pytest


def ids(response) -> list[int]:
    assert response.status_code == 200, response.get_json()
    return [row["id"] for row in response.get_json()["data"]]


@pytest.fixture
def world(make_facility, make_patient):
    lagos = make_facility(name="Ikeja General Hospital", facility_code="LA-1")["id"]
    kano = make_facility(name="Kano Clinic", state="Kano", lga="Tarauni", facility_code="KN-1")["id"]
    ada = make_patient(lagos, first_name="Ada")["id"]
    musa = make_patient(kano, first_name="Musa", sex="M")["id"]
    return {"lagos": lagos, "kano": kano, "ada": ada, "musa": musa}


def record(admin, **fields):
    response = admin.post("/api/v1/medical-records", json=fields)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_record_create_defaults_the_facility_to_the_patients_and_shapes_data_like_the_csv_path(admin, world, clean_db):
    body = record(
        admin,
        patient_id=world["ada"],
        record_type="lab result",
        recorded_at="2024-03-05T10:30:00+01:00",
        diagnosis="Malaria",
        icd10_code="b54",
        medications="Artemether-Lumefantrine 80/480mg BD",
        notes="  ",
    )
    assert body["facility_id"] == world["lagos"]
    assert (body["record_type"], body["icd10_code"], body["notes"]) == ("Lab Result", "B54", None)
    assert body["recorded_at"] == "2024-03-05T09:30:00Z"
    assert body["data"] == {
        "diagnosis": "Malaria",
        "icd10_code": "B54",
        "medications": "Artemether-Lumefantrine 80/480mg BD",
    }
    with psycopg.connect(clean_db) as conn:
        stored = conn.execute("select data from public.medical_records where id = %s", (body["id"],)).fetchone()[0]
    assert stored == body["data"]


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("record_type", "Autopsy", "bad_record_type"),
        ("icd10_code", "ZZZ.99", "bad_icd10"),
        ("recorded_at", "yesterday", "bad_timestamp"),
        ("patient_id", 987654, "unknown_patient"),
    ],
)
def test_record_field_errors_name_the_field_and_the_reason_code(admin, world, field, value, code):
    response = admin.post(
        "/api/v1/medical-records", json={"patient_id": world["ada"], "record_type": "Consultation", field: value}
    )
    assert response.status_code == 422
    error = response.get_json()["details"]["errors"][0]
    assert (error["field"], error["code"]) == (field, code)


def test_identical_records_without_a_reference_are_409_and_a_reference_is_an_identity(admin, world):
    fields = {
        "patient_id": world["ada"],
        "record_type": "Consultation",
        "recorded_at": "2024-03-05T10:00:00Z",
        "diagnosis": "Malaria",
    }
    first = record(admin, **fields)
    again = admin.post("/api/v1/medical-records", json=fields)
    assert again.status_code == 409 and again.get_json()["details"]["id"] == first["id"]
    record(admin, **{**fields, "diagnosis": "Typhoid fever"})  # other content, another record
    ref = record(admin, patient_id=world["ada"], record_type="Prescription", record_ref="RX-1")
    same_ref = admin.post(
        "/api/v1/medical-records", json={"patient_id": world["ada"], "record_type": "Referral", "record_ref": "rx-1"}
    )
    assert same_ref.status_code == 409 and same_ref.get_json()["details"]["id"] == ref["id"]


DOCUMENT_DATA = {
    "diagnosis": "Hypertension",
    "treatment": "Medication",
    "medications": "Amlodipine 5mg daily",
    "notes": "Patient advised to reduce salt intake",
}


def test_the_documents_nested_data_form_is_stored_like_the_flat_form(admin, world):
    nested = record(admin, patient_id=world["ada"], record_type="Consultation", data=DOCUMENT_DATA)
    assert nested["data"] == DOCUMENT_DATA
    assert (nested["diagnosis"], nested["medications"]) == ("Hypertension", "Amlodipine 5mg daily")
    flat = admin.post(
        "/api/v1/medical-records", json={"patient_id": world["ada"], "record_type": "Consultation", **DOCUMENT_DATA}
    )
    assert flat.status_code == 409 and flat.get_json()["details"]["id"] == nested["id"]  # the same record


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        ({"icd10_code": "ZZZ.99"}, "icd10_code", "bad_icd10"),
        ({"diagnosis": "x" * 4001}, "diagnosis", "string_too_long"),
        ({"diagnosis": "a\x00b"}, "diagnosis", "bad_text"),
        ({"diagnsis": "typo"}, "data.diagnsis", "extra_forbidden"),
    ],
)
def test_nested_data_fields_pass_the_same_rules_as_flat_ones(admin, world, data, field, code):
    response = admin.post(
        "/api/v1/medical-records", json={"patient_id": world["ada"], "record_type": "Consultation", "data": data}
    )
    assert response.status_code == 422
    error = response.get_json()["details"]["errors"][0]
    assert (error["field"], error["code"]) == (field, code)


def test_a_field_sent_flat_and_nested_with_different_values_is_refused(admin, world):
    body = {
        "patient_id": world["ada"],
        "record_type": "Consultation",
        "diagnosis": "Malaria",
        "data": {"diagnosis": "Typhoid"},
    }
    response = admin.post("/api/v1/medical-records", json=body)
    assert response.status_code == 422
    assert response.get_json()["details"]["errors"][0]["code"] == "conflicting_fields"
    same = record(admin, **{**body, "data": {"diagnosis": "Malaria"}})
    assert same["diagnosis"] == "Malaria"


def test_patch_with_nested_data_changes_only_the_sent_fields(admin, world):
    created = record(admin, patient_id=world["ada"], record_type="Consultation", data=DOCUMENT_DATA)
    response = admin.patch(f"/api/v1/medical-records/{created['id']}", json={"data": {"notes": "Review in 2 weeks"}})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["data"] == {**DOCUMENT_DATA, "notes": "Review in 2 weeks"}
    cleared = admin.patch(f"/api/v1/medical-records/{created['id']}", json={"data": {"notes": None}})
    assert "notes" not in cleared.get_json()["data"]
    bad = admin.patch(f"/api/v1/medical-records/{created['id']}", json={"data": {"icd10_code": "nonsense"}})
    assert bad.status_code == 422 and bad.get_json()["details"]["errors"][0]["code"] == "bad_icd10"


@pytest.mark.parametrize("resource", ["medical-records", "triage-visits"])
def test_lists_are_newest_first_and_cursors_page_in_either_order(admin, world, resource):
    for day in range(1, 6):
        if resource == "medical-records":
            record(admin, patient_id=world["ada"], record_type="Consultation", recorded_at=f"2024-01-0{day}T08:00:00Z")
        else:
            visit(admin, patient_id=world["ada"], triage_level=3, visited_at=f"2024-01-0{day}T08:00:00Z")
    everything = ids(admin.get(f"/api/{resource}?per_page=100&order=asc"))
    assert len(everything) == 5 and everything == sorted(everything)
    newest_first = list(reversed(everything))
    assert ids(admin.get(f"/api/{resource}")) == newest_first

    for order, expected in (("desc", newest_first), ("asc", everything)):
        seen, cursor = [], None
        while True:
            query = f"/api/v1/{resource}?per_page=2&order={order}" + (f"&cursor={cursor}" if cursor else "")
            body = admin.get(query).get_json()
            seen += [row["id"] for row in body["data"]]
            cursor = body["next_cursor"]
            if cursor is None:
                break
        assert seen == expected

    desc_cursor = admin.get(f"/api/v1/{resource}?per_page=2").get_json()["next_cursor"]
    mixed = admin.get(f"/api/v1/{resource}?per_page=2&order=asc&cursor={desc_cursor}")
    assert (mixed.status_code, mixed.get_json()["code"]) == (400, "invalid_cursor")
    assert admin.get(f"/api/v1/{resource}?order=sideways").status_code == 422


def test_record_filters_patient_facility_type_and_date_range(admin, world):
    a1 = record(admin, patient_id=world["ada"], record_type="Consultation", recorded_at="2024-01-10T08:00:00Z")["id"]
    a2 = record(admin, patient_id=world["ada"], record_type="Lab Result", recorded_at="2024-02-10T08:00:00Z")["id"]
    m1 = record(admin, patient_id=world["musa"], record_type="Consultation", recorded_at="2024-03-10T08:00:00Z")["id"]
    assert ids(admin.get(f"/api/v1/medical-records?patient_id={world['ada']}")) == [a2, a1]
    assert ids(admin.get(f"/api/v1/medical-records?facility_id={world['kano']}")) == [m1]
    assert ids(admin.get("/api/v1/medical-records?record_type=Consultation")) == [m1, a1]
    assert ids(admin.get("/api/v1/medical-records?date_from=2024-02-01&date_to=2024-03-10T08:00:00Z")) == [m1, a2]
    assert ids(admin.get("/api/v1/medical-records?date_to=2024-01-10T09:00:00%2B01:00")) == [a1]


def test_record_patch_keeps_extra_data_keys_and_revalidates(admin, world, clean_db):
    created = record(admin, patient_id=world["ada"], record_type="Consultation", diagnosis="Malaria")
    with psycopg.connect(clean_db) as conn:  # a CSV column beyond the contract, as the bulk path keeps it
        conn.execute(
            'update public.medical_records set data = data || \'{"ward": "B2"}\' where id = %s', (created["id"],)
        )
    response = admin.patch(f"/api/v1/medical-records/{created['id']}", json={"icd10_code": "B50.9", "diagnosis": None})
    body = response.get_json()
    assert response.status_code == 200
    assert body["data"] == {"ward": "B2", "icd10_code": "B50.9"}
    assert body["diagnosis"] is None
    bad = admin.patch(f"/api/v1/medical-records/{created['id']}", json={"record_type": "Dance"})
    assert bad.get_json()["details"]["errors"][0]["code"] == "bad_record_type"


def visit(admin, **fields):
    response = admin.post("/api/v1/triage-visits", json=fields)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_triage_create_parses_lists_language_and_level_like_the_csv_path(admin, world):
    body = visit(
        admin,
        patient_id=world["musa"],
        triage_level="2",
        likely_conditions="Malaria; Typhoid fever ;",
        recommendations=["Refer to hospital", " Paracetamol "],
        language="HA",
        visited_at="2024-03-01T09:15:00",
    )
    assert body["facility_id"] == world["kano"]
    assert body["triage_level"] == 2
    assert body["likely_conditions"] == ["Malaria", "Typhoid fever"]
    assert body["recommendations"] == ["Refer to hospital", "Paracetamol"]
    assert (body["language"], body["visited_at"]) == ("ha", "2024-03-01T09:15:00Z")


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"triage_level": 6, "visited_at": "2024-03-01T09:00:00Z"}, "triage_level", "bad_triage_level"),
        ({"triage_level": 3, "language": "fr", "visited_at": "2024-03-01T09:00:00Z"}, "language", "bad_language"),
        ({"triage_level": 3, "visited_at": "03/2024"}, "visited_at", "bad_timestamp"),
        ({"triage_level": 3}, "visited_at", "missing_required"),
        ({"triage_level": 3, "visit_ref": "V1", "likely_conditions": '["a"'}, "likely_conditions", "bad_list"),
    ],
)
def test_triage_field_errors_name_the_field_and_the_reason_code(admin, world, fields, field, code):
    response = admin.post("/api/v1/triage-visits", json={"patient_id": world["ada"], **fields})
    assert response.status_code == 422
    errors = {(e["field"], e["code"]) for e in response.get_json()["details"]["errors"]}
    assert (field, code) in errors


def test_triage_filters_409_get_and_patch(admin, world):
    v1 = visit(admin, patient_id=world["ada"], triage_level=1, visited_at="2024-03-01T08:00:00Z")
    v2 = visit(admin, patient_id=world["ada"], triage_level=3, visit_ref="T-2", visited_at="2024-03-02T08:00:00Z")
    v3 = visit(admin, patient_id=world["musa"], triage_level=3, visited_at="2024-03-03T08:00:00Z")
    assert ids(admin.get(f"/api/v1/triage-visits?patient_id={world['ada']}")) == [v2["id"], v1["id"]]
    assert ids(admin.get(f"/api/v1/triage-visits?facility_id={world['kano']}")) == [v3["id"]]
    assert ids(admin.get("/api/v1/triage-visits?triage_level=3")) == [v3["id"], v2["id"]]
    assert ids(admin.get("/api/v1/triage-visits?date_from=2024-03-02&date_to=2024-03-02T23:59:59Z")) == [v2["id"]]
    assert admin.get("/api/v1/triage-visits?triage_level=9").status_code == 422

    again = admin.post(
        "/api/v1/triage-visits",
        json={"patient_id": world["ada"], "triage_level": 2, "visited_at": "2024-03-01T09:00:00+01:00"},
    )
    assert again.status_code == 409 and again.get_json()["details"]["id"] == v1["id"]

    assert admin.get(f"/api/v1/triage-visits/{v3['id']}").get_json() == v3
    patched = admin.patch(f"/api/v1/triage-visits/{v2['id']}", json={"triage_level": "2", "language": "yo"})
    assert (patched.get_json()["triage_level"], patched.get_json()["language"]) == (2, "yo")
    cleared = admin.patch(f"/api/v1/triage-visits/{v2['id']}", json={"visit_ref": None, "visited_at": None})
    assert cleared.status_code == 422
    assert cleared.get_json()["details"]["errors"][0]["field"] == "visited_at"
