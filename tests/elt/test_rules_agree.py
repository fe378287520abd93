"""The API's single-row rules (elt.rules) and the bulk path's SQL rules give the same answers."""

import csv
import io
import random
import re
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
import pytest

from elt import rules
from elt.pipeline.phones import needs_library, ng_national_pattern
from tests.elt.pipeline.conftest import Harness

pytestmark = pytest.mark.pg_compat


def python_phone(value: str) -> str | None:
    try:
        return rules.normalize_phone(value)
    except rules.RuleError:
        return None


def phone_corpus() -> list[str]:
    fixed = [
        "08031234567",
        "0803 123 4567",
        "+2348031234567",
        "2348031234567",
        "8031234567",
        "12345",
        "0803123456",
        "07011234567",
        "09012345678",
        "0201234567",
        "(0803) 123-4567",
        "+234 803 123 4567",
        "234803123456",
        "0810.123.4567",
        "080312345678",
        "+23480312345",
        "0700 123 4567",
        "0800 123 4567",
    ]
    generator = random.Random(20261126)
    prefixes = ["0", "+234", "234", ""]
    for _ in range(400):
        digits = "".join(generator.choice("0123456789") for _ in range(generator.choice([9, 10, 11])))
        fixed.append(generator.choice(prefixes) + digits)
    return fixed


def test_sql_and_python_agree_on_nigerian_phone_numbers(database_url):
    corpus = [value for value in phone_corpus() if not needs_library(value)]
    with psycopg.connect(database_url) as conn:
        sql_answers = [
            conn.execute("select etl.ng_phone(%s, %s)", (value, ng_national_pattern())).fetchone()[0]
            for value in corpus
        ]
    disagreements = [
        (value, s, python_phone(value))
        for value, s in zip(corpus, sql_answers, strict=True)
        if s != python_phone(value)
    ]
    assert disagreements == []
    assert sum(answer is not None for answer in sql_answers) > 20, "the corpus holds valid numbers too"


def test_foreign_numbers_go_to_the_library():
    assert needs_library("+44 20 7946 0958") and not needs_library("+234 803 123 4567")
    assert python_phone("+44 20 7946 0958") == "+442079460958"


DATES = [
    "2024-02-29",
    "2023-02-29",
    "31/12/1990",
    "1/2/2000",
    "2020-13-01",
    "abc",
    "0000-01-01",
    "1990-1-1",
    "01/01/0001",
    " 2024-01-05 ",
    "32/01/2000",
    "2000-04-31",
    "29/02/1900",
    "29/02/2000",
]


def python_date(value: str) -> date | None:
    try:
        return rules.parse_date(value, "dob")
    except rules.RuleError:
        return None


def test_sql_and_python_agree_on_dates(database_url):
    with psycopg.connect(database_url) as conn:
        for value in DATES:
            assert conn.execute("select etl.try_date(%s)", (value,)).fetchone()[0] == python_date(value), value


TIMESTAMPS = [
    "2024-01-05T10:20:30Z",
    "2024-01-05",
    "2024-01-05 25:00",
    "2024-01-05T10:20+01:00",
    "2024-01-05T10:20:30.123456+01:00",
    "yesterday",
    "2024-02-30T10:00:00",
    "2024-01-05T23:59:59",
]


def python_timestamp(value: str):
    try:
        return rules.parse_timestamp(value, "visited_at")
    except rules.RuleError:
        return None


def test_sql_and_python_agree_on_timestamps(database_url):
    with psycopg.connect(database_url) as conn:
        conn.execute("set timezone = 'UTC'")
        for value in TIMESTAMPS:
            assert conn.execute("select etl.try_timestamptz(%s)", (value,)).fetchone()[0] == python_timestamp(value), (
                value
            )


@pytest.mark.parametrize("value", ["1", "5", " 3 ", "0", "6", "high", "2.5", "03", "-1", ""])
def test_triage_levels_follow_one_rule(value):
    expected = value.strip() in {"1", "2", "3", "4", "5"}
    try:
        rules.parse_triage_level(value)
        accepted = True
    except rules.RuleError:
        accepted = False
    assert accepted == expected


def test_states_and_lgas_resolve_the_same_way(database_url):
    cases = [
        ("LAGOS", "ikeja"),
        ("Abuja", "abuja municipal area council"),
        ("lagos state", "Dala"),
        ("Atlantis", "X"),
        ("kano", " DALA "),
        ("Akwa-Ibom", "Uyo"),
        ("Nassarawa", "Lafia"),
    ]
    with psycopg.connect(database_url) as conn:
        for state_text, lga_text in cases:
            row = conn.execute(
                "select st.state, lg.lga from (select 1) as one"
                " left join etl.ref_state_aliases st on st.alias = etl.fold(%s)"
                " left join etl.ref_lgas lg on lg.state = st.state and lg.lga_key = etl.lga_key(%s)",
                (state_text, lga_text),
            ).fetchone()
            try:
                state = rules.canonical_state(state_text)
            except rules.RuleError:
                state = None
            try:
                lga = rules.canonical_lga(state, lga_text) if state else None
            except rules.RuleError:
                lga = None
            assert row == (state, lga), (state_text, lga_text)


# ---------------------------------------------------------------- every reason code, bulk vs single row
# Each corpus row is a good baseline row with one column replaced; the bulk pipeline's reason code
# for it must be the one elt.rules gives for that value. Codes that judge a row against other rows
# or tables (not one value) are proven by the named tests instead.
RELATIONAL_CODES = {
    "bad_row_shape": "test_rejections.py::test_a_ragged_row_is_rejected_and_its_neighbours_load",
    "unknown_facility": "fixtures.py (PATIENTS row 7)",
    "unknown_patient": "test_scope.py::test_child_rows_may_name_only_a_patient_of_the_uploaders_facility",
    "facility_code_conflict": "test_rejections.py::test_a_facility_code_already_held_by_another_facility_is_rejected",
    "duplicate_in_batch": "fixtures.py (PATIENTS row 8)",
    "outside_facility_scope": "test_scope.py",
}  # files under tests/elt/pipeline/
TEXTS = ["", "   ", "x", "Ada"]
EMAILS = ["a@b.ng", "a@b", "a b@c.ng", "a@@b.ng", "ä@ü.ng", " a@b.ng ", "@b.ng", "a@b.", "a@.ng"]
PHONES = ["08031234567", "12345", "+2348031234567", "0803 123 4567", "+44 20 7946 0958", "abc", ""]
DOBS = ["1990-01-01", "31/12/1990", "2990-01-01", "1899-12-31", "1900-01-01", "2024-02-30", "abc", ""]
STAMPS = ["2024-01-05T10:20:30Z", "2024-01-05", "2024-01-05 25:00", "yesterday", "", "2024-01-05T10:20+01:00"]


def _row_rules(today: date):
    """entity → (baseline row, {column: (values, python rule returning the value or raising RuleError)})."""

    def dob(value: str):
        return rules.check_dob(rules.parse_date(value, "dob"), today=today)

    def lga(value: str):
        return rules.canonical_lga("Lagos", value)

    def lga_of(state: str):
        return rules.canonical_lga(state, "Ikeja")

    return {
        "facilities": (
            {"name": "Clinic", "state": "Lagos", "lga": "Ikeja", "lat": "", "lon": "", "phone": "", "email": ""},
            {
                "name": (TEXTS, lambda v: rules.required(v, "name")),
                # the LGA stays Ikeja, so a valid state other than Lagos makes it unknown_lga, in both
                "state": (["Lagos", "lagos state", "Atlantis", "", "FCT"], lambda v: lga_of(rules.canonical_state(v))),
                "lga": (["Ikeja", " IKEJA ", "Dala", "", "Ikeja-x"], lga),
                "lat": (["6.5", "-91", "91", "abc", "", "90"], lambda v: rules.parse_coordinate(v, "lat")),
                "lon": (["3.3", "-181", "180", "1e3", ""], lambda v: rules.parse_coordinate(v, "lon")),
                "phone": (PHONES, rules.normalize_phone),
                "email": (EMAILS, rules.check_email),
            },
        ),
        "patients": (
            {"facility_code": "NG-LA-0001", "first_name": "Ada", "last_name": "Obi", "sex": "F", "dob": "1990-01-01"},
            {
                "first_name": (TEXTS, lambda v: rules.required(v, "first_name")),
                "sex": (["F", "male", " o ", "X", "", "Other", "fem"], rules.parse_sex),
                "dob": (DOBS, dob),
                "phone": (PHONES, rules.normalize_phone),
                "email": (EMAILS, rules.check_email),
            },
        ),
        "workers": (
            {"facility_code": "NG-LA-0001", "first_name": "Ada", "last_name": "Obi", "cadre": "nurse"},
            {
                "cadre": (["nurse", "Community  Health Extension Worker", "surgeon", ""], rules.parse_cadre),
                "active": (["yes", "N", "0", "maybe", "", "TRUE", "2"], rules.parse_bool),
                "last_name": (TEXTS, lambda v: rules.required(v, "last_name")),
            },
        ),
        "medical_records": (
            {"facility_code": "NG-LA-0001", "patient_number": "P-1", "record_type": "Consultation"},
            {
                "record_type": (["lab result", "Surgery", "", "  Referral  "], rules.parse_record_type),
                "recorded_at": (STAMPS, lambda v: rules.parse_timestamp(v, "recorded_at")),
                "icd10_code": (["B54", "a01.0", "A010", "ABC", "A01.", "A0.10", "", "Z99.9"], rules.check_icd10),
            },
        ),
        "triage_visits": (
            {"facility_code": "NG-LA-0001", "patient_number": "P-1", "triage_level": "3", "visited_at": "2024-05-01"},
            {
                "triage_level": (["1", " 5 ", "0", "6", "high", "2.5", ""], rules.parse_triage_level),
                "likely_conditions": (['["a"]', "a; b", "[oops", '{"a": 1}', ""], lambda v: rules.parse_list(v, "x")),
                "language": (["en", "HA", "fr", ""], rules.parse_language),
                "visited_at": (STAMPS[:4], lambda v: rules.parse_timestamp(v, "visited_at")),
            },
        ),
    }


KEY_COLUMN = {"facilities": None, "patients": "patient_number", "workers": "staff_number",
              "medical_records": "record_ref", "triage_visits": "visit_ref"}  # fmt: skip


def _python_code(rule, value: str) -> str | None:
    try:
        rule(value)
    except rules.RuleError as error:
        return error.code
    return None


@pytest.fixture
def bulk(clean_db, empty_bucket, settings, s3_client) -> Harness:
    return Harness(settings, s3_client, clean_db)


def test_every_value_rule_gives_the_same_reason_code_in_bulk_and_single_row(bulk):
    harness = bulk
    today = datetime.now(UTC).date()
    harness.upload("facilities.csv", "name,state,lga,facility_code\nGeneral Hospital Ikeja,Lagos,Ikeja,NG-LA-0001\n")
    harness.upload(
        "patients.csv", "facility_code,patient_number,first_name,last_name,sex,dob\nNG-LA-0001,P-1,A,B,F,1990-01-01\n"
    )
    harness.run()
    expected: dict[tuple[str, int], str | None] = {}
    for entity, (baseline, columns) in _row_rules(today).items():
        header = sorted({*baseline, *columns, *([KEY_COLUMN[entity]] if KEY_COLUMN[entity] else [])})
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        row_number = 1
        for column, (values, rule) in columns.items():
            for value in values:
                row_number += 1
                row = {**baseline, column: value}
                if KEY_COLUMN[entity]:
                    row[KEY_COLUMN[entity]] = f"K-{row_number}"
                else:  # facilities: the name is the key
                    row["name"] = row["name"] if column == "name" else f"Clinic {row_number}"
                    if column == "name" and value.strip():
                        row["name"] = f"{value} {row_number}"
                writer.writerow([row.get(name, "") for name in header])
                expected[(entity, row_number)] = _python_code(rule, value)
        harness.upload(f"{entity}_rules.csv", buffer.getvalue())
    summary = harness.run()
    found = {(entity, row): code for entity, row, code in harness.rejected(summary.batch_id)}
    disagreements = {key: (found.get(key), python) for key, python in expected.items() if found.get(key) != python}
    assert disagreements == {}
    produced = {code for code in expected.values() if code}
    sql_codes = set()
    for path in (Path(rules.__file__).parent / "pipeline" / "sql").glob("*.sql"):
        # every etl.problem literal: (code, column or null, message)
        sql_codes |= set(re.findall(r"\(\s*'([a-z_0-9]+)',\s*(?:'[a-z_0-9]*'|null),", path.read_text()))
    assert sql_codes - set(RELATIONAL_CODES) == produced, "every value-level reason code is produced by the corpus"
    assert set(RELATIONAL_CODES) <= sql_codes
