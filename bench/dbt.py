"""Benchmark: a full dbt build against an incremental run after ~1% new and changed rows.

    .venv/bin/python bench/dbt.py --patients 1000000

Creates its own database (default `medilink_bench`) on the configured server (`medilink stack
up` or DATABASE_URL / POSTGRES_*), migrates it, fills the production tables with generate_series
SQL (2 medical records and 1.5 triage visits per patient, 1 facility per 1,000 patients), then:

  1. full build:       dbt run --full-refresh   (every model, facts rebuilt from scratch)
  2. changes:          +1% medical records and triage visits, 0.5% of each updated, 0.05% of
                       patients updated (their facts are rewritten too)
  3. incremental run:  dbt run                  (facts take only new and changed rows)

and prints the seconds of each and the ratio, for the whole project and for the two facts alone
(the incremental models; the other marts are tables rebuilt on every run by design). The SQL
is inline because the bench is one file.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this file's folder comes first on sys.path and this file would shadow the
# real `dbt` package: swap that entry for the repo root.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)
sys.path.insert(0, str(ROOT))

from elt.db import migrate  # noqa: E402 (the repo root must be importable first)
from elt.dbt_runner import DbtResult, run_dbt  # noqa: E402
from elt.settings import get_settings  # noqa: E402

FACTS = ("fct_medical_records", "fct_triage_visits")
TARGET_RATIO = 0.15

# Deterministic pseudo-random picks: pg_temp.pick(i, salt, n) is a stable integer in [0, n) per row.
# The statements run client-side bound (psycopg's ClientCursor), hence %% for a literal %.
LOAD_SQL = """
create or replace function pg_temp.pick(i bigint, salt int, n int) returns int
    language sql immutable
    return (hashint8(i * 31 + salt)::bigint & 2147483647) %% n;

insert into public.facilities (name, state, lga, type, lat, lon, facility_code, ownership)
select
    (array['Primary Health Centre', 'General Hospital', 'Private Clinic', 'Maternity Home',
           'Specialist Hospital', 'Teaching Hospital'])[1 + pg_temp.pick(f, 1, 6)] || ' ' || l.lga || ' ' || f,
    l.state, l.lga,
    (array['Primary Health Centre', 'General Hospital', 'Private Clinic', 'Maternity Home',
           'Specialist Hospital', 'Teaching Hospital'])[1 + pg_temp.pick(f, 1, 6)],
    6 + pg_temp.pick(f, 2, 700) / 100.0, 4 + pg_temp.pick(f, 3, 900) / 100.0,
    'BENCH-' || lpad(f::text, 6, '0'), 'public'
from generate_series(1, %(facilities)s) as f
join (select row_number() over (order by state, lga) as n, state, lga from etl.ref_lgas) as l
    on l.n = 1 + (f - 1) %% 774;

insert into public.patients (facility_id, patient_number, first_name, last_name, sex, dob, phone)
select
    1 + (p - 1) %% %(facilities)s,
    'PN-' || p,
    (array['Ngozi', 'Emeka', 'Aisha', 'Musa', 'Funke', 'Tunde', 'Grace', 'John'])[1 + pg_temp.pick(p, 4, 8)],
    (array['Okafor', 'Bello', 'Adeyemi', 'Eze', 'Usman', 'Okon'])[1 + pg_temp.pick(p, 5, 6)],
    (array['M', 'F'])[1 + pg_temp.pick(p, 6, 2)],
    date '1935-01-01' + pg_temp.pick(p, 7, 32000),
    case when pg_temp.pick(p, 8, 10) < 8 then '+234803' || lpad(pg_temp.pick(p, 9, 10000000)::text, 7, '0') end
from generate_series(1, %(patients)s) as p;

insert into public.workers (facility_id, staff_number, first_name, last_name, cadre, active)
select
    1 + (w - 1) %% %(facilities)s, 'SN-' || w, 'Worker', 'No' || w,
    (array['doctor', 'nurse', 'midwife', 'community health extension worker', 'pharmacist',
           'laboratory scientist', 'other'])[1 + pg_temp.pick(w, 10, 7)],
    pg_temp.pick(w, 11, 10) < 9
from generate_series(1, %(workers)s) as w;
"""

# Records and visits: `offset` lets the change step append more with fresh references.
CHILDREN_SQL = """
create or replace function pg_temp.pick(i bigint, salt int, n int) returns int
    language sql immutable
    return (hashint8(i * 31 + salt)::bigint & 2147483647) %% n;

insert into public.medical_records (patient_id, facility_id, record_type, record_ref, recorded_at, data)
select
    patient_id, 1 + (patient_id - 1) %% %(facilities)s,
    (array['Consultation', 'Lab Result', 'Prescription', 'Immunization', 'Admission', 'Discharge',
           'Referral'])[1 + pg_temp.pick(r, 12, 7)],
    'MR-' || r,
    now() - make_interval(secs => pg_temp.pick(r, 13, 34560000)),
    jsonb_build_object(
        'diagnosis', (array['Malaria', 'Typhoid fever', 'Hypertension', 'Type 2 diabetes mellitus',
                            'Pneumonia', 'Gastroenteritis'])[1 + c],
        'icd10_code', (array['B54', 'A01.0', 'I10', 'E11.9', 'J18.9', 'A09'])[1 + c],
        'treatment', 'Standard care',
        'medications', 'Paracetamol 1g TDS; ORS sachets')
from (
    select r, 1 + pg_temp.pick(r, 14, %(patients)s) as patient_id, pg_temp.pick(r, 15, 6) as c
    from generate_series(%(offset)s + 1, %(offset)s + %(records)s) as r
) as picked;

insert into public.triage_visits (patient_id, facility_id, visit_ref, triage_level, likely_conditions,
                                  recommendations, language, visited_at)
select
    patient_id, 1 + (patient_id - 1) %% %(facilities)s, 'TV-' || v,
    (array[1, 2, 2, 3, 3, 3, 4, 4, 4, 5])[1 + pg_temp.pick(v, 16, 10)],
    array[(array['Malaria', 'Typhoid fever', 'Pneumonia', 'Hypertension', 'Anaemia',
                 'Sepsis'])[1 + pg_temp.pick(v, 17, 6)],
          (array['Dehydration', 'Malaria', 'Diabetes'])[1 + pg_temp.pick(v, 18, 3)]],
    array['Drink plenty of fluids', 'Return if symptoms worsen'],
    (array['en', 'ha', 'yo', 'ig', 'pcm'])[1 + pg_temp.pick(v, 19, 5)],
    now() - make_interval(secs => pg_temp.pick(v, 20, 34560000))
from (
    select v, 1 + pg_temp.pick(v, 21, %(patients)s) as patient_id
    from generate_series(%(offset)s + 1, %(offset)s + %(visits)s) as v
) as picked;
"""

UPDATE_SQL = """
update public.medical_records
set data = data || '{"treatment": "Reviewed"}', updated_at = now()
where id %% 200 = 7;

update public.triage_visits
set triage_level = 6 - triage_level, updated_at = now()
where id %% 200 = 11;

update public.patients
set last_name = last_name || '-Updated', updated_at = now()
where id %% 2000 = 13;
"""

TABLES = ("facilities", "patients", "workers", "medical_records", "triage_visits")


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def with_database(url: str, database: str) -> str:
    base, _, query = url.partition("?")
    return base.rsplit("/", 1)[0] + "/" + database + ("?" + query if query else "")


def execute(url: str, statements: str, params: dict) -> None:
    with psycopg.connect(url, autocommit=True, cursor_factory=psycopg.ClientCursor) as conn:
        conn.execute(statements, params)
        for table in TABLES:
            conn.execute(sql.SQL("vacuum analyze public.{}").format(sql.Identifier(table)))


def timed_dbt(args: list[str], settings) -> tuple[float, DbtResult]:
    started = time.perf_counter()
    result = run_dbt(args, settings)
    elapsed = time.perf_counter() - started
    if not result.success:
        failed = "; ".join(f"{node.name}: {node.message}" for node in result.failed)
        raise SystemExit(f"dbt {' '.join(args)} failed: {result.error or failed}")
    return elapsed, result


def facts_seconds(result: DbtResult) -> float:
    return sum(node.execution_time for node in result.nodes if node.name in FACTS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=1_000_000, help="patients to generate (default 1,000,000)")
    parser.add_argument("--database", default="medilink_bench", help="database to (re)create for the run")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards (default: drop it)")
    args = parser.parse_args(argv)
    if args.patients < 1000:
        parser.error("--patients must be at least 1000")

    settings = get_settings()
    server = settings.libpq_url
    url = with_database(server, args.database)
    sizes = {
        "patients": args.patients,
        "facilities": max(50, args.patients // 1000),
        "workers": args.patients // 20,
        "records": 2 * args.patients,
        "visits": args.patients * 3 // 2,
    }
    bench_settings = settings.model_copy(
        update={"database_url": url, "medilink_home": Path(settings.medilink_home) / "bench"}
    )

    say(f"Creating database {args.database} and migrating it")
    with psycopg.connect(with_database(server, "postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(args.database)))
        conn.execute(sql.SQL("create database {}").format(sql.Identifier(args.database)))
    try:
        migrate.upgrade("postgresql+psycopg://" + url.split("://", 1)[1])
        started = time.perf_counter()
        say(f"Generating {sizes['patients']:,} patients, {sizes['records']:,} records, {sizes['visits']:,} visits")
        execute(url, LOAD_SQL, sizes)
        execute(url, CHILDREN_SQL, sizes | {"offset": 0})
        say(f"  loaded in {time.perf_counter() - started:.0f} s")

        say("Full build: dbt run --full-refresh")
        full, full_result = timed_dbt(["run", "--full-refresh", "--quiet"], bench_settings)
        say(f"  {full:.1f} s")

        extra = {"records": sizes["records"] // 100, "visits": sizes["visits"] // 100}
        say(f"Changes: +{extra['records']:,} records, +{extra['visits']:,} visits, 0.5% of each updated")
        execute(url, CHILDREN_SQL, sizes | extra | {"offset": sizes["records"] + sizes["visits"]})
        execute(url, UPDATE_SQL, {})

        say("Incremental run: dbt run")
        incremental, incremental_result = timed_dbt(["run", "--quiet"], bench_settings)
        say(f"  {incremental:.1f} s")
    finally:
        if not args.keep:
            with psycopg.connect(with_database(server, "postgres"), autocommit=True) as conn:
                conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(args.database)))

    full_facts, incremental_facts = facts_seconds(full_result), facts_seconds(incremental_result)
    facts_ratio = incremental_facts / full_facts
    print(f"patients:                   {args.patients:,}")
    print(f"full build (all models):    {full:8.1f} s")
    print(f"incremental run:            {incremental:8.1f} s   ratio {incremental / full:.1%}")
    print(f"facts, full build:          {full_facts:8.1f} s")
    print(f"facts, incremental run:     {incremental_facts:8.1f} s   ratio {facts_ratio:.1%}")
    verdict = "met" if facts_ratio <= TARGET_RATIO else "missed"
    print(f"target (incremental facts <= {TARGET_RATIO:.0%} of full): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
