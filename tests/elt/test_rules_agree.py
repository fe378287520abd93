"""The API's single-row rules (elt.rules) and the bulk path's SQL rules give the same answers."""

import random
from datetime import date

import psycopg
import pytest

from elt import rules
from elt.pipeline.phones import needs_library, ng_national_pattern

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
