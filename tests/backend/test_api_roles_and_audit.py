"""Roles (admin, facility, analyst), the cross-facility 404, and the patient-data access audit."""

from __future__ import annotations

import pytest
from conftest import audit_rows


@pytest.fixture
def world(admin, make_facility, make_patient):
    lagos = make_facility(name="Ikeja General Hospital", facility_code="LA-1")["id"]
    kano = make_facility(name="Kano Clinic", state="Kano", lga="Tarauni", facility_code="KN-1")["id"]
    ada = make_patient(lagos, first_name="Ada")["id"]
    musa = make_patient(kano, first_name="Musa", sex="M")["id"]
    rows = {"lagos": lagos, "kano": kano, "ada": ada, "musa": musa}
    for name, patient in (("ada", ada), ("musa", musa)):
        rows[f"{name}_record"] = admin.post(
            "/api/v1/medical-records", json={"patient_id": patient, "record_type": "Consultation", "record_ref": name}
        ).get_json()["id"]
        rows[f"{name}_visit"] = admin.post(
            "/api/v1/triage-visits", json={"patient_id": patient, "triage_level": 3, "visit_ref": name}
        ).get_json()["id"]
    rows["lagos_worker"] = admin.post(
        "/api/v1/workers", json={"facility_id": lagos, "first_name": "Ife", "last_name": "Ade", "cadre": "nurse"}
    ).get_json()["id"]
    rows["kano_worker"] = admin.post(
        "/api/v1/workers", json={"facility_id": kano, "first_name": "Sani", "last_name": "Umar", "cadre": "doctor"}
    ).get_json()["id"]
    return rows


def ids(response) -> list[int]:
    assert response.status_code == 200, response.get_json()
    return [row["id"] for row in response.get_json()["data"]]


def test_a_facility_client_lists_only_its_own_facilitys_rows(caller, world):
    lagos = caller("facility", world["lagos"])
    assert ids(lagos.get("/api/v1/patients")) == [world["ada"]]
    assert ids(lagos.get(f"/api/v1/patients?facility_id={world['kano']}")) == []
    assert ids(lagos.get("/api/v1/workers")) == [world["lagos_worker"]]
    assert ids(lagos.get("/api/v1/medical-records")) == [world["ada_record"]]
    assert ids(lagos.get("/api/v1/triage-visits")) == [world["ada_visit"]]


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/api/v1/patients/{}", "musa"),
        ("/api/v1/workers/{}", "kano_worker"),
        ("/api/v1/medical-records/{}", "musa_record"),
        ("/api/v1/triage-visits/{}", "musa_visit"),
    ],
)
def test_another_facilitys_row_is_404_for_reads_and_corrections_exactly_like_a_missing_one(caller, world, path, key):
    lagos = caller("facility", world["lagos"])
    other = lagos.get(path.format(world[key]))
    missing = lagos.get(path.format(987654321))
    assert other.status_code == missing.status_code == 404
    assert other.get_json()["code"] == missing.get_json()["code"] == "not_found"
    assert lagos.patch(path.format(world[key]), json={}).status_code == 404


def test_a_facility_client_writes_only_into_its_own_facility(caller, world):
    lagos = caller("facility", world["lagos"])
    own = lagos.post(
        "/api/v1/patients", json={"first_name": "New", "last_name": "Born", "sex": "F", "dob": "2024-01-01"}
    )
    assert own.status_code == 201 and own.get_json()["facility_id"] == world["lagos"]
    foreign = lagos.post(
        "/api/v1/patients",
        json={"facility_id": world["kano"], "first_name": "New", "last_name": "Born", "sex": "F", "dob": "2024-01-01"},
    )
    assert foreign.status_code == 403 and foreign.get_json()["code"] == "forbidden_facility"
    moved = lagos.patch(f"/api/v1/patients/{world['ada']}", json={"facility_id": world["kano"]})
    assert moved.status_code == 403
    # another facility's patient does not exist for this client
    record = lagos.post("/api/v1/medical-records", json={"patient_id": world["musa"], "record_type": "Consultation"})
    assert record.status_code == 422
    assert record.get_json()["details"]["errors"][0] == {
        "field": "patient_id",
        "code": "unknown_patient",
        "message": f"no patient with id {world['musa']}",
    }
    visit = lagos.post(
        "/api/v1/triage-visits",
        json={"patient_id": world["ada"], "triage_level": 2, "visit_ref": "x", "facility_id": world["kano"]},
    )
    assert visit.status_code == 403


def test_an_analyst_gets_no_patient_level_endpoint(caller, world):
    analyst = caller("analyst")
    for path in (
        "/api/v1/patients",
        f"/api/v1/patients/{world['ada']}",
        "/api/v1/workers",
        "/api/v1/medical-records",
        "/api/v1/triage-visits",
        "/api/v1/batches",
        "/api/v1/facilities",
        "/api/v1/analytics/facility-stats",
        "/api/v1/analytics/patient-summary",
    ):
        response = analyst.get(path)
        assert response.status_code == 403, path
        assert response.get_json()["code"] == "forbidden"
    assert analyst.post("/api/v1/patients", json={}).status_code == 403


def test_reads_and_writes_of_patient_data_are_audited_with_who_what_ids_and_request_id(caller, world, clean_db):
    lagos = caller("facility", world["lagos"])
    before = len(audit_rows(clean_db))
    listed = lagos.get("/api/v1/patients", headers={"X-Request-ID": "audit-list-1"})
    read = lagos.get(f"/api/v1/patients/{world['ada']}", headers={"X-Request-ID": "audit-read-1"})
    created = lagos.post(
        "/api/v1/triage-visits",
        json={"patient_id": world["ada"], "triage_level": 1, "visit_ref": "audit"},
        headers={"X-Request-ID": "audit-new-1"},
    )
    updated = lagos.patch(
        f"/api/v1/medical-records/{world['ada_record']}",
        json={"diagnosis": "Malaria"},
        headers={"X-Request-ID": "audit-upd-1"},
    )
    denied = lagos.get(f"/api/v1/patients/{world['musa']}")
    assert denied.status_code == 404
    who = lagos.client.client_id
    # request_id is always the server's own (the response's X-Request-ID), never the caller's
    assert audit_rows(clean_db)[before:] == [
        (who, "facility", "list", "patients", [world["ada"]], listed.headers["X-Request-ID"]),
        (who, "facility", "read", "patients", [world["ada"]], read.headers["X-Request-ID"]),
        (who, "facility", "create", "triage_visits", [created.get_json()["id"]], created.headers["X-Request-ID"]),
        (who, "facility", "update", "medical_records", [world["ada_record"]], updated.headers["X-Request-ID"]),
        (who, "facility", "denied", "patients", [world["musa"]], denied.headers["X-Request-ID"]),
    ]
    assert listed.headers["X-Request-ID"] != "audit-list-1"


def test_facility_directory_reads_are_not_audited_but_every_entity_list_is(admin, world, clean_db):
    before = len(audit_rows(clean_db))
    admin.get("/api/v1/facilities")
    assert len(audit_rows(clean_db)) == before
    for path, resource in (
        ("/api/v1/workers", "workers"),
        ("/api/v1/medical-records", "medical_records"),
        ("/api/v1/triage-visits", "triage_visits"),
    ):
        admin.get(path)
        last = audit_rows(clean_db)[-1]
        assert (last[0], last[2], last[3]) == (admin.client.client_id, "list", resource)
