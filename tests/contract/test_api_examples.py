"""Every request the design document sends to the API, sent as written (plus a bearer token), under
/api/... as written and under /api/v1/...; answers carry the document's keys with its meaning.

The requests come from the document text (design_document.api_requests): its API Documentation
section's ```http blocks and every `curl http://localhost:5000/…`. The database starts empty, so
the document's own POST examples create facility 1, patient 1 and medical record 1, which its GET
examples (`facility_id=1`, `/{id}`) then read.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qsl, urlsplit

import pytest
from contract_support import admin_bearer, empty
from design_document import Request, api_requests

REQUESTS = api_requests()
WRITES = [request for request in REQUESTS if request.method == "POST"]
READS = [request for request in REQUESTS if request.method == "GET"]
PREFIXES = {"as-written": "/api/", "v1": "/api/v1/"}
# Query parameters that page rather than filter.
PAGING = {"page", "per_page"}


def _target(request: Request, prefix: str) -> str:
    target = request.target.replace("{id}", "1")
    return prefix + target[len("/api/") :] if target.startswith("/api/") else target


def _send(http, request: Request, prefix: str, bearer: dict[str, str]):
    headers = {**dict(request.headers), **bearer}
    return http.open(_target(request, prefix), method=request.method, headers=headers, data=request.body)


def test_the_document_shows_requests_for_every_resource() -> None:
    # Guards the parser: if the document's format stops parsing, the tests below would run on nothing.
    labels = {request.label for request in REQUESTS}
    assert {"POST /api/facilities", "POST /api/patients", "POST /api/medical-records", "GET /health"} <= labels
    assert len(READS) >= 15
    assert all(request.json is not None for request in WRITES)


def create_all(http, bearer: dict[str, str], prefix: str) -> dict[str, dict]:
    """Send the document's POST examples in its order; then one triage visit (level 3) for patient
    1, which the document lists but never creates."""
    answers: dict[str, dict] = {}
    for write in WRITES:
        response = _send(http, write, prefix, bearer)
        assert response.status_code == 201, (write.label, write.sources, response.get_json())
        answers[write.target] = response.get_json()
    visit = http.post(
        "/api/v1/triage-visits",
        json={"patient_id": 1, "triage_level": 3, "visited_at": "2025-01-15T10:30:00Z"},
        headers=bearer,
    )
    assert visit.status_code == 201, visit.get_json()
    answers["/api/triage-visits"] = visit.get_json()
    return answers


@pytest.fixture
def created(contract_app, bearer, request) -> dict[str, dict]:
    return create_all(contract_app.test_client(), bearer, request.param)


@pytest.fixture
def world(contract_app, settings, database_url) -> tuple[dict[str, str], dict[str, dict]]:
    """The examples' rows for one read-only example: (bearer, answers). Per test, because the write
    tests empty the database (clients included) and may run in between in any order."""
    empty(database_url)
    bearer = admin_bearer(contract_app, settings)
    return bearer, create_all(contract_app.test_client(), bearer, "/api/")


@pytest.mark.parametrize("created", PREFIXES.values(), ids=PREFIXES.keys(), indirect=True)
def test_every_post_example_creates_what_it_sends(created: dict[str, dict]) -> None:
    for write in WRITES:
        answer = created[write.target]
        assert answer["id"] == 1, write.label
        for key, sent in write.json.items():  # type: ignore[union-attr]
            if key == "state":  # stored canonical: "LAGOS" is Lagos State
                assert answer[key].lower() == sent.lower(), (write.label, key)
            else:
                assert answer[key] == sent, (write.label, key, answer[key])


def _expected_ids(read: Request, created: dict[str, dict]) -> list[int]:
    """Row 1 of the listed resource when every filter of the example matches it (ignoring case,
    in part, as the original's filters did), else nothing."""
    path = urlsplit(read.target).path
    row = created[path]
    filters = [(name, value) for name, value in parse_qsl(urlsplit(read.target).query) if name not in PAGING]
    matches = all(value.lower() in str(row[name]).lower() for name, value in filters)
    return [1] if matches else []


@pytest.mark.parametrize("prefix", PREFIXES.values(), ids=PREFIXES.keys())
@pytest.mark.parametrize("read", READS, ids=[read.label for read in READS])
def test_every_get_example_answers_with_the_documents_keys(contract_app, world, read: Request, prefix: str) -> None:
    bearer, created = world
    response = _send(contract_app.test_client(), read, prefix, bearer)
    assert response.status_code == 200, (read.label, read.sources, response.get_json())
    body = response.get_json()
    path = urlsplit(read.target).path
    if path == "/health":
        assert (body["status"], body["database"]) == ("healthy", "connected")
        datetime.fromisoformat(body["timestamp"])
        assert "host" not in body
    elif path == "/api/analytics/facility-stats":
        counts = {key: body[key] for key in body if key.startswith("total_")}
        assert {key: counts[key] for key in ("total_facilities", "total_patients")} == {
            "total_facilities": 1,
            "total_patients": 1,
        }
        assert (counts["total_medical_records"], counts["total_triage_visits"]) == (1, 1)
    elif "{id}" in read.target:
        resource = path.rsplit("/", 1)[0]
        assert body["id"] == 1
        assert body.keys() >= created[resource].keys() - {"id"}
    else:
        assert [row["id"] for row in body["data"]] == _expected_ids(read, created), read.label
        for name, value in parse_qsl(urlsplit(read.target).query):
            if name in PAGING:
                assert body[name] == int(value)


def test_without_a_token_every_api_example_is_refused_and_health_is_open(contract_app, empty_db) -> None:
    # The one deliberate difference: the document's API needed no token.
    http = contract_app.test_client()
    for read in READS:
        status = http.get(_target(read, "/api/")).status_code
        assert status == (200 if read.target == "/health" else 401), read.label
