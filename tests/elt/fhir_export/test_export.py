"""Exported NDJSON: every line a valid R4B resource, every reference inside the export, scoping and _since."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from elt.fhir.export import export
from elt.fhir.resources import types_for
from elt.fhir.sinks import FileSink
from elt.fhir.validate import Report, check_lines


def run_export(database_url: str, out: Path, level: str = "system", facility_id=None, since=None, types=None):
    out.mkdir(parents=True, exist_ok=True)
    with psycopg.connect(database_url) as conn:
        return export(conn, types or types_for(level), facility_id, since, lambda name: FileSink(out / name))


def read_dir(out: Path) -> Report:
    report = Report()
    for path in sorted(out.glob("*.ndjson")):
        with path.open("rb") as handle:
            check_lines(report, path.name, handle)
    return report


def table_count(database_url: str, statement: str, params: tuple = ()) -> int:
    with psycopg.connect(database_url) as conn:
        return conn.execute(statement, params).fetchone()[0]


def test_every_line_of_a_full_export_is_valid_r4b_and_every_reference_resolves(loaded_sample, clean_db, tmp_path):
    result = run_export(clean_db, tmp_path / "out")
    report = read_dir(tmp_path / "out")

    assert report.invalid == []
    assert report.dangling == set()
    # one resource per production row, counted independently of the export's SQL
    assert report.by_type["Organization"] == table_count(clean_db, "select count(*) from facilities")
    assert report.by_type["Patient"] == table_count(clean_db, "select count(*) from patients")
    assert report.by_type["Practitioner"] == table_count(clean_db, "select count(*) from workers")
    assert report.by_type["PractitionerRole"] == report.by_type["Practitioner"]
    assert report.by_type["Encounter"] == table_count(
        clean_db, "select (select count(*) from medical_records) + (select count(*) from triage_visits)"
    )
    assert report.by_type["Condition"] == table_count(
        clean_db, "select count(*) from medical_records where data ? 'diagnosis' or data ? 'icd10_code'"
    )
    assert report.by_type["Observation"] == table_count(
        clean_db, "select count(*) from medical_records where data ->> 'notes' ilike '%%BP %%/%%'"
    )
    assert report.by_type["MedicationStatement"] >= table_count(
        clean_db, "select count(*) from medical_records where data ? 'medications'"
    )
    assert {o.type: o.count for o in result.outputs} == report.by_type
    assert report.lines == sum(report.by_type.values())


def test_the_sample_exercises_diacritics_missing_fields_and_bad_row_survivors(loaded_sample, clean_db, tmp_path):
    run_export(clean_db, tmp_path / "out")
    patients = [json.loads(line) for line in (tmp_path / "out" / "Patient.ndjson").read_text("utf-8").splitlines()]
    names = {p["name"][0]["text"] for p in patients}
    # Yoruba/Igbo/Hausa letters with dots and tones arrive intact (UTF-8, not \u escapes lost)
    assert any(ch in "".join(names) for ch in "ẹọṣáàéèńṇ"), sorted(names)[:10]
    assert any("telecom" not in p for p in patients) or any("address" not in p for p in patients)
    assert any(loaded_sample.files["patients.csv"].bad_rows.values())


def test_blood_pressure_becomes_a_loinc_panel_and_icd10_codes_carry_their_dot(clean_db, settings, tmp_path):
    with psycopg.connect(clean_db, autocommit=True) as conn:
        facility = conn.execute(
            "insert into facilities (name, state, lga, facility_code)"
            " values ('Ọ̀yọ́ Clinic', 'Oyo', 'Ibadan North', 'OY-1') returning id"
        ).fetchone()[0]
        patient = conn.execute(
            "insert into patients (facility_id, patient_number, first_name, last_name, sex, dob)"
            " values (%s, 'P-1', 'Ngozi', 'Nwachukwu', 'F', '1990-02-03') returning id",
            (facility,),
        ).fetchone()[0]
        record = conn.execute(
            "insert into medical_records (patient_id, facility_id, record_type, recorded_at, data)"
            " values (%s, %s, 'Consultation', '2024-05-01T10:00:00Z', %s) returning id",
            (
                patient,
                facility,
                json.dumps(
                    {
                        "diagnosis": "Severe falciparum malaria",
                        "icd10_code": "B509",
                        "notes": "BP 140/90, review in 2 weeks\nAdvised rest",
                        "medications": "Artesunate 2.4mg/kg IV; Paracetamol 1g TDS",
                    }
                ),
            ),
        ).fetchone()[0]
    run_export(clean_db, tmp_path / "out")
    report = read_dir(tmp_path / "out")
    assert report.ok, (report.invalid, report.dangling)

    observation = json.loads((tmp_path / "out" / "Observation.ndjson").read_text())
    assert observation["id"] == f"bp-{record}"
    assert observation["code"]["coding"][0] == {
        "system": "http://loinc.org",
        "code": "85354-9",
        "display": "Blood pressure panel with all children optional",
    }
    values = {c["code"]["coding"][0]["code"]: c["valueQuantity"]["value"] for c in observation["component"]}
    assert values == {"8480-6": 140, "8462-4": 90}
    assert observation["encounter"] == {"reference": f"Encounter/record-{record}"}

    condition = json.loads((tmp_path / "out" / "Condition.ndjson").read_text())
    assert condition["code"]["coding"] == [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "B50.9"}]
    assert condition["code"]["text"] == "Severe falciparum malaria"

    lines = (tmp_path / "out" / "MedicationStatement.ndjson").read_text().splitlines()
    texts = [json.loads(line)["medicationCodeableConcept"]["text"] for line in lines]
    assert texts == ["Artesunate 2.4mg/kg IV", "Paracetamol 1g TDS"]

    patient_json = json.loads((tmp_path / "out" / "Patient.ndjson").read_text())
    assert patient_json["identifier"][0]["system"] == f"https://medilink.ng/fhir/facility/{facility}/patient-number"
    assert patient_json["gender"] == "female"
    assert patient_json["birthDate"] == "1990-02-03"
    assert "telecom" not in patient_json and "address" not in patient_json
    organization = json.loads((tmp_path / "out" / "Organization.ndjson").read_text())
    assert organization["name"] == "Ọ̀yọ́ Clinic"
    assert organization["identifier"][0]["value"] == "OY-1"


def test_a_facility_export_holds_only_that_facility_and_since_only_newer_rows(loaded_sample, clean_db, tmp_path):
    facility = table_count(clean_db, "select min(facility_id) from patients")
    run_export(clean_db, tmp_path / "one", level="group", facility_id=facility)
    report = read_dir(tmp_path / "one")
    assert report.ok, (report.invalid[:3], sorted(report.dangling)[:3])
    assert report.by_type["Organization"] == 1
    assert report.by_type["Patient"] == table_count(
        clean_db, "select count(*) from patients where facility_id = %s", (facility,)
    )
    for line in (tmp_path / "one" / "Encounter.ndjson").read_text().splitlines():
        assert json.loads(line)["serviceProvider"] == {"reference": f"Organization/{facility}"}

    with psycopg.connect(clean_db, autocommit=True) as conn:
        conn.execute(
            "update patients set updated_at = now() + interval '1 hour' where id = (select min(id) from patients)"
        )
    since = datetime.now(UTC) + timedelta(minutes=30)
    run_export(clean_db, tmp_path / "since", since=since, types=["Patient", "Encounter"])
    assert [p.name for p in sorted((tmp_path / "since").glob("*.ndjson"))] == ["Patient.ndjson"]
    assert len((tmp_path / "since" / "Patient.ndjson").read_text().splitlines()) == 1


@pytest.mark.parametrize("level", ["system", "patient", "group"])
def test_patient_level_exports_leave_out_health_workers(level):
    types = types_for(level)
    assert ("Practitioner" in types) == (level != "patient")
    assert "Patient" in types and "Organization" in types
