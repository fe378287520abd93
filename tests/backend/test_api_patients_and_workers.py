"""/patients and /workers: filters, get, create with the CSV rules, 409, corrections."""

from __future__ import annotations

from datetime import date, timedelta

import pytest


def ids(response) -> list[int]:
    assert response.status_code == 200, response.get_json()
    return [row["id"] for row in response.get_json()["data"]]


@pytest.fixture
def two_facilities(make_facility):
    return (
        make_facility(name="Ikeja General Hospital", facility_code="LA-1")["id"],
        make_facility(name="Kano Clinic", state="Kano", lga="Tarauni", facility_code="KN-1")["id"],
    )


def test_patient_create_applies_the_rules_sex_alias_dmy_date_and_e164_phone(admin, two_facilities):
    response = admin.post(
        "/api/v1/patients",
        json={
            "facility_id": two_facilities[0],
            "first_name": " Chidi ",
            "last_name": "Okafor",
            "sex": "male",
            "dob": "31/12/1985",
            "phone": "+234 803 123 4567",
            "patient_number": "IK-0001",
        },
    )
    assert response.status_code == 201
    body = response.get_json()
    assert (body["first_name"], body["sex"], body["dob"], body["phone"]) == (
        "Chidi",
        "M",
        "1985-12-31",
        "+2348031234567",
    )


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("sex", "unknown", "bad_sex"),
        ("dob", "1990-02-30", "bad_date"),
        ("dob", (date.today() + timedelta(days=1)).isoformat(), "future_date"),
        ("dob", "1899-12-31", "date_too_old"),
        ("phone", "0803", "bad_phone"),
        ("email", "ada@", "bad_email"),
        ("first_name", "", "string_too_short"),
        ("facility_id", 0, "greater_than_equal"),
    ],
)
def test_patient_field_errors_name_the_field_and_the_reason_code(admin, two_facilities, field, value, code):
    body = {"facility_id": two_facilities[0], "first_name": "Ada", "last_name": "Obi", "sex": "F", "dob": "1990-01-01"}
    response = admin.post("/api/v1/patients", json={**body, field: value})
    assert response.status_code == 422
    error = response.get_json()["details"]["errors"][0]
    assert (error["field"], error["code"]) == (field, code)


def test_an_admin_must_name_an_existing_facility(admin, two_facilities):
    body = {"first_name": "Ada", "last_name": "Obi", "sex": "F", "dob": "1990-01-01"}
    missing = admin.post("/api/v1/patients", json=body)
    unknown = admin.post("/api/v1/patients", json={**body, "facility_id": 987654})
    assert missing.status_code == unknown.status_code == 422
    assert missing.get_json()["details"]["errors"][0]["field"] == "facility_id"
    assert unknown.get_json()["details"]["errors"][0]["code"] == "unknown_facility"


def test_the_same_patient_twice_is_409_with_the_existing_id(admin, make_patient, two_facilities):
    by_name = make_patient(two_facilities[0])
    again = admin.post(
        "/api/v1/patients",
        json={
            "facility_id": two_facilities[0],
            "first_name": "ADA",
            "last_name": " obi",
            "sex": "F",
            "dob": "17/05/1990",
        },
    )
    assert again.status_code == 409
    assert again.get_json()["details"]["id"] == by_name["id"]
    # the same person at another facility is another registration
    elsewhere = admin.post(
        "/api/v1/patients",
        json={
            "facility_id": two_facilities[1],
            "first_name": "Ada",
            "last_name": "Obi",
            "sex": "F",
            "dob": "1990-05-17",
        },
    )
    assert elsewhere.status_code == 201
    numbered = make_patient(two_facilities[0], patient_number="IK-7", first_name="Bola")
    renamed = admin.post(
        "/api/v1/patients",
        json={
            "facility_id": two_facilities[0],
            "patient_number": "ik-7",
            "first_name": "Other",
            "last_name": "Name",
            "sex": "M",
            "dob": "2000-01-01",
        },
    )
    assert renamed.get_json()["details"]["id"] == numbered["id"]


def test_patient_filters_facility_sex_name_and_dob_range(admin, make_patient, two_facilities):
    lagos, kano = two_facilities
    ada = make_patient(lagos, first_name="Ada", last_name="Obi", sex="F", dob="1990-05-17")["id"]
    musa = make_patient(kano, first_name="Musa", last_name="Bello", sex="M", dob="1975-01-02")["id"]
    ngozi = make_patient(lagos, first_name="Ngozi", last_name="Adaeze", sex="F", dob="2010-09-30")["id"]
    assert ids(admin.get(f"/api/v1/patients?facility_id={lagos}")) == [ada, ngozi]
    assert ids(admin.get("/api/v1/patients?sex=M")) == [musa]
    assert ids(admin.get("/api/v1/patients?name=ada")) == [ada, ngozi]  # first name Ada, last name Adaeze
    assert ids(admin.get("/api/v1/patients?dob_from=1980-01-01&dob_to=2000-12-31")) == [ada]
    assert ids(admin.get("/api/v1/patients?dob_to=1975-01-02")) == [musa]
    assert ids(admin.get(f"/api/v1/patients?facility_id={kano}&sex=F")) == []
    bad = admin.get("/api/v1/patients?sex=X")
    assert bad.status_code == 422
    assert bad.get_json()["details"]["errors"][0]["field"] == "sex"


def test_patient_get_and_patch_correction(admin, make_patient, two_facilities):
    patient = make_patient(two_facilities[0], phone="08031234567")
    assert admin.get(f"/api/v1/patients/{patient['id']}").get_json() == patient
    response = admin.patch(f"/api/v1/patients/{patient['id']}", json={"dob": "16/05/1990", "phone": None})
    body = response.get_json()
    assert response.status_code == 200
    assert (body["dob"], body["phone"], body["first_name"]) == ("1990-05-16", None, "Ada")
    refused = admin.patch(f"/api/v1/patients/{patient['id']}", json={"sex": "robot"})
    assert refused.status_code == 422
    assert refused.get_json()["details"]["errors"][0] == {
        "field": "sex",
        "code": "bad_sex",
        "message": "sex 'robot' is not one of M, F, Other",
    }
    unknown_field = admin.patch(f"/api/v1/patients/{patient['id']}", json={"height": 180})
    assert unknown_field.get_json()["details"]["errors"][0]["field"] == "height"
    assert admin.patch("/api/v1/patients/424242", json={"first_name": "X"}).status_code == 404


def test_patch_that_collides_with_another_patient_is_409(admin, make_patient, two_facilities):
    first = make_patient(two_facilities[0], first_name="Ada")
    second = make_patient(two_facilities[0], first_name="Adaora")
    response = admin.patch(f"/api/v1/patients/{second['id']}", json={"first_name": "ada"})
    assert response.status_code == 409
    assert response.get_json()["details"]["id"] == first["id"]
    assert admin.get(f"/api/v1/patients/{second['id']}").get_json()["first_name"] == "Adaora"


def test_worker_create_rules_filters_and_corrections(admin, two_facilities):
    lagos, kano = two_facilities
    created = []
    for body in (
        {
            "facility_id": lagos,
            "first_name": "Ife",
            "last_name": "Ade",
            "cadre": "Nurse",
            "staff_number": "N-1",
            "active": "yes",
        },
        {
            "facility_id": lagos,
            "first_name": "Tunde",
            "last_name": "Bakare",
            "cadre": "doctor",
            "active": "0",
            "phone": "0803 765 4321",
        },
        {
            "facility_id": kano,
            "first_name": "Aisha",
            "last_name": "Sani",
            "cadre": "community  health extension worker",
        },
    ):
        response = admin.post("/api/v1/workers", json=body)
        assert response.status_code == 201, response.get_json()
        created.append(response.get_json())
    nurse, doctor, chew = created
    assert (nurse["cadre"], nurse["active"]) == ("nurse", True)
    assert (doctor["active"], doctor["phone"]) == (False, "+2348037654321")
    assert (chew["cadre"], chew["active"]) == ("community health extension worker", True)

    assert ids(admin.get(f"/api/v1/workers?facility_id={lagos}")) == [nurse["id"], doctor["id"]]
    assert ids(admin.get("/api/v1/workers?cadre=doctor")) == [doctor["id"]]
    assert ids(admin.get("/api/v1/workers?active=false")) == [doctor["id"]]
    assert ids(admin.get("/api/v1/workers?active=true")) == [nurse["id"], chew["id"]]
    assert admin.get(f"/api/v1/workers/{chew['id']}").get_json() == chew

    bad = admin.post(
        "/api/v1/workers",
        json={"facility_id": lagos, "first_name": "A", "last_name": "B", "cadre": "wizard", "active": "maybe"},
    )
    assert {(e["field"], e["code"]) for e in bad.get_json()["details"]["errors"]} == {
        ("cadre", "bad_cadre"),
        ("active", "bad_boolean"),
    }
    duplicate = admin.post(
        "/api/v1/workers",
        json={
            "facility_id": lagos,
            "first_name": "Other",
            "last_name": "Name",
            "cadre": "nurse",
            "staff_number": "n-1",
        },
    )
    assert duplicate.status_code == 409 and duplicate.get_json()["details"]["id"] == nurse["id"]

    retired = admin.patch(f"/api/v1/workers/{nurse['id']}", json={"active": False, "cadre": "MIDWIFE"})
    assert (retired.get_json()["active"], retired.get_json()["cadre"]) == (False, "midwife")
