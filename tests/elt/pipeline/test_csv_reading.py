"""The API's pre-check and the loader read every file the same way (one reader, elt.pipeline.csvfile).

Each case below once read differently in Python's csv module and in PostgreSQL's COPY. For each,
the expected outcome is worked out by hand; the API's inspect() and the pipeline's staging must
both give it: the same reason code when the file is refused, the same records when it is not.
"""

from __future__ import annotations

import io

import pytest

from backend.errors import ApiError
from backend.uploads import inspect
from elt.pipeline import open_batch, stage_entity

pytestmark = pytest.mark.pg_compat

HEADER = "first_name,last_name,sex,dob,address,facility_id,patient_number"
LIMIT = 64 * 1024 * 1024
TEN_MB = 10 * 1024 * 1024


def rows(*lines: str, end: str = "\n") -> bytes:
    return (end.join([HEADER, *lines]) + end).encode("utf-8")


# name: (bytes, expected): expected is a reason code, or the staged (first_name, address, parse_error) per row.
CASES: dict[str, tuple[bytes, object]] = {
    # The attack: COPY read `Main"St,12,x"` as one field and shifted facility_id; here the quote
    # inside an unquoted field is a plain character, so the row has 9 fields and is rejected as ragged.
    "quote_inside_field": (
        rows('Jane,Doe,F,2000-01-01,Main"St,12,x",99,P-0001'),
        [("Jane", 'Main"St', "row has 9 fields, the header has 7")],
    ),
    "quoted_quotes_and_newline": (
        rows('Ada,Obi,F,1990-01-01,"Main ""St""\nLine 2",1,P-1'),
        [("Ada", 'Main "St"\nLine 2', None)],
    ),
    "cr_only": (
        rows("Ada,Obi,F,1990-01-01,A,1,P-1", "Bo,Ade,M,1990-01-01,B,1,P-2", end="\r"),
        [
            ("Ada", "A", None),
            ("Bo", "B", None),
        ],
    ),
    "mixed_line_ends": (
        (
            HEADER + "\r\nAda,Obi,F,1990-01-01,A,1,P-1\nBo,Ade,M,1990-01-01,B,1,P-2\rCy,Eze,M,1990-01-01,C,1,P-3"
        ).encode(),
        [("Ada", "A", None), ("Bo", "B", None), ("Cy", "C", None)],
    ),
    "crlf_inside_quotes": (rows('Ada,Obi,F,1990-01-01,"A\r\nB",1,P-1', end="\r\n"), [("Ada", "A\r\nB", None)]),
    "blank_lines": (rows("", "Ada,Obi,F,1990-01-01,A,1,P-1", "", ""), [("Ada", "A", None)]),
    "nul_byte": (rows("Ada,Obi,F,1990-01-01,A\x00B,1,P-1"), "not_csv"),
    "bom_at_start_and_inside_a_field": (
        b"\xef\xbb\xbf" + rows("Ada\ufeffObi,Obi,F,1990-01-01,A,1,P-1"),
        [("Ada\ufeffObi", "A", None)],
    ),
    "unbalanced_quote_at_eof": (rows('Ada,Obi,F,1990-01-01,"never closed,1,P-1'), "bad_csv"),
    "text_after_closing_quote": (rows('Ada,Obi,F,1990-01-01,"A"B,1,P-1'), "bad_csv"),
    "latin1": ((HEADER + "\nJosé,Obi,M,1990-01-01,A,1,P-1\n").encode("latin-1"), "not_utf8"),
    "too_many_columns": (
        (HEADER + "".join(f",x{i}" for i in range(1600)) + "\nAda" + ",v" * 1606 + "\n").encode(),
        "too_many_columns",
    ),
    "two_hundred_unknown_columns": (
        (
            HEADER + "".join(f",x{i}" for i in range(200)) + "\nAda,Obi,F,1990-01-01,A,1,P-1" + ",v" * 200 + "\n"
        ).encode(),
        [("Ada", "A", None)],
    ),
    "ten_mb_field": (rows("Ada,Obi,F,1990-01-01," + "A" * TEN_MB + ",1,P-1"), "field_too_large"),
    "empty": (b"", "empty_file"),
    "header_only": ((HEADER + "\r\n").encode(), "header_only"),
}


def api_answer(content: bytes) -> object:
    """What POST /uploads' pre-check says: a reason code, or the number of records it accepts."""
    try:
        inspected = inspect(io.BytesIO(content), "patients", LIMIT)
    except ApiError as error:
        assert error.status_code == 422
        return error.code
    with inspected.body:
        return inspected.row_count


def test_the_api_and_the_loader_read_every_differential_case_alike(harness):
    for name, (content, _) in CASES.items():
        harness.upload(f"patients/{name}.csv", content)
    with harness_connection(harness) as conn:
        batch = open_batch(conn, harness.s3, harness.settings, triggered_by="test")
        stage_entity(conn, harness.s3, harness.settings, batch["batch_id"], "patients")
        files = {
            key.rsplit("/", 1)[1][: -len(".csv")]: (file_id, status, code)
            for file_id, key, status, code in conn.execute(
                "select id, object_key, status, error_code from etl.etl_files where batch_id = %s",
                (batch["batch_id"],),
            )
        }
        staged = {}
        for file_id, first_name, address, problem in conn.execute(
            "select file_id, first_name, address, parse_error from etl.stage_patients order by file_id, row_number"
        ):
            staged.setdefault(file_id, []).append((first_name, address, problem))
    for name, (content, expected) in CASES.items():
        file_id, status, code = files[name]
        api = api_answer(content)
        if isinstance(expected, str):
            assert (status, code, api) == ("rejected", expected, expected), name
        else:
            assert (status, staged.get(file_id)) == ("staged", expected), name
            assert api == len(expected), name


def harness_connection(harness):
    from elt.pipeline import connect

    return connect(harness.settings)
