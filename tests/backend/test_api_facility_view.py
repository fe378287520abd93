"""Facility view of summaries: a facility client sees only the diagnoses its own facility recorded,
in /analytics/patient-summary as in /medical-records; admins see every facility's."""

from __future__ import annotations

from elt.dbt_runner import run_dbt

AS_OF = "2024-06-30"


def test_patient_summary_shows_a_facility_only_its_own_diagnoses(admin, caller, make_facility, make_patient, settings):
    lagos = make_facility(name="Ikeja General Hospital", facility_code="FV-LA")["id"]
    kano = make_facility(name="Kano Clinic", state="Kano", lga="Tarauni", type="Clinic", facility_code="FV-KN")["id"]
    ada = make_patient(lagos, first_name="Ada", last_name="Obi", dob="1990-05-17")["id"]
    for facility, at, diagnosis, code in (
        (lagos, "2024-06-10T09:30:00Z", "Malaria", "B54"),
        (kano, "2024-06-20T09:30:00Z", "HIV disease", "B20"),
    ):
        response = admin.post(
            "/api/v1/medical-records",
            json={"patient_id": ada, "facility_id": facility, "record_type": "Consultation", "recorded_at": at,
                  "icd10_code": code, "diagnosis": diagnosis},
        )  # fmt: skip
        assert response.status_code == 201, response.get_json()
    result = run_dbt(["run", "--full-refresh", "--vars", f"{{as_of_date: '{AS_OF}'}}"], settings)
    assert result.success, (result.error, [(n.name, n.message) for n in result.failed])

    everything = admin.get("/api/v1/analytics/patient-summary").get_json()["data"]
    assert [(r["patient_id"], r["recent_diagnoses"], r["last_diagnosis"]) for r in everything] == [
        (ada, ["HIV disease", "Malaria"], "HIV disease")
    ]
    lagos_client = caller("facility", lagos)
    own = lagos_client.get("/api/v1/analytics/patient-summary").get_json()["data"]
    assert [(r["patient_id"], r["recent_diagnoses"], r["last_diagnosis"]) for r in own] == [
        (ada, ["Malaria"], "Malaria")
    ]
    assert own[0]["last_diagnosis_at"].startswith("2024-06-10")
    # /medical-records agrees: the Lagos client sees its own record of Ada only.
    records = lagos_client.get(f"/api/v1/medical-records?patient_id={ada}").get_json()["data"]
    assert [r["facility_id"] for r in records] == [lagos]
