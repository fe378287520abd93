"""Test data for the dbt tests and the expected values, computed in plain Python from the CSVs.

The expected values deliberately re-derive everything from the CSV text (facility lookups,
ages, local dates, priorities, condition lists) without SQL, so they check the models rather
than repeat them.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg

from elt.pipeline import run_pipeline
from elt.s3 import s3_client
from elt.sample import COLUMNS, write_sample
from elt.settings import Settings

ENTITY_FILES = ("facilities", "patients", "workers", "medical_records", "triage_visits")
LAGOS = ZoneInfo("Africa/Lagos")
PRIORITY = {"1": "Critical", "2": "High", "3": "Medium", "4": "Low", "5": "Low"}

# A facility with a hand-made daily series of Medium (level 3) triage visits, for the moving average.
SERIES_FACILITY = {
    "name": "Moving Average Test Clinic", "state": "Lagos", "lga": "Ikeja", "type": "Private Clinic",
    "lat": "6.601000", "lon": "3.351000", "facility_code": "NHFR-SERIES-1", "ownership": "private",
    "phone": "", "email": "", "address": "1 Test Road, Ikeja, Lagos",
}  # fmt: skip
SERIES_PATIENT = {
    "facility_code": "NHFR-SERIES-1", "facility_name": "", "facility_state": "", "facility_lga": "",
    "first_name": "Series", "last_name": "Patient", "sex": "F", "dob": "1990-05-17",
    "patient_number": "PN-SERIES-1", "phone": "", "email": "", "address": "",
}  # fmt: skip
# Visits per day: 3 on 1 March, 5 on the 3rd, 2 on the 5th, 7 on the 10th, 1 on the 11th, 4 on the 17th.
SERIES_COUNTS = {
    date(2024, 3, 1): 3, date(2024, 3, 3): 5, date(2024, 3, 5): 2,
    date(2024, 3, 10): 7, date(2024, 3, 11): 1, date(2024, 3, 17): 4,
}  # fmt: skip
# The 7-day moving average of that series, worked out by hand: (visits from day-6 to day) / 7.
SERIES_MOVING_AVERAGE = {
    date(2024, 3, 1): 3 / 7,  # 3
    date(2024, 3, 3): 8 / 7,  # 3 + 5
    date(2024, 3, 5): 10 / 7,  # 3 + 5 + 2
    date(2024, 3, 10): 9 / 7,  # 2 (5th) + 7
    date(2024, 3, 11): 10 / 7,  # 2 + 7 + 1
    date(2024, 3, 17): 5 / 7,  # 1 (11th) + 4
}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, rows: list[dict[str, str]], columns: tuple[str, ...] | list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def make_sample(out_dir: Path, *, seed: int, patients: int, records: int, triage: int) -> date:
    """The generator's sample plus the hand-made series; returns the sample's reference date."""
    manifest = write_sample(
        out_dir,
        facilities=24,
        patients=patients,
        workers=patients // 10,
        records=records,
        triage=triage,
        seed=seed,
        bad_rows=0.0,
    )
    _append(out_dir / "facilities.csv", [SERIES_FACILITY])
    _append(out_dir / "patients.csv", [SERIES_PATIENT])
    visits = []
    for day, count in SERIES_COUNTS.items():
        for n in range(count):
            visits.append({
                "facility_code": "NHFR-SERIES-1", "patient_number": "PN-SERIES-1", "triage_level": "3",
                "visit_ref": f"TV-SERIES-{day:%m%d}-{n}", "likely_conditions": "Malaria",
                "recommendations": "Drink plenty of fluids", "language": "en", "provider": "Nurse Test",
                "visited_at": f"{day.isoformat()}T{8 + n:02d}:15:00+01:00",
            })  # fmt: skip
    _append(out_dir / "triage_visits.csv", visits)
    return date.fromisoformat(manifest.reference_date)


def _append(path: Path, rows: list[dict[str, str]]) -> None:
    columns = COLUMNS[path.stem]
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n", restval="")
        writer.writerows(rows)


def load_rows(database_url: str, csv_dir: Path, settings: Settings) -> None:
    """Load the entity CSVs in csv_dir into the production tables the way production does:
    upload them under the input prefix and run the ingest pipeline once (upserts on natural keys)."""
    s3 = s3_client(settings)
    for entity in ENTITY_FILES:
        path = csv_dir / f"{entity}.csv"
        if path.exists():
            s3.upload_file(str(path), settings.s3_bucket, f"{settings.input_prefix}{entity}.csv")
    with psycopg.connect(database_url, autocommit=True) as conn:
        summary = run_pipeline(conn, s3, settings, skip_dbt=True, triggered_by="tests")  # the tests run dbt
    assert summary.status == "completed", summary.error
    rejected = {item["key"]: item["rejected_by_reason"] for item in summary.files if item["rejected_by_reason"]}
    assert not rejected, f"the test data must be clean, rejected: {rejected}"


# ------------------------------------------------------------------------------------ expected values


class Sample:
    """The CSVs of one directory, with the lookups the expected values need."""

    def __init__(self, csv_dir: Path) -> None:
        self.facilities = read_csv(csv_dir / "facilities.csv")
        self.patients = read_csv(csv_dir / "patients.csv")
        self.triage = read_csv(csv_dir / "triage_visits.csv")
        by_code = {row["facility_code"]: row for row in self.facilities}
        by_triple = {(row["name"], row["state"], row["lga"]): row for row in self.facilities}
        self._by_code, self._by_triple = by_code, by_triple

    def facility_of(self, row: dict[str, str]) -> dict[str, str]:
        if row.get("facility_code"):
            return self._by_code[row["facility_code"]]
        return self._by_triple[(row["facility_name"], row["facility_state"], row["facility_lga"])]

    def patients_per_facility(self) -> dict[str, int]:
        return dict(Counter(self.facility_of(row)["facility_code"] for row in self.patients))

    def age_group_counts(self, as_of: date) -> dict[str, int]:
        return dict(Counter(age_group(age_on(parse_dob(row["dob"]), as_of)) for row in self.patients))

    def priority_counts_per_day(self) -> dict[tuple[date, str], int]:
        counts: Counter[tuple[date, str]] = Counter()
        for row in self.triage:
            local_day = datetime.fromisoformat(row["visited_at"]).astimezone(LAGOS).date()
            counts[(local_day, PRIORITY[row["triage_level"]])] += 1
        return dict(counts)

    def top_conditions_per_state(self, top: int) -> dict[str, list[str]]:
        per_state: dict[str, Counter[str]] = defaultdict(Counter)
        for row in self.triage:
            state = self.facility_of(row)["state"]
            per_state[state].update(set(condition_list(row["likely_conditions"])))
        return {
            state: [name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]]
            for state, counts in per_state.items()
        }

    def acuity_per_facility(self) -> dict[str, str]:
        """Acuity bands by the mean triage level, rounded to the nearest level: 1–2 High, 3 Medium, 4–5 Low."""
        levels: dict[str, list[int]] = defaultdict(list)
        for row in self.triage:
            levels[self.facility_of(row)["facility_code"]].append(int(row["triage_level"]))
        bands = {}
        for row in self.facilities:
            values = levels.get(row["facility_code"])
            if not values:
                bands[row["facility_code"]] = "No triage"
                continue
            twice_mean = 2 * sum(values) / len(values)  # compare 2·mean with 5 and 7: no float rounding at the edges
            bands[row["facility_code"]] = "High" if twice_mean < 5 else "Medium" if twice_mean < 7 else "Low"
        return bands


def parse_dob(text: str) -> date:
    if "/" in text:
        return datetime.strptime(text, "%d/%m/%Y").date()
    return date.fromisoformat(text)


def age_on(dob: date, day: date) -> int | None:
    if dob > day:
        return None
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def age_group(age: int | None) -> str:
    if age is None:
        return "Unknown"
    for limit, name in ((0, "Infant"), (12, "Child"), (17, "Adolescent"), (64, "Adult")):
        if age <= limit:
            return name
    return "Senior"


def condition_list(text: str) -> list[str]:
    """A CSV list cell (JSON array or semicolon-separated) as lower-case condition names."""
    items = json.loads(text) if text.strip().startswith("[") else text.split(";")
    return [" ".join(str(item).split()).lower() for item in items if str(item).strip()]
