"""Benchmark: the facility list filters (part of LGA, type or name, any case) with and without the
trigram indexes of migration 0005.

    .venv/bin/python bench/facility_filters.py --per-lga 60

Creates its own database (default `medilink_bench_filters`) on the configured server, migrates it,
loads `--per-lga` facilities in each of the 774 LGAs (60: about 46,000, Nigeria's order of size), then
times each filter query as the API runs it (a page of 51 by id, and the capped count) with the
indexes, drops them, times again and checks that both runs returned the same rows. Prints the median
of `--repeat` runs per query and the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from elt.db import migrate  # noqa: E402 (the repo root must be importable first)
from elt.settings import get_settings  # noqa: E402

LOAD_SQL = """
insert into public.facilities (name, state, lga, type)
select
    (array['General Hospital', 'Primary Health Centre', 'Clinic', 'Teaching Hospital', 'Maternity Home'])[1 + g %% 5]
        || ' ' || l.lga || ' ' || g,
    l.state, l.lga,
    (array['General Hospital', 'Primary Health Centre', 'Clinic', 'Teaching Hospital', 'Maternity Home'])[1 + g %% 5]
from generate_series(1, %(per_lga)s) as g cross join etl.ref_lgas as l
"""
# (label, where clause, parameters): the API's `ILIKE '%…%'` filters (backend/api/facilities.py).
FILTERS = [
    ("type=hospital", "type ilike %s", ["%hospital%"]),
    ("lga=municipal", "lga ilike %s", ["%municipal%"]),
    ("lga=kej&type=Hospital", "lga ilike %s and type ilike %s", ["%kej%", "%hospital%"]),
    ("name=hospital ikeja", "name ilike %s", ["%hospital ikeja%"]),
]
INDEXES = ("facilities_name_trgm_idx", "facilities_lga_trgm_idx", "facilities_type_trgm_idx")


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def with_database(url: str, database: str) -> str:
    base, _, query = url.partition("?")
    return base.rsplit("/", 1)[0] + "/" + database + ("?" + query if query else "")


def timed(conn: psycopg.Connection, where: str, params: list[str], repeat: int) -> tuple[float, list]:
    page = f"select id from public.facilities where {where} order by id limit 51"
    count = f"select count(*) from (select 1 from public.facilities where {where} limit 10001) as capped"
    seconds, result = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        ids = [row[0] for row in conn.execute(page, params).fetchall()]
        total = conn.execute(count, params).fetchone()[0]
        seconds.append(time.perf_counter() - started)
        result = [ids, total]
    return statistics.median(seconds) * 1000, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-lga", type=int, default=60, help="facilities per LGA (default 60: ~46,000)")
    parser.add_argument("--repeat", type=int, default=15, help="runs per query (median reported)")
    parser.add_argument("--database", default="medilink_bench_filters", help="database to (re)create")
    args = parser.parse_args(argv)

    server = get_settings().libpq_url
    url = with_database(server, args.database)
    say(f"Creating database {args.database} and migrating it")
    with psycopg.connect(with_database(server, "postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(args.database)))
        conn.execute(sql.SQL("create database {}").format(sql.Identifier(args.database)))
    try:
        migrate.upgrade("postgresql+psycopg://" + url.split("://", 1)[1])
        with psycopg.connect(url, autocommit=True, cursor_factory=psycopg.ClientCursor) as conn:
            conn.execute(LOAD_SQL, {"per_lga": args.per_lga})
            conn.execute("vacuum analyze public.facilities")
            facilities = conn.execute("select count(*) from public.facilities").fetchone()[0]
            say(f"Loaded {facilities:,} facilities")
            with_index = {label: timed(conn, where, params, args.repeat) for label, where, params in FILTERS}
            for index in INDEXES:
                conn.execute(sql.SQL("drop index public.{}").format(sql.Identifier(index)))
            conn.execute("analyze public.facilities")
            without = {label: timed(conn, where, params, args.repeat) for label, where, params in FILTERS}
        print(f"{facilities:,} facilities; median of {args.repeat} (page of 51 + capped count), ms")
        print(f"{'filter':<26}{'trigram':>10}{'seq scan':>10}{'ratio':>8}")
        for label, _, _ in FILTERS:
            (fast, fast_rows), (slow, slow_rows) = with_index[label], without[label]
            if fast_rows != slow_rows:
                raise SystemExit(f"{label}: the indexed and unindexed queries disagree: {fast_rows} vs {slow_rows}")
            if fast_rows[1] == 0:
                raise SystemExit(f"{label}: matched nothing, so the timing says nothing")
            print(f"{label:<26}{fast:>10.2f}{slow:>10.2f}{slow / fast:>7.1f}x")
    finally:
        with psycopg.connect(with_database(server, "postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(args.database)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
