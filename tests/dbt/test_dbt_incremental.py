"""After ~1% new and changed rows arrive, an incremental run rewrites only those rows in the facts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from dbt_testdata import load_rows, make_sample, read_csv, write_csv

from elt.dbt_runner import run_dbt
from elt.rules import parse_sex
from elt.sample import COLUMNS
from elt.settings import Settings

pytestmark = pytest.mark.pg_compat  # the facts must stay incremental on PostgreSQL 14+

FACTS = ("fct_medical_records", "fct_triage_visits")
DBT_COLUMNS = ("dbt_updated_at", "dbt_invocation_id")


@dataclass
class Snapshot:
    """Every fact row: id -> ({column: value} without the dbt columns, dbt_updated_at, dbt_invocation_id)."""

    rows: dict[str, dict[int, tuple[dict, datetime, str]]]

    @classmethod
    def take(cls, url: str) -> Snapshot:
        rows: dict[str, dict[int, tuple[dict, datetime, str]]] = {}
        with psycopg.connect(url) as conn:
            for fact in FACTS:
                columns = [
                    name
                    for (name,) in conn.execute(
                        "select column_name from information_schema.columns"
                        " where table_schema = 'marts' and table_name = %s order by ordinal_position",
                        (fact,),
                    )
                    if name not in DBT_COLUMNS
                ]
                select = ", ".join(f'"{name}"' for name in columns)
                cursor = conn.execute(f"select {select}, dbt_updated_at, dbt_invocation_id from marts.{fact}")
                rows[fact] = {
                    row[0]: (dict(zip(columns, row[: len(columns)], strict=True)), row[-2], row[-1]) for row in cursor
                }
        return cls(rows)

    def written_by(self, fact: str, invocation_id: str | None) -> set[int]:
        return {row_id for row_id, (_, _, invocation) in self.rows[fact].items() if invocation == invocation_id}


@dataclass
class Scenario:
    first_invocation: str
    second_invocation: str
    before: Snapshot
    after: Snapshot
    refreshed: Snapshot
    expected_touched: dict[str, set[int]]
    deleted_record: int
    changed_diagnoses: dict[int, str]
    changed_sexes: dict[int, str]


def _delta(csv_dir: Path, out: Path) -> dict:
    """~1% new and ~0.5% changed medical records and triage visits, plus two patients whose sex
    changes (which the facts copy). Returns the natural identifiers of what changed."""
    out.mkdir()
    records, visits = read_csv(csv_dir / "medical_records.csv"), read_csv(csv_dir / "triage_visits.csv")
    patients = read_csv(csv_dir / "patients.csv")
    new_records, changed_records = [], []
    for n, row in enumerate(row for row in records if row["record_ref"]):
        if n < 10:
            when = datetime.fromisoformat(row["recorded_at"]) + timedelta(minutes=7)
            new_records.append(row | {"record_ref": f"MR-NEW-{n:03d}", "recorded_at": when.isoformat()})
        elif n < 15:
            changed_records.append(row | {"diagnosis": f"Changed diagnosis {n}", "icd10_code": ""})
    new_visits, changed_visits = [], []
    for n, row in enumerate(row for row in visits if row["visit_ref"] and row["patient_number"] != "PN-SERIES-1"):
        if n < 10:
            when = datetime.fromisoformat(row["visited_at"]) + timedelta(minutes=11)
            new_visits.append(row | {"visit_ref": f"TV-NEW-{n:03d}", "visited_at": when.isoformat()})
        elif n < 15:
            changed_visits.append(row | {"triage_level": "1" if row["triage_level"] != "1" else "5"})
    # Two patients who have records: their rows in the facts carry patient_sex.
    with_records = {row["patient_number"] for row in records[-40:]}
    # The CSV spells sex several ways (M, male, Female, …): flip what it means.
    changed_patients = [
        row | {"sex": "F" if parse_sex(row["sex"]) == "M" else "M"}
        for row in patients
        if row["patient_number"] in with_records
    ][:2]
    write_csv(out / "medical_records.csv", new_records + changed_records, COLUMNS["medical_records"])
    write_csv(out / "triage_visits.csv", new_visits + changed_visits, COLUMNS["triage_visits"])
    write_csv(out / "patients.csv", changed_patients, COLUMNS["patients"])
    return {
        "record_refs": [row["record_ref"] for row in new_records + changed_records],
        "visit_refs": [row["visit_ref"] for row in new_visits + changed_visits],
        "diagnoses": {row["record_ref"]: row["diagnosis"] for row in changed_records},
        "patients": {row["patient_number"]: row["sex"] for row in changed_patients},
    }


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory, dbt_database_url: str, dbt_settings: Settings) -> Scenario:
    base = tmp_path_factory.mktemp("incremental")
    as_of = make_sample(base / "first", seed=23, patients=400, records=1000, triage=1000)
    dbt_vars = ["--vars", json.dumps({"as_of_date": as_of.isoformat()})]
    load_rows(dbt_database_url, base / "first", dbt_settings)
    # cautious: leave out tests that also need models outside the selection (dim_patients, …)
    selection = ["--select", "+fct_medical_records", "+fct_triage_visits", "--indirect-selection", "cautious"]
    first = run_dbt(["build", *selection, *dbt_vars], dbt_settings)
    assert first.success, first.error or [(node.unique_id, node.message) for node in first.failed]
    before = Snapshot.take(dbt_database_url)

    changes = _delta(base / "first", base / "delta")
    load_rows(dbt_database_url, base / "delta", dbt_settings)
    url = dbt_database_url
    with psycopg.connect(url, autocommit=True) as conn:
        # A record deleted at the source (as the API may do) must leave the fact as well.
        deleted = conn.execute(
            "delete from public.medical_records where id = (select max(id) from public.medical_records"
            " where record_ref is not null and not record_ref = any(%s)) returning id",
            (changes["record_refs"],),
        ).fetchone()[0]
        patient_ids = dict(
            conn.execute(
                "select id, sex from public.patients where patient_number = any(%s)", (list(changes["patients"]),)
            ).fetchall()
        )
        assert sorted(patient_ids.values()) == sorted(changes["patients"].values())  # the pipeline took them
        touched_records = {
            row_id
            for (row_id,) in conn.execute(
                "select id from public.medical_records where record_ref = any(%s) or patient_id = any(%s)",
                (changes["record_refs"], list(patient_ids)),
            )
        }
        touched_visits = {
            row_id
            for (row_id,) in conn.execute(
                "select id from public.triage_visits where visit_ref = any(%s) or patient_id = any(%s)",
                (changes["visit_refs"], list(patient_ids)),
            )
        }
        diagnoses = {
            row_id: changes["diagnoses"][ref]
            for row_id, ref in conn.execute(
                "select id, record_ref from public.medical_records where record_ref = any(%s)",
                (list(changes["diagnoses"]),),
            )
        }
    second = run_dbt(["run", "--select", *FACTS, *dbt_vars], dbt_settings)
    assert second.success, second.error or [(node.unique_id, node.message) for node in second.failed]
    after = Snapshot.take(dbt_database_url)
    refresh = run_dbt(["run", "--select", *FACTS, "--full-refresh", *dbt_vars], dbt_settings)
    assert refresh.success, refresh.error
    return Scenario(
        first_invocation=first.invocation_id or "",
        second_invocation=second.invocation_id or "",
        before=before,
        after=after,
        refreshed=Snapshot.take(dbt_database_url),
        expected_touched={"fct_medical_records": touched_records, "fct_triage_visits": touched_visits},
        deleted_record=deleted,
        changed_diagnoses=diagnoses,
        changed_sexes=patient_ids,
    )


@pytest.mark.parametrize("fact", FACTS)
def test_incremental_run_rewrites_exactly_the_new_and_changed_rows(scenario: Scenario, fact: str) -> None:
    touched = scenario.after.written_by(fact, scenario.second_invocation)
    expected = scenario.expected_touched[fact]
    assert touched == expected
    # ~1% new plus changed rows, and the rows of the two changed patients: a small slice of the fact.
    assert 15 <= len(touched) <= 0.05 * len(scenario.after.rows[fact])


@pytest.mark.parametrize("fact", FACTS)
def test_rows_left_alone_keep_their_first_write(scenario: Scenario, fact: str) -> None:
    untouched = scenario.after.rows[fact].keys() - scenario.expected_touched[fact]
    assert untouched
    for row_id in untouched:
        assert scenario.after.rows[fact][row_id] == scenario.before.rows[fact][row_id]
        assert scenario.after.rows[fact][row_id][2] == scenario.first_invocation != scenario.second_invocation


def test_changed_values_reach_the_facts(scenario: Scenario) -> None:
    records = scenario.after.rows["fct_medical_records"]
    assert scenario.changed_diagnoses
    for row_id, diagnosis in scenario.changed_diagnoses.items():
        assert records[row_id][0]["diagnosis"] == diagnosis
    rewritten_for_patients = 0
    for fact in FACTS:
        for content, _, _ in scenario.after.rows[fact].values():
            if content["patient_id"] in scenario.changed_sexes:
                assert content["patient_sex"] == scenario.changed_sexes[content["patient_id"]]
                rewritten_for_patients += 1
    assert rewritten_for_patients >= 2


def test_rows_deleted_at_the_source_leave_the_facts(scenario: Scenario) -> None:
    assert scenario.deleted_record in scenario.before.rows["fct_medical_records"]
    assert scenario.deleted_record not in scenario.after.rows["fct_medical_records"]


@pytest.mark.parametrize("fact", FACTS)
def test_incremental_result_equals_a_full_refresh(scenario: Scenario, fact: str) -> None:
    incremental = {row_id: content for row_id, (content, _, _) in scenario.after.rows[fact].items()}
    rebuilt = {row_id: content for row_id, (content, _, _) in scenario.refreshed.rows[fact].items()}
    assert incremental == rebuilt
