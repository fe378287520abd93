"""`dbt build` on a loaded sample, checked against values computed in Python from the same CSVs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import psycopg
import pytest
import typer
from dbt_testdata import SERIES_MOVING_AVERAGE, Sample, load_rows, make_sample
from psycopg.conninfo import conninfo_to_dict
from typer.testing import CliRunner

from elt.cli.dbt import register
from elt.dbt_runner import DbtResult, paths, run_dbt
from elt.settings import Settings, get_settings

pytestmark = pytest.mark.pg_compat  # the marts must build on PostgreSQL 14+ too

STAGING_VIEWS = {
    "stg_states",
    "stg_facilities",
    "stg_patients",
    "stg_workers",
    "stg_medical_records",
    "stg_triage_visits",
}
MART_TABLES = {
    "dim_facilities",
    "dim_patients",
    "dim_workers",
    "fct_medical_records",
    "fct_triage_visits",
    "patient_summary",
    "facility_performance",
    "triage_trends",
    "condition_analysis",
    "data_quality_daily",
    "patient_facility_diagnoses",
}
RESEARCH_TABLES = {
    "patient_episodes", "condition_counts", "triage_counts", "facility_activity",
    "triage_daily", "facility_map", "condition_profile",
}  # fmt: skip
UNIT_TESTS = {
    "age_group_bands_by_birthday",
    "triage_priority_mapping",
    "medications_from_array_or_text",
    "triage_moving_average_7d",
    "triage_week_over_week_growth",
    "triage_visit_local_time_buckets_and_age_at_visit",
    "patient_recent_conditions_and_engagement_level",
    "facility_acuity_category_bands",
    "research_age_bands_put_everyone_90_and_over_in_one_band",
    "small_lga_cells_generalise_to_the_state_then_suppress",
    "daily_small_lga_cells_generalise_to_the_state_then_suppress",
    "facility_map_withholds_small_facilities_and_classifies_the_rest",
    "condition_profile_counts_people_over_all_months_then_applies_k",
}
LAYER_TAGS = {
    "staging": STAGING_VIEWS,
    "core": {"dim_facilities", "dim_patients", "dim_workers", "fct_medical_records", "fct_triage_visits"},
    "clinical": {"patient_summary", "facility_performance"},
    "analytics": {"triage_trends", "condition_analysis"},
}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, date]:
    out = tmp_path_factory.mktemp("dbt-sample")
    as_of = make_sample(out, seed=11, patients=600, records=1500, triage=1500)
    return out, as_of


@pytest.fixture(scope="module")
def built(sample: tuple[Path, date], dbt_database_url: str, dbt_settings: Settings) -> DbtResult:
    csv_dir, as_of = sample
    load_rows(dbt_database_url, csv_dir, dbt_settings)
    return run_dbt(["build", "--vars", json.dumps({"as_of_date": as_of.isoformat()})], dbt_settings)


@pytest.fixture(scope="module")
def expected(sample: tuple[Path, date]) -> Sample:
    return Sample(sample[0])


def query(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return conn.execute(sql, params).fetchall()


def test_build_runs_every_model_test_and_unit_test_successfully(built: DbtResult) -> None:
    assert built.success, built.error or [(node.unique_id, node.message) for node in built.failed]
    models = {node.name for node in built.nodes if node.resource_type == "model"}
    assert models == STAGING_VIEWS | MART_TABLES | RESEARCH_TABLES
    unit_tests = {node.name: node.status for node in built.nodes if node.resource_type == "unit_test"}
    assert unit_tests == dict.fromkeys(UNIT_TESTS, "pass")
    data_tests = [node for node in built.nodes if node.resource_type == "test"]
    assert len(data_tests) > 100
    assert {node.status for node in data_tests} == {"pass"}


def test_models_land_in_the_staging_and_marts_schemas(built: DbtResult, dbt_database_url: str) -> None:
    rows = query(
        dbt_database_url,
        "select table_schema, table_name, table_type from information_schema.tables"
        " where table_schema in ('staging', 'marts') or table_schema like '%%\\_staging'"
        " or table_schema like '%%\\_marts'",
    )
    views = {name for schema, name, kind in rows if schema == "staging" and kind == "VIEW"}
    tables = {name for schema, name, kind in rows if schema == "marts" and kind == "BASE TABLE"}
    assert views == STAGING_VIEWS
    assert tables == MART_TABLES
    assert {schema for schema, _, _ in rows} <= {"staging", "marts"}


def test_patient_counts_per_facility_match_the_csv(built: DbtResult, dbt_database_url: str, expected: Sample) -> None:
    counts = dict(query(dbt_database_url, "select facility_code, patient_count from marts.dim_facilities"))
    want = {row["facility_code"]: 0 for row in expected.facilities} | expected.patients_per_facility()
    assert counts == want
    assert sum(counts.values()) == len(expected.patients)


def test_age_group_counts_match_ages_computed_from_the_csv(
    built: DbtResult, dbt_database_url: str, expected: Sample, sample: tuple[Path, date]
) -> None:
    counts = dict(query(dbt_database_url, "select age_group, count(*) from marts.dim_patients group by 1"))
    want = expected.age_group_counts(sample[1])
    assert counts == want
    assert len(want) >= 4  # the sample spans infants to seniors, so the bands are really exercised


def test_triage_priority_counts_per_day_match_the_csv(
    built: DbtResult, dbt_database_url: str, expected: Sample
) -> None:
    rows = query(
        dbt_database_url,
        "select visit_date, priority, sum(visit_count)::int from marts.triage_trends group by 1, 2",
    )
    assert {(day, priority): count for day, priority, count in rows} == expected.priority_counts_per_day()


def test_seven_day_moving_average_of_a_hand_made_series(built: DbtResult, dbt_database_url: str) -> None:
    rows = query(
        dbt_database_url,
        "select t.visit_date, t.moving_avg_7d from marts.triage_trends as t"
        " join marts.dim_facilities as f on f.id = t.facility_id"
        " where f.facility_code = 'NHFR-SERIES-1' and t.priority = 'Medium'",
    )
    averages = {day: float(value) for day, value in rows}
    assert averages.keys() == SERIES_MOVING_AVERAGE.keys()
    for day, value in SERIES_MOVING_AVERAGE.items():
        assert averages[day] == pytest.approx(value, abs=5e-5), day


def test_top_conditions_per_state_match_the_csv(built: DbtResult, dbt_database_url: str, expected: Sample) -> None:
    rows = query(
        dbt_database_url,
        "select state, condition_key from marts.condition_analysis"
        " where breakdown = 'state' and frequency_rank <= 3 order by state, frequency_rank",
    )
    top: dict[str, list[str]] = {}
    for state, condition in rows:
        top.setdefault(state, []).append(condition)
    assert top == expected.top_conditions_per_state(3)


def test_models_carry_the_documents_layer_tags(built: DbtResult, dbt_settings: Settings) -> None:
    manifest = json.loads((paths(dbt_settings)["target"] / "manifest.json").read_text())
    tagged: dict[str, set[str]] = {}
    for node in manifest["nodes"].values():
        if node["resource_type"] == "model" and node["package_name"] == "medilink":
            for tag in node["tags"]:
                tagged.setdefault(tag, set()).add(node["name"])
    for tag, models in LAYER_TAGS.items():
        assert models <= tagged.get(tag, set()), tag


def test_select_tag_core_runs_exactly_the_core_models(built: DbtResult, dbt_settings: Settings, sample) -> None:
    result = run_dbt(
        ["run", "--select", "tag:core", "--vars", json.dumps({"as_of_date": sample[1].isoformat()})], dbt_settings
    )
    assert result.success, result.error
    assert {node.name for node in result.nodes} == LAYER_TAGS["core"]


def test_facility_acuity_category_matches_the_mean_triage_level_in_the_csv(
    built: DbtResult, dbt_database_url: str, expected: Sample
) -> None:
    rows = query(
        dbt_database_url,
        "select f.facility_code, p.acuity_category from marts.facility_performance as p"
        " join marts.dim_facilities as f on f.id = p.facility_id",
    )
    # The sample's levels average near 3 (mostly Medium); the unit test facility_acuity_category_bands
    # pins every band and both edges.
    assert dict(rows) == expected.acuity_per_facility()


def test_patient_summary_carries_recent_conditions_and_the_engagement_score(
    built: DbtResult, dbt_database_url: str
) -> None:
    mismatched = query(
        dbt_database_url,
        "select count(*) from marts.patient_summary as s join marts.dim_patients as d on d.id = s.patient_id"
        " where s.engagement_score is distinct from d.engagement_score",
    )
    assert mismatched == [(0,)]
    (with_conditions, longest) = query(
        dbt_database_url,
        "select count(*) filter (where cardinality(recent_conditions) > 0), max(cardinality(recent_conditions))"
        " from marts.patient_summary",
    )[0]
    assert with_conditions > 0 and longest <= 3


def test_facts_hold_one_row_per_source_row(built: DbtResult, dbt_database_url: str, expected: Sample) -> None:
    (visits,) = query(dbt_database_url, "select count(*) from marts.fct_triage_visits")[0]
    (records, sources) = query(
        dbt_database_url,
        "select (select count(*) from marts.fct_medical_records), (select count(*) from public.medical_records)",
    )[0]
    assert visits == len(expected.triage)
    assert records == sources > 0


def test_docs_generate_writes_a_catalog_of_every_model(built: DbtResult, dbt_settings: Settings) -> None:
    result = run_dbt(["docs", "generate"], dbt_settings)
    assert result.success, result.error
    target = paths(dbt_settings)["target"]
    catalog = json.loads((target / "catalog.json").read_text())
    documented = {key.rsplit(".", 1)[1] for key in catalog["nodes"] if key.startswith("model.")}
    assert documented == STAGING_VIEWS | MART_TABLES | RESEARCH_TABLES
    assert "engagement_score" in catalog["nodes"]["model.medilink.dim_patients"]["columns"]
    assert (target / "index.html").stat().st_size > 0


def test_sources_are_fresh_right_after_a_load(built: DbtResult, dbt_settings: Settings) -> None:
    result = run_dbt(["source", "freshness"], dbt_settings)
    assert result.success, result.error
    checked = {node.name: node.status for node in result.nodes}
    assert checked == dict.fromkeys(("facilities", "patients", "workers", "medical_records", "triage_visits"), "pass")


def test_cli_passes_extra_arguments_through_to_dbt(
    built: DbtResult,
    dbt_settings: Settings,
    sample: tuple[Path, date],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = typer.Typer()
    register(app)
    monkeypatch.setenv("DATABASE_URL", dbt_settings.libpq_url)
    monkeypatch.setenv("MEDILINK_HOME", str(dbt_settings.medilink_home))
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        vars_ok = json.dumps({"as_of_date": sample[1].isoformat()})
        passed = runner.invoke(app, ["dbt", "test", "--select", "stg_patients", "--vars", vars_ok])
        assert passed.exit_code == 0, passed.output
        assert "dbt test --select stg_patients" in passed.output
        # A bad --vars value reaches dbt (and fails compilation there): the command exits 1.
        failed = runner.invoke(app, ["dbt", "run", "--select", "stg_patients", "--vars", '{"as_of_date": "soon"}'])
        assert failed.exit_code == 1
        assert "FAILED" in failed.output
    finally:
        get_settings.cache_clear()


def test_cli_groups_run_test_build_and_docs_with_help() -> None:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["dbt", "--help"])
    assert result.exit_code == 0
    for command in ("run", "test", "build", "docs"):
        assert command in result.output


@pytest.mark.needs_password
def test_no_password_reaches_dbt_logs_or_artifacts(built: DbtResult, dbt_settings: Settings) -> None:
    password = conninfo_to_dict(dbt_settings.libpq_url).get("password")
    assert password, "the test server uses password authentication"
    written = [path for path in Path(dbt_settings.medilink_home, "dbt").rglob("*") if path.is_file()]
    assert any(path.name == "dbt.log" for path in written)
    for path in written:
        assert password.encode() not in path.read_bytes(), path
