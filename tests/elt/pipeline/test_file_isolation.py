"""No file content can fail a batch or block a later upload (Hypothesis property tests).

Generated files are raw bytes, a valid header followed by raw bytes, or a valid header followed by
text made of the characters CSV parsers disagree on (quotes, CR, LF, NUL, BOM, separators).

- Per file (FILE_EXAMPLES = 2,000 examples): the bytes are staged by the loader's own staging
  function into the real database; the file ends staged or rejected with a whole-file reason,
  nothing escapes, and the API's pre-check gives the same answer (the same code, or as many rows).
- Per batch (BATCH_EXAMPLES batches of FILES_PER_BATCH files through the whole pipeline, real S3
  included) next to one good facilities file: the batch completes, the good file loads, every
  generated file ends `archived` or `rejected`, and input/ is left empty.
Both use fixed seeds (derandomize), so CI runs the same examples every time.
"""

from __future__ import annotations

import io

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backend.errors import ApiError
from backend.uploads import inspect
from elt.pipeline import ENTITY_SPECS, connect, run_pipeline
from elt.pipeline.csvfile import WHOLE_FILE_REASONS
from elt.pipeline.stage import stage_chunks
from tests.conftest import truncate_all

FILE_EXAMPLES = 2000
BATCH_EXAMPLES = 10
FILES_PER_BATCH = 20
GOOD = b"name,state,lga,facility_code\nGood Clinic Ikeja,Lagos,Ikeja,NG-GOOD-1\n"
HEADERS = {
    "facilities": b"name,state,lga,lat,lon,facility_code\n",
    "patients": b"facility_code,patient_number,first_name,last_name,sex,dob\n",
    "workers": b"facility_code,staff_number,first_name,last_name,cadre,active\n",
    "medical_records": b"facility_code,patient_id,record_ref,record_type,recorded_at,icd10_code\n",
    "triage_visits": b"facility_code,patient_number,visit_ref,triage_level,likely_conditions,visited_at\n",
}
TRICKY = st.sampled_from(
    [",", '"', "\r", "\n", "\r\n", "\x00", "\ufeff", "=", "NG-GOOD-1", "Lagos", "Ikeja", "1", "2024-01-01", "é", " "]
)
TEXT = st.lists(st.one_of(TRICKY, st.text(max_size=6)), max_size=40).map("".join)


def contents(entity: str) -> st.SearchStrategy[bytes]:
    header = HEADERS[entity]
    return st.one_of(
        st.binary(max_size=200),
        st.binary(max_size=200).map(lambda body: header + body),
        TEXT.map(lambda text: header + text.encode("utf-8")),
    )


FILE = st.sampled_from(sorted(HEADERS)).flatmap(lambda entity: st.tuples(st.just(entity), contents(entity)))
FILES = st.lists(FILE, min_size=FILES_PER_BATCH, max_size=FILES_PER_BATCH)
QUIET = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]


def api_answer(entity: str, body: bytes) -> object:
    """POST /uploads' pre-check: a reason code, or how many rows it accepts."""
    try:
        inspected = inspect(io.BytesIO(body), entity, 64 * 1024 * 1024)
    except ApiError as error:
        return error.code
    with inspected.body:
        return inspected.row_count


@pytest.fixture(scope="module")
def staging_batch(database_url):
    """One connection and one batch row for every per-file example (connecting costs more than staging)."""
    with psycopg.connect(database_url, autocommit=True) as conn:
        batch_id = conn.execute("insert into etl.etl_batches (triggered_by) values ('test') returning id").fetchone()[0]
        yield conn, batch_id
        for spec in ENTITY_SPECS.values():
            conn.execute(f"delete from {spec.stage_table} where batch_id = %s", (batch_id,))
        # Another test may have reused this batch id after a truncate; its rejected rows go too.
        conn.execute(
            "delete from etl.etl_rejected_rows where batch_id = %(b)s"
            " or file_id in (select id from etl.etl_files where batch_id = %(b)s)",
            {"b": batch_id},
        )
        conn.execute("delete from etl.etl_audit_log where batch_id = %s", (batch_id,))
        conn.execute("delete from etl.etl_files where batch_id = %s", (batch_id,))
        conn.execute("delete from etl.etl_batches where id = %s", (batch_id,))


@settings(max_examples=FILE_EXAMPLES, deadline=None, derandomize=True, suppress_health_check=QUIET)
@given(file=FILE)
def test_no_bytes_escape_staging_and_the_api_gives_the_same_answer(staging_batch, file):
    conn, batch_id = staging_batch
    entity, body = file
    file_id = conn.execute(
        "insert into etl.etl_files (batch_id, object_key, entity, size_bytes, sha256)"
        " values (%s, 'generated-' || gen_random_uuid() || '.csv', %s, %s, 'x') returning id",
        (batch_id, entity, len(body)),
    ).fetchone()[0]
    staged = stage_chunks(conn, ENTITY_SPECS[entity], batch_id, file_id, "generated.csv", lambda: [body])
    status, code, rows_read = conn.execute(
        "select status, error_code, rows_read from etl.etl_files where id = %s", (file_id,)
    ).fetchone()
    assert status in ("staged", "rejected"), (status, code)
    if status == "rejected":
        assert code in WHOLE_FILE_REASONS and staged == 0
        assert api_answer(entity, body) == code
    else:
        assert rows_read == staged > 0
        assert api_answer(entity, body) == staged


def _reset(database_url: str, s3, bucket: str) -> None:
    truncate_all(database_url)
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        keys = [{"Key": item["Key"]} for item in page.get("Contents", [])]
        if keys:
            s3.delete_objects(Bucket=bucket, Delete={"Objects": keys})


@settings(max_examples=BATCH_EXAMPLES, deadline=None, derandomize=True, suppress_health_check=QUIET)
@given(files=FILES)
def test_no_file_content_can_fail_a_batch_or_stop_a_good_file(database_url, settings, s3_client, files):
    config = settings
    _reset(database_url, s3_client, config.s3_bucket)
    s3_client.put_object(Bucket=config.s3_bucket, Key=config.input_prefix + "facilities_good.csv", Body=GOOD)
    for number, (entity, body) in enumerate(files):
        key = f"{config.input_prefix}{entity}/generated-{number:02d}.csv"
        s3_client.put_object(Bucket=config.s3_bucket, Key=key, Body=body)

    with connect(config) as conn:
        summary = run_pipeline(conn, s3_client, config, triggered_by="test")

    assert summary.status == "completed", summary.error
    statuses = {item["key"]: (item["status"], item["error_code"]) for item in summary.files}
    assert len(statuses) == FILES_PER_BATCH + 1
    assert statuses[config.input_prefix + "facilities_good.csv"] == ("archived", None)
    for key, (status, code) in statuses.items():
        assert status in ("archived", "rejected"), (key, status, code)
        assert status == "archived" or code in WHOLE_FILE_REASONS, (key, code)
    listing = s3_client.list_objects_v2(Bucket=config.s3_bucket, Prefix=config.input_prefix)
    assert listing.get("KeyCount", 0) == 0, "nothing waits in input/"
    with psycopg.connect(database_url) as check:
        good = check.execute("select count(*) from facilities where facility_code = 'NG-GOOD-1'").fetchone()[0]
    assert good == 1
