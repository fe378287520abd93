"""GET /api/v1/analytics/data-quality: the mart per facility and day; admins all, a facility its own."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest

from elt.dbt_runner import run_dbt

AS_OF = date(2026, 3, 31)


def _upload(url: str, facility_id: int, day: date, accepted: int, rejected: dict[str, int]) -> None:
    started = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
    with psycopg.connect(url) as conn:
        (batch_id,) = conn.execute(
            "insert into etl.etl_batches (status, started_at) values ('completed', %s) returning id", (started,)
        ).fetchone()
        for reason, count in [(None, accepted), *rejected.items()]:
            conn.execute(
                "insert into etl.etl_facility_rows (batch_id, entity, facility_id, reason_code, row_count)"
                " values (%s, 'patients', %s, %s, %s)",
                (batch_id, facility_id, reason, count),
            )


@pytest.fixture
def quality(make_facility, clean_db, settings):
    lagos = make_facility(name="Ikeja General Hospital", facility_code="LA-1")["id"]
    kano = make_facility(name="Kano Clinic", state="Kano", lga="Tarauni", facility_code="KN-1")["id"]
    _upload(clean_db, lagos, AS_OF - timedelta(days=2), 90, {"bad_date": 6, "bad_phone": 4})
    _upload(clean_db, kano, AS_OF, 50, {})
    result = run_dbt(
        ["run", "--select", "data_quality_daily", "--vars", json.dumps({"as_of_date": AS_OF.isoformat()})], settings
    )
    assert result.success, (result.error, [(n.name, n.message) for n in result.failed])
    return {"lagos": lagos, "kano": kano}


def test_admin_sees_every_facility_and_day_with_rates_by_reason(admin, quality):
    body = admin.get("/api/v1/analytics/data-quality").get_json()
    rows = {(row["facility_id"], row["day"]): row for row in body["data"]}
    lagos, kano = quality["lagos"], quality["kano"]
    # Lagos: an upload two days before AS_OF, then two quiet days; Kano: one upload on AS_OF.
    assert sorted(rows) == sorted([(lagos, str(AS_OF - timedelta(days=d))) for d in (2, 1, 0)] + [(kano, str(AS_OF))])
    first = rows[(lagos, str(AS_OF - timedelta(days=2)))]
    assert (first["rows_uploaded"], first["rows_accepted"], first["rows_rejected"]) == (100, 90, 10)
    assert first["rejection_rate"] == 0.1
    assert first["rejected_by_reason"] == {"bad_date": 6, "bad_phone": 4}
    assert first["rejection_rate_by_reason"] == {"bad_date": 0.06, "bad_phone": 0.04}
    last = rows[(lagos, str(AS_OF))]
    assert (last["rows_uploaded"], last["rejection_rate"], last["days_since_last_upload"]) == (0, None, 2)
    assert body["total"] == 4


def test_a_facility_client_sees_its_own_facility_only(caller, quality):
    kano = caller("facility", quality["kano"])
    own = kano.get("/api/v1/analytics/data-quality").get_json()["data"]
    assert {row["facility_id"] for row in own} == {quality["kano"]}
    other = kano.get(f"/api/v1/analytics/data-quality?facility_id={quality['lagos']}").get_json()
    assert other["data"] == [] and other["total"] == 0


def test_analysts_are_refused_and_anonymous_callers_need_a_token(caller, http, quality):
    assert caller("analyst").get("/api/v1/analytics/data-quality").status_code == 403
    assert http.get("/api/v1/analytics/data-quality").status_code == 401


def test_filters_by_facility_and_dates(admin, quality):
    lagos = quality["lagos"]
    query = f"facility_id={lagos}&date_from={AS_OF - timedelta(days=1)}&date_to={AS_OF}"
    rows = admin.get(f"/api/v1/analytics/data-quality?{query}").get_json()["data"]
    assert [(row["day"], row["days_since_last_upload"]) for row in rows] == [
        (str(AS_OF - timedelta(days=1)), 1),
        (str(AS_OF), 2),
    ]
