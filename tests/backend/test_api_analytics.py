"""/analytics: facility-stats counted independently, and the dbt marts built by a real dbt run."""

from __future__ import annotations

import psycopg
import pytest
from conftest import audit_rows

from elt.dbt_runner import run_dbt

AS_OF = "2024-06-30"


def _count(database_url: str, sql: str) -> int:
    with psycopg.connect(database_url) as conn:
        return conn.execute(sql).fetchone()[0]


@pytest.fixture
def world(admin, make_facility, make_patient):
    lagos = make_facility(name="Ikeja General Hospital", facility_code="LA-1")["id"]
    kano = make_facility(name="Kano Clinic", state="Kano", lga="Tarauni", type="Clinic", facility_code="KN-1")["id"]
    ada = make_patient(lagos, first_name="Ada", last_name="Obi", dob="1990-05-17")["id"]
    ngozi = make_patient(lagos, first_name="Ngozi", last_name="Eze", dob="2024-01-10")["id"]  # an infant
    musa = make_patient(kano, first_name="Musa", last_name="Bello", sex="M", dob="1950-03-03")["id"]
    for facility, first, cadre in ((lagos, "Ife", "nurse"), (lagos, "Tunde", "doctor"), (kano, "Sani", "nurse")):
        admin.post(
            "/api/v1/workers", json={"facility_id": facility, "first_name": first, "last_name": "X", "cadre": cadre}
        )
    visits = [
        (ada, 1, "2024-06-10T09:00:00Z", "Malaria; Typhoid fever"),
        (ada, 3, "2024-06-10T15:00:00Z", "Malaria"),
        (ngozi, 2, "2024-06-12T09:00:00Z", "Pneumonia"),
        (musa, 4, "2024-06-11T09:00:00Z", "Hypertension; malaria"),
    ]
    for patient, level, at, conditions in visits:
        response = admin.post(
            "/api/v1/triage-visits",
            json={"patient_id": patient, "triage_level": level, "visited_at": at, "likely_conditions": conditions},
        )
        assert response.status_code == 201, response.get_json()
    for patient, kind, at, code in (
        (ada, "Consultation", "2024-06-10T09:30:00Z", "B54"),
        (musa, "Admission", "2024-06-11T10:00:00Z", "I10"),
    ):
        admin.post(
            "/api/v1/medical-records",
            json={"patient_id": patient, "record_type": kind, "recorded_at": at, "icd10_code": code, "diagnosis": "x"},
        )
    return {"lagos": lagos, "kano": kano, "ada": ada, "ngozi": ngozi, "musa": musa}


@pytest.fixture
def marts(world, settings):
    result = run_dbt(["run", "--full-refresh", "--vars", f"{{as_of_date: '{AS_OF}'}}"], settings)
    assert result.success, (result.error, [(n.name, n.message) for n in result.failed])
    return world


def test_facility_stats_totals_match_independent_counts(admin, world, clean_db):
    body = admin.get("/api/v1/analytics/facility-stats").get_json()
    expected = {
        table: _count(clean_db, f"select count(*) from public.{table}")
        for table in ("facilities", "patients", "workers", "medical_records", "triage_visits")
    }
    assert expected == {"facilities": 2, "patients": 3, "workers": 3, "medical_records": 2, "triage_visits": 4}
    assert {key: body[f"total_{key}"] for key in expected} == expected
    assert (body["facility_id"], body["is_estimate"]) == (None, False)


def test_facility_stats_for_one_facility_and_a_facility_client_sees_only_its_own(caller, admin, world):
    lagos = admin.get(f"/api/v1/analytics/facility-stats?facility_id={world['lagos']}").get_json()
    assert (
        lagos["total_facilities"],
        lagos["total_patients"],
        lagos["total_workers"],
        lagos["total_medical_records"],
        lagos["total_triage_visits"],
    ) == (1, 2, 2, 1, 3)
    kano_client = caller("facility", world["kano"])
    own = kano_client.get("/api/v1/analytics/facility-stats").get_json()
    assert (own["facility_id"], own["total_patients"], own["total_triage_visits"]) == (world["kano"], 1, 1)
    assert kano_client.get(f"/api/v1/analytics/facility-stats?facility_id={world['lagos']}").status_code == 404
    assert admin.get("/api/v1/analytics/facility-stats?facility_id=999999").status_code == 404
    assert caller("analyst").get("/api/v1/analytics/facility-stats").status_code == 403  # analysts: /research


def test_facility_stats_estimate_big_tables_unless_exact_is_asked(admin, world, clean_db):
    with psycopg.connect(clean_db, autocommit=True) as conn:
        conn.execute(
            "insert into public.triage_visits (patient_id, facility_id, triage_level, visit_ref)"
            " select %s, %s, 3, 'bulk-' || g from generate_series(1, 11000) as g",
            (world["ada"], world["lagos"]),
        )
        conn.execute("analyze public.triage_visits")
    estimated = admin.get("/api/v1/analytics/facility-stats").get_json()
    exact = admin.get("/api/v1/analytics/facility-stats?count=exact").get_json()
    assert estimated["is_estimate"] is True
    assert abs(estimated["total_triage_visits"] - 11004) <= 1100
    assert (exact["total_triage_visits"], exact["is_estimate"], exact["total_patients"]) == (11004, False, 3)


def test_triage_trends_rows_and_filters_come_from_the_mart(admin, caller, marts):
    body = admin.get(f"/api/v1/analytics/triage-trends?facility_id={marts['lagos']}").get_json()
    rows = [(r["visit_date"], r["priority"], r["visit_count"]) for r in body["data"]]
    assert rows == [("2024-06-10", "Critical", 1), ("2024-06-10", "Medium", 1), ("2024-06-12", "High", 1)]
    assert body["total"] == 3
    critical = admin.get("/api/v1/analytics/triage-trends?priority=Critical").get_json()["data"]
    assert [(r["facility_id"], r["visit_date"]) for r in critical] == [(marts["lagos"], "2024-06-10")]
    window = admin.get("/api/v1/analytics/triage-trends?date_from=2024-06-11&date_to=2024-06-11&state=kano").get_json()
    assert [(r["facility_id"], r["priority"]) for r in window["data"]] == [(marts["kano"], "Low")]
    kano_client = caller("facility", marts["kano"])
    assert {r["facility_id"] for r in kano_client.get("/api/v1/analytics/triage-trends").get_json()["data"]} == {
        marts["kano"]
    }


def test_mart_lists_page_by_cursor_in_key_order(admin, marts):
    first = admin.get("/api/v1/analytics/triage-trends?per_page=2").get_json()
    second = admin.get(f"/api/v1/analytics/triage-trends?per_page=2&cursor={first['next_cursor']}").get_json()
    keys = [(r["visit_date"], r["facility_id"], r["priority"]) for r in first["data"] + second["data"]]
    assert keys == sorted(keys) and len(keys) == 4 and second["next_cursor"] is None
    assert admin.get("/api/v1/analytics/triage-trends?cursor=abc.def").status_code == 400


def test_condition_analysis_counts_conditions_case_insensitively_for_admins_only(admin, caller, marts):
    overall = admin.get("/api/v1/analytics/condition-analysis?breakdown=overall").get_json()["data"]
    counts = {row["condition_key"]: (row["visit_count"], row["frequency_rank"]) for row in overall}
    assert counts["malaria"] == (3, 1)
    assert counts["typhoid fever"][0] == counts["pneumonia"][0] == counts["hypertension"][0] == 1
    top = admin.get("/api/v1/analytics/condition-analysis?breakdown=state&state=Lagos&max_rank=1").get_json()
    assert [(r["state"], r["condition_key"]) for r in top["data"]] == [("Lagos", "malaria")]
    # Unsuppressed small cells: analysts read the k-anonymous /research/condition-counts instead.
    assert caller("analyst").get("/api/v1/analytics/condition-analysis").status_code == 403
    assert caller("facility", marts["lagos"]).get("/api/v1/analytics/condition-analysis").status_code == 403


def test_facility_performance_counts_each_facility(admin, caller, marts):
    rows = {r["facility_id"]: r for r in admin.get("/api/v1/analytics/facility-performance").get_json()["data"]}
    assert (rows[marts["lagos"]]["total_triage_visits"], rows[marts["lagos"]]["total_medical_records"]) == (3, 1)
    assert (rows[marts["kano"]]["total_triage_visits"], rows[marts["kano"]]["total_medical_records"]) == (1, 1)
    assert rows[marts["lagos"]]["unique_patients_seen"] == 2
    own = caller("facility", marts["kano"]).get("/api/v1/analytics/facility-performance").get_json()["data"]
    assert [r["facility_id"] for r in own] == [marts["kano"]]
    # Lagos triaged levels 1, 3 and 2 (mean 2: High acuity), Kano one level 4 (Low).
    assert (rows[marts["lagos"]]["acuity_category"], rows[marts["kano"]]["acuity_category"]) == ("High", "Low")
    low = admin.get("/api/v1/analytics/facility-performance?acuity_category=Low").get_json()["data"]
    assert [r["facility_id"] for r in low] == [marts["kano"]]


def test_patient_summary_is_for_admins_and_facilities_and_is_audited(admin, caller, marts, clean_db):
    full = admin.get("/api/v1/analytics/patient-summary").get_json()["data"]
    assert [(r["patient_id"], r["full_name"]) for r in full] == [
        (marts["ada"], "Ada Obi"),
        (marts["ngozi"], "Ngozi Eze"),
        (marts["musa"], "Musa Bello"),
    ]
    assert {r["patient_id"]: r["age_group"] for r in full}[marts["ngozi"]] == "Infant"
    assert caller("analyst").get("/api/v1/analytics/patient-summary").status_code == 403
    high = admin.get("/api/v1/analytics/patient-summary?risk_level=High").get_json()["data"]
    last = audit_rows(clean_db)[-1]
    assert (last[0], last[2], last[3]) == (admin.client.client_id, "list", "patient_summary")
    assert high and sorted(last[4]) == sorted(row["patient_id"] for row in high)
    lagos = caller("facility", marts["lagos"]).get("/api/v1/analytics/patient-summary").get_json()["data"]
    assert [r["patient_id"] for r in lagos] == [marts["ada"], marts["ngozi"]]
    males = admin.get("/api/v1/analytics/patient-summary?sex=M").get_json()["data"]
    assert [r["patient_id"] for r in males] == [marts["musa"]]


def test_patient_summary_lists_recent_triage_conditions_and_engagement(admin, marts):
    rows = {r["patient_id"]: r for r in admin.get("/api/v1/analytics/patient-summary").get_json()["data"]}
    # Ada: "Malaria; Typhoid fever" at 09:00, "Malaria" again at 15:00 → Malaria is the most recent.
    assert rows[marts["ada"]]["recent_conditions"] == ["Malaria", "Typhoid fever"]
    assert rows[marts["musa"]]["recent_conditions"] == ["Hypertension", "malaria"]  # one visit: by name
    # Engagement by hand: last visit within 30 days of AS_OF (40) + 5 per visit in the year; no phone, no email.
    # Ada 2 triage visits + 1 record, Ngozi 1 visit, Musa 1 visit + 1 record.
    scores = {
        name: (rows[marts[name]]["engagement_score"], rows[marts[name]]["engagement_level"])
        for name in ("ada", "ngozi", "musa")
    }
    assert scores == {"ada": (55, "Medium"), "ngozi": (45, "Medium"), "musa": (50, "Medium")}
    assert admin.get("/api/v1/analytics/patient-summary?engagement_level=Low").get_json()["data"] == []
