"""Ingest benchmark: the floor, our pipeline, and the usual pandas approach on the same patients file.

    (a) floor   raw COPY of the patients CSV (streamed from S3) into an UNLOGGED all-text table
    (b) ours    stage + validate + upsert of the same file into empty tables, then again with 1% changed
    (c) pandas  read_csv + DataFrame.to_sql(method="multi", chunksize=1000) on a subset
    re-run      the whole pipeline on the unchanged file again (it is recognised as a duplicate)

Runs against its own embedded PostgreSQL and S3 server in a temporary folder (or, with
--use-configured, the DATABASE_URL / AWS_ENDPOINT_URL of the environment). Prints rows/s and ratios.
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import psycopg
from sqlalchemy import create_engine

from elt.db import migrate
from elt.pipeline import archive_batch, connect, finish_batch, open_batch, run_pipeline, stage_entity
from elt.pipeline.transform import validate_and_upsert
from elt.s3 import s3_client
from elt.sample import write_sample
from elt.settings import Settings
from elt.stack import Stack

TARGETS = {"ours_vs_floor_time": 3.0, "ours_vs_pandas_rows_per_s": 30.0, "rerun_share_of_first_run": 0.02}


@contextmanager
def timed(label: str, results: dict[str, float]):
    started = time.perf_counter()
    yield
    results[label] = time.perf_counter() - started
    print(f"  {label:<34} {results[label]:8.2f} s", flush=True)


def services(args: argparse.Namespace):
    if args.use_configured:
        return None, Settings()
    home = Path(tempfile.mkdtemp(prefix="medilink-bench-"))
    stack = Stack(home, bucket="bench")
    stack.up()
    env = stack.env()
    settings = Settings(
        _env_file=None,
        database_url=env["DATABASE_URL"],
        s3_bucket=env["S3_BUCKET"],
        aws_endpoint_url=env["AWS_ENDPOINT_URL"],
        aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
        medilink_home=home,
    )
    return stack, settings


def reset(settings: Settings, s3) -> None:
    with psycopg.connect(settings.libpq_url, autocommit=True) as conn:
        conn.execute(
            "truncate public.triage_visits, public.medical_records, public.workers, public.patients,"
            " public.facilities, etl.etl_rejected_rows, etl.etl_audit_log, etl.etl_files, etl.etl_batches,"
            " etl.stage_patients, etl.stage_facilities restart identity cascade"
        )
        conn.execute("drop table if exists bench_floor, bench_pandas")
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=settings.s3_bucket):
        keys = [{"Key": item["Key"]} for item in page.get("Contents", [])]
        if keys:
            s3.delete_objects(Bucket=settings.s3_bucket, Delete={"Objects": keys})


def floor(settings: Settings, s3, key: str, header: list[str]) -> None:
    columns = ", ".join(f'"{name}" text' for name in header)
    with psycopg.connect(settings.libpq_url, autocommit=True) as conn:
        conn.execute(f"create unlogged table bench_floor ({columns})")
        with conn.cursor().copy("copy bench_floor from stdin (format csv, header true)") as copy:
            for chunk in s3.get_object(Bucket=settings.s3_bucket, Key=key)["Body"].iter_chunks(1 << 20):
                copy.write(chunk)


def ours(settings: Settings, s3) -> dict:
    """stage + validate + upsert of what is in input/ (discover and archive are timed apart)."""
    with connect(settings) as conn:
        batch = open_batch(conn, s3, settings, triggered_by="bench")
        started = time.perf_counter()
        for entity in ("facilities", "patients"):
            stage_entity(conn, s3, settings, batch["batch_id"], entity)
        staged = time.perf_counter()
        tables = validate_and_upsert(conn, settings, batch["batch_id"])
        done = time.perf_counter()
        archive_batch(conn, s3, settings, batch["batch_id"])
        finish_batch(conn, batch["batch_id"], status="completed")
    patients = next(row for row in tables if row["table"] == "patients")
    return {"stage": staged - started, "validate_upsert": done - staged, "total": done - started, **patients}


def bare_insert(settings: Settings) -> None:
    """What writing the rows into a table shaped like patients (same indexes) costs, with no checks."""
    columns = "facility_id, patient_number, first_name, last_name, sex, dob, phone, email, address, batch_id"
    with psycopg.connect(settings.libpq_url, autocommit=True) as conn:
        conn.execute("drop table if exists bench_bare")
        conn.execute("create table bench_bare (like public.patients including all)")
        conn.execute(f"insert into bench_bare ({columns}) select {columns} from public.patients")
        conn.execute("drop table bench_bare")


def pandas_load(settings: Settings, path: Path, rows: int) -> None:
    engine = create_engine(settings.sqlalchemy_url)
    frame = pd.read_csv(path, nrows=rows, dtype=str, keep_default_na=False)
    frame.to_sql("bench_pandas", engine, method="multi", chunksize=1000, index=False, if_exists="replace")
    engine.dispose()


def changed_copy(source: Path, target: Path, share: float) -> int:
    """The same file with `share` of the patients' phone numbers changed."""
    step = max(1, round(1 / share))
    changed = 0
    with source.open(newline="", encoding="utf-8") as inp, target.open("w", newline="", encoding="utf-8") as out:
        reader, writer = csv.reader(inp), csv.writer(out)
        header = next(reader)
        writer.writerow(header)
        phone = header.index("phone")
        for number, row in enumerate(reader):
            if number % step == 0:
                row[phone] = f"0803{number % 10_000_000:07d}"
                changed += 1
            writer.writerow(row)
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=1_000_000, help="patients in the file (default 1,000,000)")
    parser.add_argument("--facilities", type=int, default=500, help="facilities they belong to (default 500)")
    parser.add_argument("--pandas-rows", type=int, default=100_000, help="rows for the pandas run (default 100,000)")
    parser.add_argument(
        "--use-configured", action="store_true", help="use DATABASE_URL/AWS_ENDPOINT_URL, not a temp stack"
    )
    args = parser.parse_args()

    stack, settings = services(args)
    work = Path(tempfile.mkdtemp(prefix="medilink-bench-data-"))
    try:
        migrate.upgrade(settings.sqlalchemy_url)
        s3 = s3_client(settings)
        reset(settings, s3)
        results: dict[str, float] = {}
        print(f"Generating {args.patients:,} patients at {args.facilities} facilities…", flush=True)
        write_sample(work, facilities=args.facilities, patients=args.patients, workers=0, records=0, triage=0, seed=1)
        patients_csv, facilities_csv = work / "patients.csv", work / "facilities.csv"
        header = next(csv.reader(io.StringIO(patients_csv.open(encoding="utf-8").readline())))
        key = settings.input_prefix + "bench_floor/patients.csv"
        s3.upload_file(str(patients_csv), settings.s3_bucket, key)
        print("Timings:")
        with timed("(a) floor: raw COPY", results):
            floor(settings, s3, key, header)
        s3.delete_object(Bucket=settings.s3_bucket, Key=key)

        s3.upload_file(str(facilities_csv), settings.s3_bucket, settings.input_prefix + "facilities.csv")
        s3.upload_file(str(patients_csv), settings.s3_bucket, settings.input_prefix + "patients.csv")
        with timed("(b) ours, first load (incl. discover/archive)", results):
            first = ours(settings, s3)
        results["(b) ours: stage+validate+upsert"] = first["total"]
        print(
            f"      stage {first['stage']:.2f} s, validate+upsert {first['validate_upsert']:.2f} s; "
            f"inserted {first['inserted']:,}, rejected {first['rejected']:,}"
        )

        with timed("(d) bare INSERT of the loaded rows", results):
            bare_insert(settings)

        changed_csv = work / "patients_changed.csv"
        changed = changed_copy(patients_csv, changed_csv, 0.01)
        s3.upload_file(str(changed_csv), settings.s3_bucket, settings.input_prefix + "patients_changed.csv")
        with timed("(b) ours, 1% changed (incl. discover)", results):
            second = ours(settings, s3)
        results["(b) ours 1%: stage+validate+upsert"] = second["total"]
        print(f"      updated {second['updated']:,} of {changed:,} changed, unchanged {second['unchanged']:,}")

        s3.upload_file(str(facilities_csv), settings.s3_bucket, settings.input_prefix + "facilities.csv")
        s3.upload_file(str(patients_csv), settings.s3_bucket, settings.input_prefix + "patients.csv")
        with timed("re-run on unchanged files (whole run)", results), connect(settings) as conn:
            rerun = run_pipeline(conn, s3, settings, skip_dbt=True, triggered_by="bench")
        assert {item["status"] for item in rerun.files} == {"duplicate"}, rerun.files

        pandas_rows = min(args.pandas_rows, args.patients)
        with timed(f"(c) pandas to_sql, {pandas_rows:,} rows", results):
            pandas_load(settings, patients_csv, pandas_rows)

        n = args.patients
        floor_rate = n / results["(a) floor: raw COPY"]
        ours_rate = n / results["(b) ours: stage+validate+upsert"]
        pandas_rate = pandas_rows / results[f"(c) pandas to_sql, {pandas_rows:,} rows"]
        ratio_floor = results["(b) ours: stage+validate+upsert"] / results["(a) floor: raw COPY"]
        ratio_pandas = ours_rate / pandas_rate
        rerun_share = (
            results["re-run on unchanged files (whole run)"] / results["(b) ours, first load (incl. discover/archive)"]
        )
        print("\nRows per second:")
        print(f"  (a) floor            {floor_rate:12,.0f}")
        print(f"  (b) ours             {ours_rate:12,.0f}")
        print(f"  (b) ours, 1% changed {n / results['(b) ours 1%: stage+validate+upsert']:12,.0f}")
        print(f"  (c) pandas           {pandas_rate:12,.0f}")
        print(
            f"  (d) bare INSERT      {n / results['(d) bare INSERT of the loaded rows']:12,.0f}"
            "  (no checks, no conflict handling: the cost of the indexes alone)"
        )
        print("\nRatios (target):")
        print(f"  ours / floor, time          {ratio_floor:6.2f}  (≤ {TARGETS['ours_vs_floor_time']})")
        print(f"  ours / pandas, rows/s       {ratio_pandas:6.1f}  (≥ {TARGETS['ours_vs_pandas_rows_per_s']})")
        print(f"  re-run / first run, time    {rerun_share:6.3f}  (≤ {TARGETS['rerun_share_of_first_run']})")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if stack is not None:
            stack.down()
            shutil.rmtree(stack.home, ignore_errors=True)


if __name__ == "__main__":
    main()
