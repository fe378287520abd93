"""`medilink fhir export` as an operator runs it: files per type, facility scoping, --validate."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

MEDILINK = [sys.executable, "-m", "elt.cli"]


@pytest.fixture
def cli_env(clean_db, tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("POSTGRES_", "DATABASE_"))}
    return env | {"DATABASE_URL": clean_db, "MEDILINK_HOME": str(tmp_path)}


def test_cli_exports_one_validated_file_per_type_and_scopes_to_a_facility(loaded_sample, clean_db, cli_env, tmp_path):
    out = tmp_path / "all"
    done = subprocess.run(
        [*MEDILINK, "fhir", "export", "--out", str(out), "--validate"],
        env=cli_env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "every reference resolves" in done.stderr
    assert sorted(path.name for path in out.iterdir()) == [
        "Condition.ndjson", "Encounter.ndjson", "MedicationStatement.ndjson", "Observation.ndjson",
        "Organization.ndjson", "Patient.ndjson", "Practitioner.ndjson", "PractitionerRole.ndjson",
    ]  # fmt: skip

    one = tmp_path / "one"
    done = subprocess.run(
        [*MEDILINK, "fhir", "export", "--out", str(one), "--facility", "1", "--type", "Patient,Organization"],
        env=cli_env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert sorted(path.name for path in one.iterdir()) == ["Organization.ndjson", "Patient.ndjson"]
    patients = [json.loads(line) for line in (one / "Patient.ndjson").read_text().splitlines()]
    assert patients and {p["managingOrganization"]["reference"] for p in patients} == {"Organization/1"}


def test_cli_refuses_an_unknown_type_and_a_since_without_zone(cli_env, tmp_path):
    for args, needle in ((["--type", "Spaceship"], "Spaceship"), (["--since", "2024-01-01"], "time zone")):
        done = subprocess.run(
            [*MEDILINK, "fhir", "export", "--out", str(tmp_path / "x"), *args],
            env=cli_env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 2
        assert needle in done.stderr
