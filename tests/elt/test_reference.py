"""The Nigerian state/LGA reference lists and their loaders."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from elt.reference import (
    LGAS_CSV,
    STATE_ALIASES_CSV,
    canonical_lga,
    canonical_state,
    lga_key,
    load_lgas,
    load_state_aliases,
)

# LGAs per state as fixed by the 1999 Constitution (First Schedule, Part I), typed in by hand.
CONSTITUTIONAL_COUNTS = {
    "Abia": 17, "Adamawa": 21, "Akwa Ibom": 31, "Anambra": 21, "Bauchi": 20, "Bayelsa": 8, "Benue": 23,
    "Borno": 27, "Cross River": 18, "Delta": 25, "Ebonyi": 13, "Edo": 18, "Ekiti": 16, "Enugu": 17,
    "FCT": 6, "Gombe": 11, "Imo": 27, "Jigawa": 27, "Kaduna": 23, "Kano": 44, "Katsina": 34, "Kebbi": 21,
    "Kogi": 21, "Kwara": 16, "Lagos": 20, "Nasarawa": 13, "Niger": 25, "Ogun": 20, "Ondo": 18, "Osun": 30,
    "Oyo": 33, "Plateau": 17, "Rivers": 23, "Sokoto": 23, "Taraba": 16, "Yobe": 17, "Zamfara": 14,
}  # fmt: skip


def read_raw(path) -> tuple[bytes, list[list[str]]]:
    raw = path.read_bytes()
    return raw, list(csv.reader(raw.decode("utf-8").splitlines()))


def test_lga_list_has_37_states_and_774_lgas_with_constitutional_counts():
    lgas = load_lgas()
    assert len(lgas) == 774
    assert len(set(lgas)) == 774
    assert Counter(state for state, _ in lgas) == CONSTITUTIONAL_COUNTS
    assert sum(CONSTITUTIONAL_COUNTS.values()) == 774


@pytest.mark.parametrize(
    ("state", "lga"),
    [
        ("Lagos", "Ikeja"),
        ("Lagos", "Ibeju-Lekki"),
        ("Kano", "Dala"),
        ("Kano", "Nasarawa"),
        ("FCT", "Abuja Municipal Area Council"),
        ("FCT", "Bwari"),
        ("Oyo", "Surulere"),
        ("Katsina", "Katsina"),
        ("Ogun", "Ado-Odo/Ota"),
        ("Rivers", "Obio/Akpor"),
    ],
)
def test_well_known_lgas_are_listed_under_their_state(state, lga):
    assert (state, lga) in load_lgas()


def test_csv_files_are_utf8_lf_with_the_documented_headers():
    for path, header in ((LGAS_CSV, ["state", "lga"]), (STATE_ALIASES_CSV, ["alias", "state"])):
        raw, rows = read_raw(path)
        assert b"\r" not in raw
        assert rows[0] == header
        assert all(len(row) == 2 and all(cell.strip() == cell != "" for cell in row) for row in rows[1:])


def test_lga_keys_are_unique_within_each_state():
    keys = Counter((state, lga_key(lga)) for state, lga in load_lgas())
    assert [key for key, count in keys.items() if count > 1] == []


def test_every_state_has_its_own_name_and_name_state_as_aliases():
    aliases = load_state_aliases()
    for state in CONSTITUTIONAL_COUNTS:
        assert aliases[state.lower()] == state
        assert aliases[f"{state.lower()} state"] == state


def test_aliases_are_lower_case_and_point_at_listed_states():
    aliases = load_state_aliases()
    assert all(alias == alias.lower().strip() for alias in aliases)
    assert set(aliases.values()) == set(CONSTITUTIONAL_COUNTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LAGOS", "Lagos"),
        ("  lagos   STATE ", "Lagos"),
        ("Abuja", "FCT"),
        ("Federal Capital Territory", "FCT"),
        ("F.C.T", "FCT"),
        ("fct abuja", "FCT"),
        ("Nassarawa", "Nasarawa"),
        ("akwa-ibom", "Akwa Ibom"),
        ("Akwa\tIbom", "Akwa Ibom"),
        ("cross-river", "Cross River"),
        ("Cross River State", "Cross River"),
        ("Lagoss", None),
        ("Ikeja", None),
        ("", None),
        (None, None),
    ],
)
def test_canonical_state_ignores_case_and_spacing_and_knows_aliases(text, expected):
    assert canonical_state(text) == expected


@pytest.mark.parametrize(
    ("state", "text", "expected"),
    [
        ("Lagos", "  IKEJA ", "Ikeja"),
        ("lagos state", "ibeju  lekki", "Ibeju-Lekki"),
        ("Lagos", "Ibeju/Lekki", "Ibeju-Lekki"),
        ("Ogun", "ado odo ota", "Ado-Odo/Ota"),
        ("Kano", "dala", "Dala"),
        ("abuja", "abuja municipal area council", "Abuja Municipal Area Council"),
        ("Kaduna", "JEMAA", "Jema'a"),
        ("Oyo", "SURULERE", "Surulere"),
        ("Lagos", "Dala", None),
        ("Kano", "Ikeja", None),
        ("Atlantis", "Ikeja", None),
        ("Lagos", "", None),
        ("Lagos", None, None),
    ],
)
def test_canonical_lga_matches_within_the_state_only(state, text, expected):
    assert canonical_lga(state, text) == expected


def test_loaders_return_copies_callers_cannot_corrupt():
    load_lgas().clear()
    load_state_aliases().clear()
    assert len(load_lgas()) == 774
    assert canonical_state("Abuja") == "FCT"
