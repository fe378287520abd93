"""API benchmark: gunicorn on 127.0.0.1 against N patients, driven by a bounded load generator.

Scenarios (GET, admin token, per_page 50):
    list page 1          /api/v1/patients
    deep by cursor       /api/v1/patients?cursor=<position DEPTH>        keyset: constant cost
    deep by page number  /api/v1/patients?page=DEPTH/50+1                OFFSET: grows with depth
    get by id            /api/v1/patients/<random id>
    facility-stats       /api/v1/analytics/facility-stats

Patients are written with one INSERT … SELECT generate_series (then VACUUM ANALYZE) into a fresh
database: on an embedded PostgreSQL in a temporary folder by default, or, with --use-configured,
a new database `medilink_api_bench` on the configured server (dropped afterwards unless --keep).

The load generator is CONCURRENCY threads with keep-alive connections, each sending requests
back to back (a closed loop: at most CONCURRENCY requests in flight), timing each request from
send to last byte. It shares the machine's cores with gunicorn, so the numbers are conservative.
Target: p99 < 50 ms for cursor pages at any depth and for get by id.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from backend.cli import default_workers
from backend.clients import create_client
from backend.paging import CursorCodec
from elt.db import migrate
from elt.settings import PROJECT_ROOT, Settings
from elt.stack import Stack
from elt.stack.ports import free_port

BENCH_DB = "medilink_api_bench"
PER_PAGE = 50
TARGET_P99_MS = 50.0
FACILITIES = 1_000


@dataclass
class Result:
    name: str
    requests: int
    seconds: float
    latencies_ms: list[float]
    errors: int

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- database
@contextmanager
def bench_database(args: argparse.Namespace):
    """Yields the libpq URL of an empty database for the benchmark."""
    if args.use_configured:
        server = Settings().libpq_url
        base = server.rsplit("/", 1)[0]
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"drop database if exists {BENCH_DB} with (force)")
            conn.execute(f"create database {BENCH_DB}")
        try:
            yield f"{base}/{BENCH_DB}"
        finally:
            if not args.keep:
                with psycopg.connect(server, autocommit=True) as conn:
                    conn.execute(f"drop database if exists {BENCH_DB} with (force)")
        return
    home = Path(tempfile.mkdtemp(prefix="medilink-api-bench-"))
    stack = Stack(home, bucket="bench")
    say(f"Starting an embedded PostgreSQL in {home}")
    stack.up(postgres=True, s3=False)
    try:
        yield stack.postgres.url("medilink")
    finally:
        stack.down()
        if not args.keep:
            shutil.rmtree(home, ignore_errors=True)


def load(url: str, patients: int) -> None:
    """Schema, FACILITIES facilities and `patients` patients, written by the database itself."""
    say("Applying the migrations")
    migrate.upgrade("postgresql+psycopg://" + url.split("://", 1)[1])
    started = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        lgas = conn.execute("select state, lga from etl.ref_lgas order by state, lga").fetchall()
        say(f"Writing {FACILITIES:,} facilities and {patients:,} patients (generate_series)")
        with conn.cursor() as cursor:
            cursor.executemany(
                "insert into public.facilities (name, state, lga, type, facility_code) values (%s, %s, %s, %s, %s)",
                [
                    (f"Facility {i}", *lgas[i % len(lgas)], "Primary Health Centre", f"BENCH-{i:05d}")
                    for i in range(1, FACILITIES + 1)
                ],
            )
        conn.execute(
            "insert into public.patients (facility_id, patient_number, first_name, last_name, sex, dob, phone)"
            " select 1 + (g %% %s), 'P' || lpad(g::text, 8, '0'), 'First' || g, 'Last' || (g %% 5000),"
            "        (array['M', 'F', 'Other'])[1 + g %% 3], date '1940-01-01' + (g %% 30000),"
            "        '+23480' || lpad((g %% 100000000)::text, 8, '0')"
            " from generate_series(1, %s) as g",
            (FACILITIES, patients),
        )
        say("VACUUM ANALYZE")
        conn.execute("vacuum analyze")
    say(f"Loaded in {time.perf_counter() - started:.1f} s")


# ---------------------------------------------------------------- server
@contextmanager
def gunicorn(url: str, secret: str, workers: int, home: Path):
    port = free_port()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(PROJECT_ROOT),
        "MEDILINK_HOME": str(home),
        "DATABASE_URL": url,
        "API_JWT_SECRET": secret,
        "API_RATE_LIMIT_TOKEN": "1000 per minute",
    }
    command = [
        sys.executable, "-m", "gunicorn", "backend.wsgi:app",
        "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--log-level", "warning",
    ]  # fmt: skip
    say(f"Starting gunicorn with {workers} workers on 127.0.0.1:{port}")
    process = subprocess.Popen(command, env=env, cwd=home, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.3)
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(30)


def admin_token(url: str, port: int) -> str:
    engine = create_engine("postgresql+psycopg://" + url.split("://", 1)[1])
    with Session(engine) as session:
        client = create_client(session, "admin", name="bench")
    engine.dispose()
    body = json.dumps({"client_id": client.client_id, "client_secret": client.client_secret}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/auth/token", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
        return json.loads(response.read())["access_token"]


# ---------------------------------------------------------------- load
def run_scenario(name: str, port: int, token: str, paths: list[str], requests: int, concurrency: int) -> Result:
    """`requests` GETs over `concurrency` keep-alive connections; paths are taken round-robin."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    counter = iter(range(requests))
    headers = {"Authorization": f"Bearer {token}"}

    def worker() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        own: list[float] = []
        failed = 0
        while True:
            with lock:
                index = next(counter, None)
            if index is None:
                break
            started = time.perf_counter()
            conn.request("GET", paths[index % len(paths)], headers=headers)
            response = conn.getresponse()
            response.read()
            own.append((time.perf_counter() - started) * 1000)
            failed += response.status != 200
        conn.close()
        with lock:
            latencies.extend(own)
            errors += failed

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Result(name, requests, time.perf_counter() - started, latencies, errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=1_000_000, help="Patients to load (default 1,000,000).")
    parser.add_argument("--depth", type=int, default=500_000, help="Rows skipped by the deep pages.")
    parser.add_argument("--requests", type=int, default=2_000, help="Requests per scenario.")
    parser.add_argument("--concurrency", type=int, default=0, help="Client connections (0: the CPU count).")
    parser.add_argument("--workers", type=int, default=0, help="gunicorn workers (0: 2 × cores + 1, capped).")
    parser.add_argument("--use-configured", action="store_true", help="Use the configured PostgreSQL server.")
    parser.add_argument("--keep", action="store_true", help="Keep the benchmark database afterwards.")
    parser.add_argument("--json", action="store_true", help="Print the results as JSON.")
    args = parser.parse_args()
    if args.patients < 2 * PER_PAGE:
        parser.error("--patients must be at least 100")
    depth = min(args.depth, args.patients - PER_PAGE)
    concurrency = args.concurrency or (os.cpu_count() or 1)
    workers = args.workers or default_workers()
    secret = secrets.token_urlsafe(48)

    with bench_database(args) as url, tempfile.TemporaryDirectory() as home:
        load(url, args.patients)
        with psycopg.connect(url) as conn:
            ids = [row[0] for row in conn.execute("select id from public.patients order by id")]
        cursor = CursorCodec(secret).encode([ids[depth - 1]])  # the page after row `depth`
        rng = random.Random(42)
        scenarios = {
            "list page 1": [f"/api/v1/patients?per_page={PER_PAGE}"],
            f"deep by cursor ({depth:,})": [f"/api/v1/patients?per_page={PER_PAGE}&cursor={cursor}"],
            f"deep by page ({depth:,})": [f"/api/v1/patients?per_page={PER_PAGE}&page={depth // PER_PAGE + 1}"],
            "get by id": [f"/api/v1/patients/{rng.choice(ids)}" for _ in range(5_000)],
            "facility-stats": ["/api/v1/analytics/facility-stats"],
        }
        results: list[Result] = []
        with gunicorn(url, secret, workers, Path(home)) as port:
            token = admin_token(url, port)
            for name, paths in scenarios.items():
                say(f"Running {name}")
                run_scenario(name, port, token, paths, min(50, args.requests), concurrency)  # warm-up
                results.append(run_scenario(name, port, token, paths, args.requests, concurrency))

    report(results, args.patients, workers, concurrency, args.json)


def report(results: list[Result], patients: int, workers: int, concurrency: int, as_json: bool) -> None:
    rows = [
        {
            "scenario": r.name,
            "requests": r.requests,
            "errors": r.errors,
            "req_per_s": round(r.rps, 1),
            "p50_ms": round(r.percentile(0.50), 2),
            "p99_ms": round(r.percentile(0.99), 2),
            "mean_ms": round(statistics.fmean(r.latencies_ms), 2) if r.latencies_ms else None,
        }
        for r in results
    ]
    if as_json:
        print(json.dumps({"patients": patients, "workers": workers, "concurrency": concurrency, "results": rows}))
        return
    print(f"\n{patients:,} patients, gunicorn {workers} workers, {concurrency} client connections, loopback\n")
    print(f"{'scenario':<28} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for row in rows:
        print(
            f"{row['scenario']:<28} {row['requests']:>8} {row['errors']:>6} {row['req_per_s']:>8} "
            f"{row['p50_ms']:>8} {row['p99_ms']:>8}"
        )
    for row in rows:
        if row["scenario"].startswith(("deep by cursor", "get by id")):
            verdict = "meets" if row["p99_ms"] < TARGET_P99_MS else "MISSES"
            print(f"{row['scenario']}: p99 {row['p99_ms']} ms {verdict} the {TARGET_P99_MS:.0f} ms target")


if __name__ == "__main__":
    main()
