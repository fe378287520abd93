"""/research for analysts: filters, paging, CSV and Parquet downloads, and a walk of every route
with an analyst token that finds no direct identifier in any response.

The world is written with SQL (distinctive ids, names, phones and dates, so that a leak cannot
hide among counts) and modelled by the real dbt project with k = 5.
"""

from __future__ import annotations

import csv
import io
import re

import psycopg
import pyarrow.parquet as pq
import pytest

from elt.dbt_runner import run_dbt

PATIENT_ID_BASE = 731_000_000_000
NAME = "Quenbyxia"
PHONE = "+2348097654321"
DOB = "1987-03-29"
VISIT = "2024-06-10T09:17:00+01:00"
FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# (patient offset, facility code, sex, dob): 6 women at Ikeja (released with their LGA), 3 men at
# each of two Kano LGAs (generalised to Kano), and one 95-year-old (suppressed).
PEOPLE = [
    *((n, "RX-IKJ", "F", DOB) for n in range(6)),
    *((10 + n, "RX-DALA", "M", "1980-02-02") for n in range(3)),
    *((20 + n, "RX-FAGGE", "M", "1980-02-02") for n in range(3)),
    (30, "RX-IKJ", "F", "1929-01-01"),
]
FACILITIES = {"RX-IKJ": ("Lagos", "Ikeja"), "RX-DALA": ("Kano", "Dala"), "RX-FAGGE": ("Kano", "Fagge")}


@pytest.fixture
def research_world(clean_db: str, settings) -> dict[str, int]:
    ids: dict[str, int] = {}
    with psycopg.connect(clean_db, autocommit=True) as conn:
        for code, (state, lga) in FACILITIES.items():
            ids[code] = conn.execute(
                "insert into public.facilities (name, state, lga, type, facility_code, phone)"
                " values (%s, %s, %s, 'Primary Health Centre', %s, %s) returning id",
                (f"{NAME} Health Centre {code}", state, lga, code, PHONE),
            ).fetchone()[0]
        for offset, code, sex, dob in PEOPLE:
            patient_id = PATIENT_ID_BASE + offset
            conn.execute(
                "insert into public.patients (id, facility_id, patient_number, first_name, last_name, sex, dob, phone,"
                " email, address) overriding system value values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (patient_id, ids[code], f"PN-{patient_id}", NAME, f"{NAME}son", sex, dob, PHONE,
                 "quenbyxia@example.org", "12 Quenbyxia Street"),
            )  # fmt: skip
            conn.execute(
                "insert into public.triage_visits (patient_id, facility_id, triage_level, likely_conditions, provider,"
                " visited_at, visit_ref) values (%s, %s, 3, array['Malaria'], %s, %s, %s)",
                (patient_id, ids[code], f"Dr {NAME}", VISIT, f"V-{patient_id}"),
            )
            conn.execute(
                "insert into public.medical_records (patient_id, facility_id, record_type, record_ref, recorded_at,"
                " data) values (%s, %s, 'Consultation', %s, %s, %s)",
                (patient_id, ids[code], f"R-{patient_id}", VISIT,
                 psycopg.types.json.Jsonb({"diagnosis": "Malaria", "icd10_code": "B54", "notes": f"{NAME} notes"})),
            )  # fmt: skip
    result = run_dbt(["run", "--full-refresh"], settings)
    assert result.success, (result.error, [(n.name, n.message) for n in result.failed])
    ids["patient"] = PATIENT_ID_BASE
    return ids


def test_analyst_reads_released_cells_with_filters_and_paging(analyst, research_world) -> None:
    body = analyst.get("/api/v1/research/triage-counts").get_json()
    cells = {(r["state"], r["lga"], r["sex"], r["age_band"], r["patient_count"]) for r in body["data"]}
    assert cells == {("Lagos", "Ikeja", "F", "30-39", 6), ("Kano", None, "M", "40-49", 6)}
    kano = analyst.get("/api/v1/research/triage-counts?state=kano&month_from=2024-06&month_to=2024-06").get_json()
    assert [(r["state"], r["visit_count"]) for r in kano["data"]] == [("Kano", 6)]
    assert analyst.get("/api/v1/research/triage-counts?month_from=2024-07").get_json()["data"] == []
    assert (
        analyst.get("/api/v1/research/condition-counts?icd10_chapter=I&lga=ikeja").get_json()["data"][0]["record_count"]
        == 6
    )
    first = analyst.get("/api/v1/research/patient-episodes?per_page=7").get_json()
    second = analyst.get(f"/api/v1/research/patient-episodes?per_page=7&cursor={first['next_cursor']}").get_json()
    keys = [r["patient_key"] for r in first["data"] + second["data"]]
    assert len(keys) == len(set(keys)) == 12 and keys == sorted(keys) and second["next_cursor"] is None
    chapter_i = analyst.get("/api/v1/research/patient-episodes?icd10_chapter=I&per_page=500").get_json()
    assert chapter_i["total"] == 12
    assert analyst.get("/api/v1/research/patient-episodes?icd10_chapter=II").get_json()["total"] == 0
    activity = analyst.get("/api/v1/research/facility-activity?facility_type=Primary").get_json()["data"]
    assert {(r["state"], r["lga"], r["facility_count"], r["patient_count"]) for r in activity} == {
        ("Lagos", "Ikeja", 1, 7),
        ("Kano", None, 2, 6),
    }
    assert analyst.get("/api/v1/research/triage-counts?month_from=2024-6").status_code == 422


def test_downloads_hold_the_same_rows_as_the_pages(analyst, research_world) -> None:
    page = analyst.get("/api/v1/research/condition-counts").get_json()["data"]
    as_csv = analyst.get("/api/v1/research/condition-counts?format=csv")
    assert as_csv.status_code == 200 and as_csv.mimetype == "text/csv"
    assert "attachment" in as_csv.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(as_csv.get_data(as_text=True))))
    assert [(r["id"], int(r["patient_count"])) for r in rows] == [(r["id"], r["patient_count"]) for r in page]
    as_parquet = analyst.get("/api/v1/research/patient-episodes?format=parquet&sex=M")
    table = pq.read_table(io.BytesIO(as_parquet.get_data())).to_pylist()
    assert len(table) == 6 and {r["sex"] for r in table} == {"M"} and table[0]["icd10_chapters"] == ["I"]


def test_facility_clients_cannot_read_research(caller, research_world) -> None:
    facility = caller("facility", research_world["RX-IKJ"])
    assert facility.get("/api/v1/research/triage-counts").status_code == 403


def _identifiers(world: dict[str, int]) -> list[str]:
    ids = [str(PATIENT_ID_BASE + offset) for offset, *_ in PEOPLE]
    return [*ids, NAME, PHONE, PHONE[4:], DOB, "quenbyxia@example.org", "Quenbyxia Street"]


def _path_values(world: dict[str, int]) -> list[dict[str, object]]:
    return [
        {"default": world["patient"]},
        {"default": world["RX-IKJ"]},
    ]


def test_no_analyst_response_on_any_route_contains_a_direct_identifier(app, analyst, research_world) -> None:
    forbidden = _identifiers(research_world)
    seen_research = 0
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/") or rule.rule == "/api/v1/auth/token":
            continue
        for values in _path_values(research_world):
            path = rule.rule
            for argument in rule.arguments:
                path = re.sub(rf"<[^>]*{argument}>", str(values["default"]), path)
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                variants = ["", "?format=csv", "?format=parquet"] if "/research/" in path else [""]
                for query in variants:
                    kwargs = {"json": {}} if method in ("POST", "PATCH", "PUT") else {}
                    response = analyst.open(path + query, method=method, **kwargs)
                    body = response.get_data()
                    if query == "?format=parquet" and response.status_code == 200:
                        body = str(pq.read_table(io.BytesIO(body)).to_pylist()).encode()
                    text = body.decode("utf-8", "replace")
                    for value in forbidden:
                        assert value not in text, (method, path + query, value)
                    if "/research/" in path:
                        assert response.status_code == 200, (path, response.status_code)
                        assert not FULL_DATE.search(text), (path + query, FULL_DATE.search(text))
                        seen_research += 1
                    else:
                        assert response.status_code in (403, 404, 405), (method, path, response.status_code)
    assert seen_research == 4 * 3 * 2  # four marts, three formats, each walked twice
