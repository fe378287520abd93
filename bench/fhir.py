"""FHIR export benchmark: N patients with their records and visits, exported to S3 as NDJSON.

Measured in the same run, on the same rows, each step in its own child process:
    COPY → discard        COPY (SELECT row_to_json(p) FROM patients p) TO STDOUT, read by a Python client
    Patient → discard     the Patient export's SQL and stream, output dropped (what COPY TO STDOUT measures)
    COPY → S3             the baseline's rows written to S3 by the same multipart sink
    Patient → S3          the Patient export as the API's job runs it
    all types → S3        all eight resource types, one snapshot (resources per second)
Peak RSS is the largest ru_maxrss of the export children.

Targets: Patient export within 3× the COPY (Patient → discard vs COPY → discard; the S3 pair is
printed beside it, since a slow object store slows both alike); peak RSS under 300 MB at any size.
The run checks its own work: each file's line count equals the rows counted in the database by
separate SQL, and the first lines of every file parse with fhir.resources (R4B).

Usage: .venv/bin/python bench/fhir.py [--patients 1000000] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

from elt.db import migrate
from elt.settings import PROJECT_ROOT, Settings
from elt.stack import Stack

CHILD_MODES = ("baseline", "patient-stream", "baseline-s3", "patient", "all")
TARGET_RATIO = 3.0
TARGET_RSS_MB = 300
FACILITIES = 1_000
SAMPLE_BYTES = 2 * 1024 * 1024
FIRST_NAMES = ["Adébáyọ̀", "Ngozi", "Hauwa'u", "Chukwuemeka", "Ọláwálé", "Fatima", "Ifeoma", "Ṣeun", "Aminu", "Ụzọ"]
LAST_NAMES = ["Ògúnlẹ́yẹ", "Okonkwo", "Ɗanjuma", "Nwachukwu", "Bello", "Àjàyí", "Eze", "Yusuf", "Ọkafọr", "Musa"]


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- data
def load(url: str, patients: int) -> None:
    """Facilities, workers, patients, one medical record and one triage visit per patient (SQL-generated)."""
    migrate.upgrade("postgresql+psycopg://" + url.split("://", 1)[1])
    started = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        lgas = conn.execute("select state, lga from etl.ref_lgas order by state, lga").fetchall()
        with conn.cursor() as cursor:
            cursor.executemany(
                "insert into public.facilities (name, state, lga, type, facility_code) values (%s, %s, %s, %s, %s)",
                [
                    (f"Ilé Ìwòsàn {i}", *lgas[i % len(lgas)], "Primary Health Centre", f"BENCH-{i:05d}")
                    for i in range(1, FACILITIES + 1)
                ],
            )
        params = {"f": FACILITIES, "n": patients, "first": FIRST_NAMES, "last": LAST_NAMES}
        say(f"Writing {patients:,} patients, {patients:,} records, {patients:,} visits, {patients // 50:,} workers")
        conn.execute(
            "insert into public.workers (facility_id, staff_number, first_name, last_name, cadre, license_number)"
            " select 1 + g %% %(f)s, 'S' || g, (%(first)s::text[])[1 + g %% 10], (%(last)s::text[])[1 + g %% 7],"
            "        (array['doctor', 'nurse', 'midwife'])[1 + g %% 3], case when g %% 2 = 0 then 'L-' || g end"
            " from generate_series(1, %(n)s / 50) as g",
            params,
        )
        conn.execute(
            "insert into public.patients (facility_id, patient_number, first_name, last_name, sex, dob, phone, address)"
            " select 1 + (g %% %(f)s), 'P' || lpad(g::text, 8, '0'), (%(first)s::text[])[1 + g %% 10],"
            "        (%(last)s::text[])[1 + (g / 10) %% 10], (array['M', 'F', 'Other'])[1 + g %% 3],"
            "        date '1940-01-01' + (g %% 30000),"
            "        case when g %% 4 <> 0 then '+23480' || lpad((g %% 100000000)::text, 8, '0') end,"
            "        case when g %% 3 = 0 then g || ' Àdìsá Street' end"
            " from generate_series(1, %(n)s) as g",
            params,
        )
        conn.execute(
            "insert into public.medical_records (patient_id, facility_id, record_type, record_ref, recorded_at, data)"
            " select p.id, p.facility_id, 'Consultation', 'MR-' || p.id,"
            "        now() - make_interval(days => (p.id % 900)::int),"
            "        jsonb_strip_nulls(jsonb_build_object('diagnosis', 'Malaria', 'icd10_code', 'B509',"
            "            'medications', 'Artemether-Lumefantrine 80/480mg BD; Paracetamol 1g TDS',"
            "            'notes', case when p.id % 3 = 0 then 'BP ' || (110 + p.id % 40) || '/' || (70 + p.id % 20)"
            "                          else 'Review in 2 weeks' end))"
            " from public.patients as p",
        )
        conn.execute(
            "insert into public.triage_visits (patient_id, facility_id, visit_ref, triage_level, likely_conditions,"
            "                                  visited_at)"
            " select p.id, p.facility_id, 'V-' || p.id, 1 + p.id % 5, '{Malaria,Typhoid}',"
            "        now() - make_interval(days => (p.id % 700)::int)"
            " from public.patients as p",
        )
        conn.execute("vacuum analyze")
    say(f"Loaded in {time.perf_counter() - started:.1f} s")


def expected_counts(url: str) -> dict[str, int]:
    """Rows each type must yield, counted without the export's SQL."""
    with psycopg.connect(url) as conn:

        def count(sql: str) -> int:
            return conn.execute(sql).fetchone()[0]

        workers = count("select count(*) from workers")
        return {
            "Organization": count("select count(*) from facilities"),
            "Practitioner": workers,
            "PractitionerRole": workers,
            "Patient": count("select count(*) from patients"),
            "Encounter": count("select (select count(*) from medical_records) + (select count(*) from triage_visits)"),
            "Condition": count("select count(*) from medical_records"),
            "Observation": count("select count(*) from medical_records where data ->> 'notes' like 'BP %'"),
            "MedicationStatement": 2 * count("select count(*) from medical_records"),
        }


# ---------------------------------------------------------------- child processes
class _Discard:
    """A sink that drops the data: the export's cost without storage, as COPY … TO STDOUT has none."""

    def write(self, data: bytes) -> None:
        pass

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


def child(mode: str, prefix: str) -> None:
    """Run one measured step in this process; print JSON seconds/outputs on stdout."""
    from elt.fhir.export import export
    from elt.fhir.resources import types_for
    from elt.fhir.sinks import S3Sink
    from elt.s3 import s3_client

    settings = Settings()
    s3 = s3_client(settings)  # a running job has its client already
    started = time.perf_counter()
    if mode in ("baseline", "baseline-s3"):
        size = 0
        sink = S3Sink(s3, settings.s3_bucket, prefix + "copy.ndjson") if mode == "baseline-s3" else _Discard()
        with (
            psycopg.connect(settings.libpq_url) as conn,
            conn.cursor().copy("copy (select row_to_json(p) from patients p) to stdout") as copy,
        ):
            for chunk in copy:
                sink.write(bytes(chunk))
                size += len(chunk)
        sink.close()
        print(json.dumps({"seconds": time.perf_counter() - started, "bytes": size}))
        return
    types = list(types_for("system")) if mode == "all" else ["Patient"]
    with psycopg.connect(settings.libpq_url) as conn:
        result = export(
            conn,
            types,
            None,
            None,
            lambda name: _Discard() if mode == "patient-stream" else S3Sink(s3, settings.s3_bucket, prefix + name),
        )
    outputs = {o.type: o.count for o in result.outputs}
    print(json.dumps({"seconds": time.perf_counter() - started, "outputs": outputs}))


def run_child(env: dict[str, str], mode: str, prefix: str) -> tuple[dict, float]:
    """(the child's JSON, peak RSS in MB of the children so far)."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--prefix", prefix],
        env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"{mode} failed:\n{done.stderr[-3000:]}")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return json.loads(done.stdout), peak_mb


def check_sample(settings: Settings, prefix: str, types: list[str]) -> int:
    """Parse the first lines (SAMPLE_BYTES) of each file with fhir.resources; returns how many."""
    # Run as a script, this file's folder leads sys.path and this file would shadow the `fhir` package.
    here = Path(__file__).resolve().parent
    sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != here]
    from elt.fhir.validate import Report, check_lines
    from elt.s3 import s3_client

    s3 = s3_client(settings)
    report = Report()
    for name in types:
        body = s3.get_object(Bucket=settings.s3_bucket, Key=f"{prefix}{name}.ndjson", Range=f"bytes=0-{SAMPLE_BYTES}")
        lines = body["Body"].read().split(b"\n")[:-1]  # the last one may be cut by the range
        check_lines(report, name, lines)
    if report.invalid:
        raise RuntimeError(f"invalid FHIR lines: {report.invalid[:5]}")
    return report.lines


# ---------------------------------------------------------------- main
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=1_000_000, help="patients (each with a record and a visit)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary stack folder")
    parser.add_argument("--child", choices=[*CHILD_MODES], help=argparse.SUPPRESS)
    parser.add_argument("--prefix", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.prefix)
        return 0

    home = Path(tempfile.mkdtemp(prefix="medilink-fhir-bench-"))
    stack = Stack(home, bucket="bench")
    say(f"Starting an embedded PostgreSQL and S3 in {home}")
    stack.up(postgres=True, s3=True)
    try:
        url = stack.postgres.url("medilink")
        env = {**os.environ, **stack.env(postgres=False, s3=True), "DATABASE_URL": url, "MEDILINK_HOME": str(home)}
        env.pop("POSTGRES_HOST", None)
        settings = Settings(_env_file=None, **{k.lower(): v for k, v in env.items() if k in _SETTINGS_KEYS})
        load(url, args.patients)
        expected = expected_counts(url)

        baseline, _ = run_child(env, "baseline", "")
        say(f"COPY row_to_json → discard:  {baseline['seconds']:.2f} s ({baseline['bytes'] / 1e6:.0f} MB)")
        stream, rss_stream = run_child(env, "patient-stream", "")
        say(f"Patient export → discard:    {stream['seconds']:.2f} s")
        baseline_s3, _ = run_child(env, "baseline-s3", f"{settings.s3_prefix}/export/bench-copy/")
        say(f"COPY row_to_json → S3:       {baseline_s3['seconds']:.2f} s")
        patient, rss_patient = run_child(env, "patient", f"{settings.s3_prefix}/export/bench-patient/")
        say(f"Patient export → S3:         {patient['seconds']:.2f} s")
        everything, rss_all = run_child(env, "all", f"{settings.s3_prefix}/export/bench-all/")
        total = sum(everything["outputs"].values())
        say(f"all types → S3:              {everything['seconds']:.2f} s, {total:,} resources")

        problems = []
        for name, step in (("stream", stream), ("S3", patient)):
            if step["outputs"] != {"Patient": expected["Patient"]}:
                problems.append(f"Patient export ({name}) wrote {step['outputs']}, expected {expected['Patient']}")
        if everything["outputs"] != expected:
            problems.append(f"full export wrote {everything['outputs']}, expected {expected}")
        checked = check_sample(settings, f"{settings.s3_prefix}/export/bench-all/", list(expected))
        ratio = stream["seconds"] / baseline["seconds"]
        ratio_s3 = patient["seconds"] / baseline_s3["seconds"]
        peak = max(rss_stream, rss_patient, rss_all)
        report = {
            "patients": args.patients,
            "copy_s": round(baseline["seconds"], 2),
            "patient_export_s": round(stream["seconds"], 2),
            "patient_vs_copy": round(ratio, 2),
            "copy_to_s3_s": round(baseline_s3["seconds"], 2),
            "patient_export_to_s3_s": round(patient["seconds"], 2),
            "patient_vs_copy_to_s3": round(ratio_s3, 2),
            "patient_export_to_s3_vs_copy": round(patient["seconds"] / baseline["seconds"], 2),
            "all_types_s": round(everything["seconds"], 2),
            "resources": total,
            "resources_per_s": round(total / everything["seconds"]),
            "peak_rss_mb": round(peak),
            "lines_validated": checked,
            "counts": everything["outputs"],
        }
        print(json.dumps(report, indent=2))
        if problems:
            say("NO VERDICT, the export is wrong: " + "; ".join(problems))
            return 2
        ok = ratio <= TARGET_RATIO and peak < TARGET_RSS_MB
        say(
            f"{'PASS' if ok else 'FAIL'}: Patient export {ratio:.2f}× COPY (target ≤ {TARGET_RATIO}×; "
            f"both into S3: {ratio_s3:.2f}×), "
            f"peak RSS {peak:.0f} MB (target < {TARGET_RSS_MB} MB), {total / everything['seconds']:,.0f} resources/s"
        )
        return 0 if ok else 1
    finally:
        stack.down()
        if not args.keep:
            shutil.rmtree(home, ignore_errors=True)


_SETTINGS_KEYS = {
    "DATABASE_URL", "S3_BUCKET", "AWS_ENDPOINT_URL", "AWS_DEFAULT_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
}  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
