"""The fast paths keep their promises: the client cache never outlives a change to the client, the
production serializer sends what validation would, a read and its audit row go together, and the
benchmark gives no verdict on a run with failures."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import psycopg
import pytest
from conftest import Caller, dispose, issue, make_api_settings

from backend.app import create_app
from backend.clients import create_client, revoke_client

BENCH = Path(__file__).resolve().parents[2] / "bench" / "api.py"


def _served_by_cache(app) -> bool:
    return bool(app.extensions["medilink.clients"]._entries)


def test_a_cached_client_revoked_by_another_connection_is_refused_on_the_next_request(app, admin, sa_session):
    assert admin.get("/api/v1/facilities").status_code == 200
    assert admin.get("/api/v1/facilities").status_code == 200
    assert _served_by_cache(app)
    assert revoke_client(sa_session, admin.client.client_id)
    refused = admin.get("/api/v1/facilities")
    assert refused.status_code == 401
    assert refused.get_json()["code"] == "token_revoked"


def test_a_role_change_in_the_database_reaches_a_cached_client_at_once(app, admin, api_db):
    assert admin.get("/api/v1/patients").status_code == 200
    assert _served_by_cache(app)
    with psycopg.connect(api_db, autocommit=True) as conn:
        conn.execute("update api.clients set role = 'analyst' where client_id = %s", (admin.client.client_id,))
    response = admin.get("/api/v1/patients")
    assert response.status_code == 401
    assert response.get_json()["code"] == "invalid_token"


def test_without_a_listener_every_request_reads_the_client_row(settings, sa_session, api_db):
    application = create_app(make_api_settings(settings, api_client_cache_seconds=0))
    try:
        http = application.test_client()
        client = create_client(sa_session, "admin")
        caller = Caller(http, client, issue(http, client))
        assert caller.get("/api/v1/facilities").status_code == 200
        assert not _served_by_cache(application)
        with psycopg.connect(api_db, autocommit=True) as conn:
            conn.execute("alter table api.clients disable trigger clients_notify_change")
            try:
                conn.execute("update api.clients set revoked_at = now() where client_id = %s", (client.client_id,))
            finally:
                conn.execute("alter table api.clients enable trigger clients_notify_change")
        assert caller.get("/api/v1/facilities").status_code == 401
    finally:
        dispose(application)


def test_an_expired_token_is_refused_even_when_its_signature_was_verified_before(app, admin):
    tokens = app.extensions["medilink.tokens"]
    assert admin.get("/api/v1/facilities").status_code == 200
    principal = tokens._tokens[admin.token]
    tokens._tokens[admin.token] = type(principal)(**{**principal.__dict__, "expires_at": time.time() - 60})
    response = admin.get("/api/v1/facilities")
    assert response.status_code == 401
    assert response.get_json()["code"] == "token_expired"


@pytest.fixture
def both_ways(settings, sa_session, api_db, make_facility, make_patient):
    """(production app caller, validating app caller) over the same rows."""
    facility = make_facility()["id"]
    patient = make_patient(facility, phone="08031234567")["id"]
    apps = [create_app(make_api_settings(settings, api_validate_responses=flag)) for flag in (False, True)]
    callers = []
    for application in apps:
        http = application.test_client()
        client = create_client(sa_session, "admin")
        callers.append(Caller(http, client, issue(http, client)))
    yield callers, patient
    for application in apps:
        dispose(application)


def test_production_serialization_sends_exactly_what_validated_serialization_sends(both_ways):
    (fast, validating), patient = both_ways
    record = fast.post("/api/v1/medical-records", json={"patient_id": patient, "record_type": "Consultation"})
    assert record.status_code == 201
    for path in (
        f"/api/v1/patients/{patient}",
        "/api/v1/patients?per_page=5",
        f"/api/v1/medical-records/{record.get_json()['id']}",
        "/api/v1/medical-records",
        "/api/v1/facilities",
        "/api/v1/analytics/facility-stats",
        "/health",
    ):
        quick, checked = fast.get(path), validating.get(path)
        assert quick.status_code == checked.status_code == 200, path
        body, expected = quick.get_json(), checked.get_json()
        if path == "/health":
            body.pop("timestamp"), expected.pop("timestamp")
        assert body == expected, path
        assert quick.mimetype == "application/json"


def test_a_read_by_id_writes_exactly_one_audit_row_and_a_miss_none_but_the_denial(admin, make_facility, api_db):
    facility = make_facility()["id"]
    created = admin.post(
        "/api/v1/patients",
        json={"facility_id": facility, "first_name": "Ada", "last_name": "Obi", "sex": "F", "dob": "1990-05-17"},
    ).get_json()
    with psycopg.connect(api_db) as conn:
        before = conn.execute("select count(*) from api.access_audit").fetchone()[0]
    assert admin.get(f"/api/v1/patients/{created['id']}").status_code == 200
    assert admin.get(f"/api/v1/patients/{created['id'] + 1000}").status_code == 404
    with psycopg.connect(api_db) as conn:
        rows = conn.execute(
            "select action, ids, status from api.access_audit order by id offset %s", (before,)
        ).fetchall()
    assert rows == [("read", [created["id"]], 200), ("denied", [created["id"] + 1000], 404)]


# ---------------------------------------------------------------- bench/api.py verdicts
@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_api", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_api"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    yield module
    del sys.modules["bench_api"]


def _plan(bench):
    return [
        bench.Scenario("/health", ["/health"], None, auth=False),
        bench.Scenario("patient by id", ["/p/1"], bench.ID_SHARE),
        bench.Scenario("list page 1", ["/p"], bench.LIST_SHARE),
    ]


def _results(bench, rates: dict[str, float], latency_ms: float = 5.0, non2xx: int = 0):
    results = {}
    for name, rate in rates.items():
        result = bench.Result(name)
        result.add(int(rate * 10), 10.0, 0, non2xx if name == "list page 1" else 0, [latency_ms] * 100)
        results[name] = result
    return results


def test_the_bench_compares_each_route_with_health_of_the_same_run(bench, capsys):
    results = _results(bench, {"/health": 1000, "patient by id": 900, "list page 1": 750})
    assert bench.report(_plan(bench), results, {"patients": 1, "workers": 1, "concurrency": 8, "loader": "wrk",
                                                 "rounds": 1, "seconds": 10, "code": "."}, False) == 0  # fmt: skip
    output = capsys.readouterr().out
    assert "90%" in output and "75%" in output and "All targets met." in output


def test_the_bench_reports_a_missed_share_or_p99(bench, capsys):
    meta = {"patients": 1, "workers": 1, "concurrency": 8, "loader": "wrk", "rounds": 1, "seconds": 10, "code": "."}
    assert bench.report(_plan(bench), _results(bench, {"/health": 1000, "patient by id": 800, "list page 1": 750}),
                        meta, False) == 1  # fmt: skip
    slow = _results(bench, {"/health": 1000, "patient by id": 900, "list page 1": 750}, latency_ms=30.0)
    assert bench.report(_plan(bench), slow, meta, False) == 1
    assert "MISSES" in capsys.readouterr().out


def test_the_bench_gives_no_verdict_when_any_response_was_not_2xx(bench, capsys):
    meta = {"patients": 1, "workers": 1, "concurrency": 8, "loader": "wrk", "rounds": 1, "seconds": 10, "code": "."}
    results = _results(bench, {"/health": 1000, "patient by id": 900, "list page 1": 750}, non2xx=1)
    assert bench.report(_plan(bench), results, meta, False) == 2
    output = capsys.readouterr().out
    assert "NO VERDICT" in output and "All targets met" not in output
