"""API benchmark: gunicorn on 127.0.0.1 with auth and audit on, each read route against /health.

Data: FACILITIES facilities, N patients (default 1,000,000) and N/5 medical records and triage
visits, written by the database itself (INSERT … SELECT generate_series, then VACUUM ANALYZE) into a
fresh database: an embedded PostgreSQL in a temporary folder by default or, with --use-configured,
a new database on the configured server (dropped afterwards unless --keep).

Scenarios (GET, admin token, per_page 50), each with the share of /health's req/s it must reach:
    /health                       the baseline: framework + one SELECT 1, no auth, no audit
    facility by id                /api/v1/facilities/3 (no audit; shown, no target)
    patient / record / visit by id  random ids                                     ≥ 85 %
    list page 1                   /api/v1/patients                                  ≥ 70 %
    facility filter               /api/v1/patients?facility_id=7                    ≥ 70 %
    cursor DEPTH deep             /api/v1/patients?cursor=<position DEPTH>          ≥ 70 %
and p99 ≤ TARGET_P99_MS for every scenario with a target.

Load: a closed loop over CONCURRENCY keep-alive connections (at most that many requests in flight),
driven by `wrk` when it is installed, else by threads in this process. Scenarios run in ROUNDS
interleaved rounds of SECONDS each, so noise from other work on the machine falls on all of them
alike; each scenario starts with a fresh token. Any failed or non-2xx response voids the run: the
report then says NO VERDICT and the exit status is 2. A missed target exits 1.
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
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
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

PER_PAGE = 50
TARGET_P99_MS = 25.0
ID_SHARE = 0.85
LIST_SHARE = 0.70
FACILITIES = 1_000
QUANTILES = 1000  # wrk reports this many latency quantiles per run; rounds are pooled from them

WRK_SCRIPT = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  paths = {}
  for line in io.lines(args[1]) do table.insert(paths, line) end
  position = math.random(#paths)
  bad = 0
end
function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end
function response(status, headers, body)
  if status < 200 or status > 299 then bad = bad + 1 end
end
function done(summary, latency, requests)
  local non2xx = 0
  for _, thread in ipairs(threads) do non2xx = non2xx + thread:get("bad") end
  local e = summary.errors
  io.write(string.format('MEDILINK {"requests":%d,"duration_us":%d,"failed":%d,"non2xx":%d,"quantiles_us":[',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, non2xx))
  for q = 1, QUANTILES do
    if q > 1 then io.write(",") end
    io.write(string.format("%d", latency:percentile(q * 100.0 / QUANTILES)))
  end
  io.write("]}\\n")
end
""".replace("QUANTILES", str(QUANTILES))


@dataclass
class Scenario:
    name: str
    paths: list[str]
    share: float | None  # the share of /health req/s it must reach; None: shown only
    auth: bool = True


@dataclass
class Result:
    """One scenario's requests over all rounds."""

    name: str
    requests: int = 0
    seconds: float = 0.0
    failed: int = 0  # connection errors and timeouts
    non2xx: int = 0
    samples: list[tuple[float, float]] = field(default_factory=list)  # (latency ms, weight)

    def add(self, requests: int, seconds: float, failed: int, non2xx: int, latencies_ms: list[float]) -> None:
        self.requests += requests
        self.seconds += seconds
        self.failed += failed
        self.non2xx += non2xx
        if latencies_ms:
            weight = requests / len(latencies_ms)
            self.samples.extend((latency, weight) for latency in latencies_ms)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        ordered = sorted(self.samples)
        total = sum(weight for _, weight in ordered)
        seen = 0.0
        for latency, weight in ordered:
            seen += weight
            if seen >= share * total:
                return latency
        return float("nan")


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- database
@contextmanager
def bench_database(args: argparse.Namespace):
    """Yields the libpq URL of an empty database for the benchmark."""
    if args.use_configured:
        server = Settings().libpq_url
        base = server.rsplit("/", 1)[0]
        name = f"medilink_api_bench_{os.getpid()}"
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"create database {name}")
        try:
            yield f"{base}/{name}"
        finally:
            if not args.keep:
                with psycopg.connect(server, autocommit=True) as conn:
                    conn.execute(f"drop database if exists {name} with (force)")
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


def load(url: str, patients: int) -> int:
    """Schema, facilities, patients, and patients/5 medical records and triage visits; returns that count."""
    say("Applying the migrations")
    migrate.upgrade("postgresql+psycopg://" + url.split("://", 1)[1])
    events = max(1, patients // 5)
    started = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        lgas = conn.execute("select state, lga from etl.ref_lgas order by state, lga").fetchall()
        say(f"Writing {FACILITIES:,} facilities, {patients:,} patients, {events:,} records and visits")
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
        # patient p belongs to facility 1 + (p % FACILITIES); records and visits follow their patient
        conn.execute(
            "insert into public.medical_records (patient_id, facility_id, record_type, record_ref, recorded_at, data)"
            " select p, 1 + (p %% %s), 'Consultation', 'R' || g, timestamptz '2024-01-01' + g * interval '1 minute',"
            "        jsonb_build_object('diagnosis', 'Malaria', 'icd10_code', 'B54', 'treatment', 'ACT',"
            "                           'notes', 'Review in two weeks')"
            " from generate_series(1, %s) as g, lateral (select 1 + (g * 7919) %% %s as p) as chosen",
            (FACILITIES, events, patients),
        )
        conn.execute(
            "insert into public.triage_visits (patient_id, facility_id, visit_ref, triage_level, likely_conditions,"
            "                                  recommendations, language, visited_at)"
            " select p, 1 + (p %% %s), 'V' || g, 1 + g %% 5, array['Malaria', 'Typhoid fever'],"
            "        array['Rest', 'Fluids'], 'en', timestamptz '2024-01-01' + g * interval '1 minute'"
            " from generate_series(1, %s) as g, lateral (select 1 + (g * 7919) %% %s as p) as chosen",
            (FACILITIES, events, patients),
        )
        say("VACUUM ANALYZE")
        conn.execute("vacuum analyze")
    say(f"Loaded in {time.perf_counter() - started:.1f} s")
    return events


# ---------------------------------------------------------------- server
@contextmanager
def gunicorn(url: str, secret: str, workers: int, home: Path, extra_env: dict[str, str]):
    port = free_port()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(PROJECT_ROOT),
        "MEDILINK_HOME": str(home),
        "DATABASE_URL": url,
        "API_JWT_SECRET": secret,
        # the benchmark measures cost, not the limiter's verdicts: limits far above what it sends
        "API_RATE_LIMIT_TOKEN": "100000 per minute",
        "API_RATE_LIMIT_DEFAULT": "10000000 per minute",
        **extra_env,
    }
    command = [
        sys.executable, "-m", "gunicorn", "backend.wsgi:app",
        "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--log-level", "warning",
    ]  # fmt: skip
    say(f"Starting gunicorn with {workers} workers on 127.0.0.1:{port} ({PROJECT_ROOT})")
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


def admin_credentials(url: str) -> tuple[str, str]:
    engine = create_engine("postgresql+psycopg://" + url.split("://", 1)[1])
    with Session(engine) as session:
        client = create_client(session, "admin", name="bench")
    engine.dispose()
    return client.client_id, client.client_secret


def fresh_token(port: int, credentials: tuple[str, str]) -> str:
    body = json.dumps({"client_id": credentials[0], "client_secret": credentials[1]}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/auth/token", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
        return json.loads(response.read())["access_token"]


# ---------------------------------------------------------------- load
def run_wrk(port: int, headers: dict[str, str], paths: list[str], seconds: float, concurrency: int, work: Path):
    """(requests, seconds, failed, non2xx, latencies in ms) of one wrk run."""
    script, path_file = work / "bench.lua", work / "paths.txt"
    script.write_text(WRK_SCRIPT)
    path_file.write_text("\n".join(paths) + "\n")
    command = ["wrk", "-t", str(min(2, concurrency)), "-c", str(concurrency), "-d", f"{seconds:g}s", "--timeout", "10s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    command += ["-s", str(script), f"http://127.0.0.1:{port}", "--", str(path_file)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("MEDILINK "))
    summary = json.loads(line.removeprefix("MEDILINK "))
    latencies = [value / 1000 for value in summary["quantiles_us"]]
    return summary["requests"], summary["duration_us"] / 1e6, summary["failed"], summary["non2xx"], latencies


def run_threads(port: int, headers: dict[str, str], paths: list[str], seconds: float, concurrency: int, _work: Path):
    """The same closed loop without wrk: CONCURRENCY threads with keep-alive connections."""
    latencies: list[float] = []
    counts = {"failed": 0, "non2xx": 0}
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker(offset: int) -> None:
        own: list[float] = []
        failed = non2xx = 0
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        index = offset
        while time.perf_counter() < deadline:
            index += 1
            started = time.perf_counter()
            try:
                conn.request("GET", paths[index % len(paths)], headers=headers)
                response = conn.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                failed += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                continue
            own.append((time.perf_counter() - started) * 1000)
            non2xx += not 200 <= response.status < 300
        conn.close()
        with lock:
            latencies.extend(own)
            counts["failed"] += failed
            counts["non2xx"] += non2xx

    threads = [threading.Thread(target=worker, args=(i * 997,)) for i in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return len(latencies) + counts["failed"], elapsed, counts["failed"], counts["non2xx"], latencies


def scenarios(url: str, secret: str, patients: int, events: int, depth: int) -> list[Scenario]:
    with psycopg.connect(url) as conn:
        cursor_id = conn.execute(
            "select id from public.patients order by id offset %s limit 1", (depth - 1,)
        ).fetchone()[0]
    cursor = CursorCodec(secret).encode([cursor_id])  # the page after row `depth`
    rng = random.Random(42)

    def ids(resource: str, count: int) -> list[str]:
        return [f"/api/v1/{resource}/{rng.randint(1, count)}" for _ in range(5_000)]

    return [
        Scenario("/health", ["/health"], None, auth=False),
        Scenario("facility by id (no audit)", ["/api/v1/facilities/3"], None),
        Scenario("patient by id", ids("patients", patients), ID_SHARE),
        Scenario("medical record by id", ids("medical-records", events), ID_SHARE),
        Scenario("triage visit by id", ids("triage-visits", events), ID_SHARE),
        Scenario("list page 1", [f"/api/v1/patients?per_page={PER_PAGE}"], LIST_SHARE),
        Scenario("facility filter", [f"/api/v1/patients?facility_id=7&per_page={PER_PAGE}"], LIST_SHARE),
        Scenario(f"cursor {depth:,} deep", [f"/api/v1/patients?per_page={PER_PAGE}&cursor={cursor}"], LIST_SHARE),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=1_000_000, help="Patients to load (default 1,000,000).")
    parser.add_argument("--depth", type=int, default=500_000, help="Rows skipped by the deep cursor page.")
    parser.add_argument("--seconds", type=float, default=8.0, help="Seconds per scenario per round.")
    parser.add_argument("--rounds", type=int, default=3, help="Interleaved rounds over all scenarios.")
    parser.add_argument("--concurrency", type=int, default=8, help="Client connections (default 8).")
    parser.add_argument("--workers", type=int, default=0, help="gunicorn workers (0: 2 × cores + 1, capped).")
    parser.add_argument("--loader", choices=("auto", "wrk", "threads"), default="auto", help="auto: wrk if present.")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for the API server (repeatable).")
    parser.add_argument("--use-configured", action="store_true", help="Use the configured PostgreSQL server.")
    parser.add_argument("--keep", action="store_true", help="Keep the benchmark database afterwards.")
    parser.add_argument("--json", action="store_true", help="Print the results as JSON.")
    args = parser.parse_args()
    if args.patients < 2 * PER_PAGE:
        parser.error("--patients must be at least 100")
    depth = max(1, min(args.depth, args.patients - PER_PAGE))
    workers = args.workers or default_workers()
    use_wrk = args.loader == "wrk" or (args.loader == "auto" and shutil.which("wrk") is not None)
    loader = run_wrk if use_wrk else run_threads
    extra_env = dict(item.split("=", 1) for item in args.env)
    secret = secrets.token_urlsafe(48)

    with bench_database(args) as url, tempfile.TemporaryDirectory() as home:
        events = load(url, args.patients)
        plan = scenarios(url, secret, args.patients, events, depth)
        credentials = admin_credentials(url)
        results = {scenario.name: Result(scenario.name) for scenario in plan}
        with gunicorn(url, secret, workers, Path(home), extra_env) as port:
            for round_number in range(1, args.rounds + 1):
                for scenario in plan:
                    say(f"Round {round_number}/{args.rounds}: {scenario.name}")
                    headers = {"Authorization": f"Bearer {fresh_token(port, credentials)}"} if scenario.auth else {}
                    loader(port, headers, scenario.paths, 1, args.concurrency, Path(home))  # warm-up
                    measured = loader(port, headers, scenario.paths, args.seconds, args.concurrency, Path(home))
                    results[scenario.name].add(*measured)

    meta = {
        "patients": args.patients,
        "workers": workers,
        "concurrency": args.concurrency,
        "loader": "wrk" if use_wrk else "threads",
        "rounds": args.rounds,
        "seconds": args.seconds,
        "code": str(PROJECT_ROOT),
    }
    sys.exit(report(plan, results, meta, args.json))


def report(plan: list[Scenario], results: dict[str, Result], meta: dict, as_json: bool) -> int:
    """Print the table and verdicts; the exit status: 0 all targets met, 1 a target missed, 2 no verdict."""
    baseline = results[plan[0].name].rps
    rows = []
    for scenario in plan:
        result = results[scenario.name]
        share = result.rps / baseline if baseline else 0.0
        p99 = result.percentile(0.99)
        meets = None
        if scenario.share is not None:
            meets = share >= scenario.share and p99 <= TARGET_P99_MS
        rows.append(
            {
                "scenario": scenario.name,
                "requests": result.requests,
                "failed": result.failed,
                "non2xx": result.non2xx,
                "req_per_s": round(result.rps, 1),
                "share_of_health": round(share, 3),
                "target_share": scenario.share,
                "p50_ms": round(result.percentile(0.50), 2),
                "p99_ms": round(p99, 2),
                "meets": meets,
            }
        )
    void = any(row["failed"] or row["non2xx"] or not row["requests"] for row in rows)
    status = 2 if void else (0 if all(row["meets"] is not False for row in rows) else 1)
    if as_json:
        print(json.dumps({**meta, "baseline_req_per_s": round(baseline, 1), "verdict": status, "results": rows}))
        return status
    print(
        f"\n{meta['patients']:,} patients, gunicorn {meta['workers']} workers, {meta['concurrency']} connections, "
        f"loader {meta['loader']}, {meta['rounds']} × {meta['seconds']:g} s per scenario, code {meta['code']}\n"
    )
    header = f"{'scenario':<28} {'requests':>8} {'failed':>6} {'non2xx':>6} {'req/s':>8} {'share':>6} "
    print(header + f"{'p50 ms':>7} {'p99 ms':>7}  target")
    for row in rows:
        target = "baseline" if row["scenario"] == plan[0].name else "-"
        if row["target_share"] is not None:
            verdict = "meets" if row["meets"] else "MISSES"
            target = f"≥{row['target_share']:.0%}, p99 ≤{TARGET_P99_MS:g} ms: {verdict}"
        print(
            f"{row['scenario']:<28} {row['requests']:>8} {row['failed']:>6} {row['non2xx']:>6} "
            f"{row['req_per_s']:>8} {row['share_of_health']:>6.0%} {row['p50_ms']:>7} {row['p99_ms']:>7}  {target}"
        )
    if void:
        print("\nNO VERDICT: some requests failed or were not 2xx; the numbers above do not count.")
    else:
        print("\nAll targets met." if status == 0 else "\nSome targets missed.")
    return status


if __name__ == "__main__":
    main()
