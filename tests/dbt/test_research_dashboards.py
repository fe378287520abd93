"""The research models behind the analysts' dashboards: research.triage_daily and research.facility_map.

Expected values come from the hand-made rows of dashboard_sample.py (worked out by hand) and, for
the whole generated sample, from a recount in Python over the production tables: the k rule, the
local day, the share and the terciles are implemented again here, not read from the models.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import psycopg
import pytest
from dashboard_sample import DAY, EXPECTED_DAILY, EXPECTED_MAP, FACILITIES, append_dashboard_rows
from dbt_testdata import LAGOS, PRIORITY, load_rows, make_sample

from elt.dbt_runner import DbtResult, run_dbt
from elt.settings import Settings

K = 5
DAILY_COLUMNS = ["id", "day", "priority", "facility_type", "state", "lga", "patient_count", "visit_count"]
MAP_COLUMNS = [
    "facility_id", "facility_name", "facility_type", "state", "lga", "latitude", "longitude", "visit_count",
    "record_count", "patient_count", "critical_high_share", "acuity_category", "volume_category",
]  # fmt: skip


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
    args = ["build", "--select", "+triage_daily", "+facility_map", "--indirect-selection", "cautious"]
    result = run_dbt(args, dbt_settings)
    assert result.success, result.error or [(node.unique_id, node.message) for node in result.failed]
    return result


def test_both_models_their_data_tests_and_unit_tests_pass(built: DbtResult) -> None:
    statuses = {node.name: node.status for node in built.nodes}
    assert statuses["triage_daily"] == statuses["facility_map"] == "success"
    assert [name for name in statuses if name.startswith("k_anonymous_triage_daily")]
    assert statuses["facility_map_releases_counts_for_k_people_only"] == "pass"
    assert statuses["daily_small_lga_cells_generalise_to_the_state_then_suppress"] == "pass"
    assert statuses["facility_map_withholds_small_facilities_and_classifies_the_rest"] == "pass"
    failing = {name: status for name, status in statuses.items() if status not in ("success", "pass")}
    assert not failing


@pytest.mark.parametrize(("table", "columns"), [("triage_daily", DAILY_COLUMNS), ("facility_map", MAP_COLUMNS)])
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


def expected_daily_release(url: str) -> dict[tuple, tuple[int, int]]:
    """The k rule again, in Python: LGA cells of at least K people stay, the rest merge into their
    state's cell, which is released when it holds K people. Days on the Lagos clock."""
    facilities = {
        row["id"]: row for row in rows_of(url, "select id, facility_category, state, lga from marts.dim_facilities")
    }
    visits: dict[tuple, int] = defaultdict(int)  # (day, priority, type, state, lga, person) -> visits
    for row in rows_of(url, "select patient_id, facility_id, triage_level, visited_at from public.triage_visits"):
        place = facilities[row["facility_id"]]
        day = row["visited_at"].astimezone(LAGOS).date()
        cell = (day, PRIORITY[str(row["triage_level"])], place["facility_category"], place["state"], place["lga"])
        visits[(*cell, row["patient_id"])] += 1
    people_in: dict[tuple, int] = defaultdict(int)
    for key in visits:
        people_in[key[:5]] += 1
    released: dict[tuple, tuple[set, int]] = {}
    for key, count in visits.items():
        cell = key[:5] if people_in[key[:5]] >= K else (*key[:4], None)
        people, total = released.get(cell, (set(), 0))
        released[cell] = (people | {key[5]}, total + count)
    return {cell: (len(people), total) for cell, (people, total) in released.items() if len(people) >= K}


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


# ------------------------------------------------------------------------------------ who reads them


@pytest.mark.parametrize("table", ["triage_daily", "facility_map"])
def test_the_analyst_role_reads_both_models_and_the_reporting_role_does_not(
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
