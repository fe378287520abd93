"""/facilities: filters, get, create with the CSV rules, 409 on natural key and code, corrections."""

from __future__ import annotations

import pytest


@pytest.fixture
def three_facilities(make_facility):
    return [
        make_facility(
            name="Ikeja General Hospital", state="Lagos", lga="Ikeja", type="General Hospital", facility_code="LA-1"
        ),
        make_facility(
            name="Ikeja Primary Health Centre",
            state="lagos state",
            lga="ikeja",
            type="Primary Health Centre",
            facility_code="LA-2",
        ),
        make_facility(
            name="Garki District Hospital",
            state="abuja",
            lga="Abuja Municipal Area Council",
            type="General Hospital",
            facility_code="FC-1",
        ),
    ]


def ids(response) -> list[int]:
    return [row["id"] for row in response.get_json()["data"]]


def test_create_canonicalises_state_lga_and_phone_like_the_csv_path(admin):
    response = admin.post(
        "/api/v1/facilities",
        json={
            "name": "  Kano Clinic ",
            "state": "kano state",
            "lga": "KANO MUNICIPAL",
            "phone": "0803 123 4567",
            "lat": "12.0",
            "lon": 8.52,
            "email": "info@kanoclinic.ng",
        },
    )
    assert response.status_code == 201
    body = response.get_json()
    assert (body["name"], body["state"], body["lga"]) == ("Kano Clinic", "Kano", "Kano Municipal")
    assert body["phone"] == "+2348031234567"
    assert (body["lat"], body["lon"]) == (12.0, 8.52)
    assert response.headers["Location"] == f"/api/v1/facilities/{body['id']}"


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("state", "Atlantis", "unknown_state"),
        ("lga", "Nowhere", "unknown_lga"),
        ("phone", "12345", "bad_phone"),
        ("email", "not-an-email", "bad_email"),
        ("lat", 95, "bad_coordinates"),
        ("lon", "east", "bad_coordinates"),
        ("name", "", "string_too_short"),
    ],
)
def test_invalid_fields_are_422_naming_the_field_and_the_rule(admin, field, value, code):
    body = {"name": "Clinic", "state": "Lagos", "lga": "Ikeja", field: value}
    response = admin.post("/api/v1/facilities", json=body)
    assert response.status_code == 422
    error = response.get_json()
    assert error["code"] == "validation_error"
    assert {"field": field, "code": code} == {k: error["details"]["errors"][0][k] for k in ("field", "code")}
    assert field in error["message"]


def test_missing_required_fields_and_unknown_fields_are_named(admin):
    response = admin.post("/api/v1/facilities", json={"name": "Clinic", "colour": "blue"})
    fields = {error["field"] for error in response.get_json()["details"]["errors"]}
    assert response.status_code == 422
    assert fields == {"state", "lga", "colour"}


def test_a_second_post_with_the_same_natural_key_is_409_with_the_existing_id(admin, make_facility):
    first = make_facility(name="Ikeja General Hospital", facility_code=None)
    again = admin.post("/api/v1/facilities", json={"name": "IKEJA  general hospital", "state": "Lagos", "lga": "Ikeja"})
    assert again.status_code == 409
    assert again.get_json()["details"]["id"] == first["id"]


def test_a_taken_facility_code_is_409_with_the_owner(admin, make_facility):
    owner = make_facility(facility_code="LA-IKJ-001")
    response = admin.post(
        "/api/v1/facilities", json={"name": "Other", "state": "Lagos", "lga": "Ikeja", "facility_code": "LA-IKJ-001"}
    )
    assert response.status_code == 409
    assert response.get_json()["details"]["id"] == owner["id"]


def test_filters_state_alias_lga_type_and_name_search(admin, three_facilities):
    lagos_general, lagos_phc, garki = (f["id"] for f in three_facilities)
    assert ids(admin.get("/api/v1/facilities?state=lagos state")) == [lagos_general, lagos_phc]
    assert ids(admin.get("/api/v1/facilities?state=fct")) == [garki]
    assert ids(admin.get("/api/v1/facilities?state=Lagos&lga=IKEJA")) == [lagos_general, lagos_phc]
    assert ids(admin.get("/api/v1/facilities?type=general hospital")) == [lagos_general, garki]
    assert ids(admin.get("/api/v1/facilities?name=health")) == [lagos_phc]
    assert ids(admin.get("/api/v1/facilities?name=%25")) == []  # wildcards are literal
    assert ids(admin.get("/api/v1/facilities?name=IKEJA&type=General Hospital")) == [lagos_general]


def test_filters_match_type_lga_and_state_in_part_ignoring_case_as_the_original_did(admin, three_facilities):
    lagos_general, lagos_phc, garki = (f["id"] for f in three_facilities)
    assert ids(admin.get("/api/v1/facilities?type=hospital")) == [lagos_general, garki]
    assert ids(admin.get("/api/v1/facilities?type=HEALTH")) == [lagos_phc]
    assert ids(admin.get("/api/v1/facilities?lga=municipal")) == [garki]
    assert ids(admin.get("/api/v1/facilities?lga=KEJ")) == [lagos_general, lagos_phc]
    assert ids(admin.get("/api/v1/facilities?state=LAGOS&lga=Ikeja&type=Hospital")) == [lagos_general]
    assert ids(admin.get("/api/v1/facilities?state=LAGOS")) == [lagos_general, lagos_phc]
    assert ids(admin.get("/api/v1/facilities?state=agO")) == [lagos_general, lagos_phc]  # not a state name: in part
    assert ids(admin.get("/api/v1/facilities?type=_")) == []  # wildcards are literal here too


def test_get_by_id_and_404_for_a_missing_or_out_of_range_id(admin, three_facilities):
    first = three_facilities[0]
    assert admin.get(f"/api/v1/facilities/{first['id']}").get_json() == first
    assert admin.get("/api/v1/facilities/999999").status_code == 404
    assert admin.get("/api/v1/facilities/99999999999999999999").status_code == 404
    assert admin.get("/api/v1/facilities/0").status_code == 404


def test_patch_corrects_only_the_sent_fields_and_rechecks_the_lga_against_the_new_state(admin, three_facilities):
    garki = three_facilities[2]
    moved = admin.patch(f"/api/v1/facilities/{garki['id']}", json={"state": "Kano"})
    assert moved.status_code == 422
    assert moved.get_json()["details"]["errors"][0] == {
        "field": "lga",
        "code": "unknown_lga",
        "message": "lga 'Abuja Municipal Area Council' is not an LGA of Kano",
    }
    fixed = admin.patch(f"/api/v1/facilities/{garki['id']}", json={"state": "Kano", "lga": "tarauni", "phone": ""})
    body = fixed.get_json()
    assert fixed.status_code == 200
    assert (body["state"], body["lga"], body["phone"], body["name"]) == ("Kano", "Tarauni", None, garki["name"])
    assert body["updated_at"] > garki["updated_at"]


def test_patch_into_another_facilitys_natural_key_is_409(admin, three_facilities):
    lagos_general, lagos_phc, _ = three_facilities
    response = admin.patch(f"/api/v1/facilities/{lagos_phc['id']}", json={"name": "ikeja general hospital"})
    assert response.status_code == 409
    assert response.get_json()["details"]["id"] == lagos_general["id"]


def test_facility_clients_read_facilities_analysts_do_not_and_only_admins_write(caller, three_facilities):
    facility_client = caller("facility", three_facilities[0]["id"])
    analyst = caller("analyst")
    assert facility_client.get("/api/v1/facilities").get_json()["total"] == 3
    assert analyst.get(f"/api/v1/facilities/{three_facilities[2]['id']}").status_code == 403
    for client in (facility_client, analyst):
        assert (
            client.post("/api/v1/facilities", json={"name": "X", "state": "Lagos", "lga": "Ikeja"}).status_code == 403
        )
        assert client.patch(f"/api/v1/facilities/{three_facilities[0]['id']}", json={"name": "Y"}).status_code == 403
