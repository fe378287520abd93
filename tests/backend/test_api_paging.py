"""Both paging modes, totals that never cost a full COUNT unless asked, and the limits."""

from __future__ import annotations

import base64
import json
import math

import psycopg
import pytest
from sqlalchemy import event

ROWS = 12_000  # above EXACT_COUNT_LIMIT (10,000), so the default total is the planner's estimate


@pytest.fixture
def many_patients(clean_db, make_facility) -> dict:
    """ROWS patients at one facility and 3 at another, written in one statement, then analysed."""
    big = make_facility(name="Big Hospital", facility_code="BIG")["id"]
    small = make_facility(name="Small Clinic", facility_code="SMALL")["id"]
    with psycopg.connect(clean_db, autocommit=True) as conn:
        conn.execute(
            "insert into public.patients (facility_id, patient_number, first_name, last_name, sex, dob)"
            " select %s, 'P' || g, 'First' || g, 'Last' || g, case when g %% 2 = 0 then 'F' else 'M' end,"
            " date '1950-01-01' + (g %% 20000)"
            " from generate_series(1, %s) as g",
            (big, ROWS),
        )
        conn.execute(
            "insert into public.patients (facility_id, patient_number, first_name, last_name, sex, dob)"
            " select %s, 'S' || g, 'Small' || g, 'Clinic', 'F', date '2000-01-01' from generate_series(1, 3) as g",
            (small,),
        )
        conn.execute("analyze public.patients")
        all_ids = [row[0] for row in conn.execute("select id from public.patients order by id")]
        small_ids = [
            row[0]
            for row in conn.execute("select id from public.patients where facility_id = %s order by id", (small,))
        ]
    return {"big": big, "small": small, "ids": all_ids, "small_ids": small_ids}


def test_page_number_paging_keeps_the_seed_shape(admin, many_patients):
    body = admin.get("/api/v1/patients?page=3&per_page=7&count=exact").get_json()
    assert set(body) == {"data", "total", "total_is_estimate", "page", "per_page", "pages", "next_cursor"}
    assert [row["id"] for row in body["data"]] == many_patients["ids"][14:21]
    assert (body["page"], body["per_page"], body["total"]) == (3, 7, ROWS + 3)
    assert body["pages"] == math.ceil((ROWS + 3) / 7)
    assert body["total_is_estimate"] is False
    default = admin.get("/api/v1/patients").get_json()
    assert (default["page"], default["per_page"], len(default["data"])) == (1, 50, 50)
    beyond = admin.get(f"/api/v1/patients?page={ROWS}&per_page=500").get_json()
    assert beyond["data"] == [] and beyond["next_cursor"] is None


def test_cursor_paging_walks_every_row_once_in_id_order(admin, many_patients):
    seen: list[int] = []
    response = admin.get("/api/v1/patients?per_page=500").get_json()
    seen += [row["id"] for row in response["data"]]
    pages = 1
    while response["next_cursor"]:
        response = admin.get(f"/api/v1/patients?per_page=500&cursor={response['next_cursor']}").get_json()
        assert response["page"] is None
        seen += [row["id"] for row in response["data"]]
        pages += 1
    assert seen == many_patients["ids"]
    assert pages == math.ceil(len(many_patients["ids"]) / 500)


def test_a_deep_cursor_page_reads_only_its_own_rows(app, admin, many_patients, clean_db):
    """The keyset query is an index range scan that stops after per_page + 1 rows, at any depth."""
    statements: list[tuple[str, dict]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    engine = app.extensions["medilink.db"].engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        deep = admin.get("/api/v1/patients?per_page=50").get_json()
        cursor = deep["next_cursor"]
        for _ in range(3):
            deep = admin.get(f"/api/v1/patients?per_page=500&cursor={cursor}").get_json()
            cursor = deep["next_cursor"]
        statements.clear()
        admin.get(f"/api/v1/patients?per_page=50&cursor={cursor}")
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    page_sql, params = next((sql, p) for sql, p in statements if "FROM public.patients" in sql and "ORDER BY" in sql)
    assert "OFFSET" not in page_sql.upper()
    with psycopg.connect(clean_db) as conn:
        plan = conn.execute("explain (analyze, format json) " + page_sql, params).fetchone()[0]
    scanned = _max_rows_read(plan[0]["Plan"])
    assert scanned <= 51


def _max_rows_read(node: dict) -> int:
    own = int(node.get("Actual Rows", 0)) + int(node.get("Rows Removed by Filter", 0))
    return max([own, *(_max_rows_read(child) for child in node.get("Plans", []))])


def test_total_is_the_planner_estimate_above_ten_thousand_rows_and_exact_on_request(admin, many_patients):
    estimated = admin.get("/api/v1/patients?per_page=1").get_json()
    assert estimated["total_is_estimate"] is True
    assert abs(estimated["total"] - (ROWS + 3)) <= (ROWS + 3) * 0.1
    exact = admin.get("/api/v1/patients?per_page=1&count=exact").get_json()
    assert (exact["total"], exact["total_is_estimate"]) == (ROWS + 3, False)
    small = admin.get(f"/api/v1/patients?facility_id={many_patients['small']}").get_json()
    assert (small["total"], small["total_is_estimate"], small["pages"]) == (3, False, 1)
    assert [row["id"] for row in small["data"]] == many_patients["small_ids"]


def test_cursor_paging_respects_filters(admin, many_patients):
    first = admin.get("/api/v1/patients?sex=F&per_page=2").get_json()
    second = admin.get(f"/api/v1/patients?sex=F&per_page=2&cursor={first['next_cursor']}").get_json()
    rows = first["data"] + second["data"]
    assert all(row["sex"] == "F" for row in rows)
    assert [row["id"] for row in rows] == sorted(row["id"] for row in rows)
    assert len({row["id"] for row in rows}) == 4


@pytest.mark.parametrize(
    ("query", "field"),
    [("per_page=501", "per_page"), ("per_page=0", "per_page"), ("page=0", "page"), ("count=roughly", "count")],
)
def test_paging_limits_are_422_naming_the_parameter(admin, api_db, query, field):
    response = admin.get(f"/api/v1/patients?{query}")
    assert response.status_code == 422
    assert response.get_json()["details"]["errors"][0]["field"] == field
    assert response.get_json()["details"]["location"] == "query"


def test_a_forged_or_garbled_cursor_is_400(admin, many_patients):
    good = admin.get("/api/v1/patients?per_page=1").get_json()["next_cursor"]
    payload, signature = good.split(".")
    forged_payload = base64.urlsafe_b64encode(json.dumps({"after": [1]}).encode()).decode().rstrip("=")
    for cursor in ("garbage", f"{forged_payload}.{signature}", f"{payload}.AAAA", ""):
        response = admin.get(f"/api/v1/patients?cursor={cursor}")
        if cursor == "":
            assert response.status_code == 200  # an empty cursor is no cursor
            continue
        assert response.status_code == 400, cursor
        assert response.get_json()["code"] == "invalid_cursor"
    assert admin.get(f"/api/v1/patients?cursor={good}").status_code == 200
