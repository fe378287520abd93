"""schemathesis against /openapi.json with a valid admin token: generated requests (valid and
invalid) for every operation, no 5xx and no response that breaks the documented schema."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from elt.dbt_runner import run_dbt

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES_PER_MODE = 22  # × 2 modes × ~25 operations: more than 1,000 requests


@pytest.fixture
def seeded(admin, make_facility, make_patient, settings):
    """A few real rows, so generated ids sometimes hit something, and the marts built from them."""
    facility = make_facility()
    patient = make_patient(facility["id"])
    admin.post(
        "/api/v1/triage-visits",
        json={
            "patient_id": patient["id"],
            "triage_level": 2,
            "visit_ref": "V1",
            "visited_at": "2024-06-01T10:00:00Z",
            "likely_conditions": "Malaria",
        },
    )
    admin.post("/api/v1/medical-records", json={"patient_id": patient["id"], "record_type": "Consultation"})
    result = run_dbt(["run", "--full-refresh"], settings)
    assert result.success, result.error
    return facility


def exercise(operation, mode: GenerationMode, headers: dict[str, str], statuses: dict[int, int]) -> None:
    """Send EXAMPLES_PER_MODE generated requests to one operation and check every response."""

    @settings(
        max_examples=EXAMPLES_PER_MODE,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case):
        response = case.call(headers=headers)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        case.validate_response(response, checks=CHECKS, headers=headers)

    run()


@pytest.mark.slow
def test_generated_requests_get_no_server_error_and_only_documented_responses(app, admin, seeded):
    schema = schemathesis.openapi.from_wsgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 25
    sent: dict[str, int] = {}
    statuses: dict[int, int] = {}
    for operation in operations:
        before = sum(statuses.values())
        exercise(operation, GenerationMode.POSITIVE, admin.headers, statuses)
        try:
            exercise(operation, GenerationMode.NEGATIVE, admin.headers, statuses)
        except Unsatisfiable:  # nothing to get wrong: no parameters and no body (e.g. GET /health)
            assert not operation.query and not operation.path_parameters and not operation.body
        sent[f"{operation.method.upper()} {operation.path}"] = sum(statuses.values()) - before

    total = sum(sent.values())
    print(f"schemathesis: {total} requests over {len(sent)} operations; statuses {sorted(statuses.items())}")
    assert total >= 1000, sent
    assert not any(status >= 500 for status in statuses)
    assert statuses.get(200, 0) + statuses.get(201, 0) > 0  # valid requests did succeed
