"""A hand-made sample for the dashboards' research models (April 2019, which the generated sample
never reaches), with the expected releases worked out by hand for k = 5.

  FM-BUSY     Lagos/Ikeja, 6 people: on 10 April p0 Critical twice, p1 and p2 High, p3 Medium, p4
              and p5 Low; records for p0, p1, p2. Map: 7 visits, 3 records, 6 people, share 4/7.
  FM-FEW      Kano/Dala, no coordinates, 4 people with one High visit and one record each: under k,
              so the map withholds its counts.
  FM-QUARTER  Kano/Fagge, 8 people on 10 April: q0, q1 High, q2–q7 Low; q7's visit is at 23:30 UTC
              on the 9th, 00:30 on the 10th in Lagos. Map: share 2/8 = 0.25 exactly (Medium).
  FM-RECORDS  Lagos/Ikeja, 5 people with one record each and no visit: no share, no acuity.

Daily cells of 10 April (Primary, k = 5): Low at Fagge holds 6 people (q2–q7) and keeps its LGA;
High at Fagge (2) and at Dala (4) are under k alone and make one Kano row of 6; every Ikeja cell
(at most 2 people) stays under k, with Lagos too, so nothing of FM-BUSY is released by day.
"""

from __future__ import annotations

import csv
from pathlib import Path

from elt.sample import COLUMNS

DAY = "2019-04-10"
# code: (name, state, lga, lat, lon)
FACILITIES = {
    "FM-BUSY": ("Map Busy Health Centre", "Lagos", "Ikeja", "6.601000", "3.351000"),
    "FM-FEW": ("Map Few Health Centre", "Kano", "Dala", "", ""),
    "FM-QUARTER": ("Map Quarter Health Centre", "Kano", "Fagge", "12.010000", "8.520000"),
    "FM-RECORDS": ("Map Records Health Centre", "Lagos", "Ikeja", "6.610000", "3.360000"),
}
AT_TEN = f"{DAY}T10:00:00+01:00"
# patient_number: (facility, [(triage_level, visited_at), …], records)
PEOPLE: dict[str, tuple[str, list[tuple[str, str]], int]] = {
    "FM-P0": ("FM-BUSY", [("1", AT_TEN), ("1", f"{DAY}T15:00:00+01:00")], 1),
    "FM-P1": ("FM-BUSY", [("2", AT_TEN)], 1),
    "FM-P2": ("FM-BUSY", [("2", AT_TEN)], 1),
    "FM-P3": ("FM-BUSY", [("3", AT_TEN)], 0),
    "FM-P4": ("FM-BUSY", [("4", AT_TEN)], 0),
    "FM-P5": ("FM-BUSY", [("5", AT_TEN)], 0),
    **{f"FM-F{n}": ("FM-FEW", [("2", AT_TEN)], 1) for n in range(4)},
    "FM-Q0": ("FM-QUARTER", [("2", AT_TEN)], 0),
    "FM-Q1": ("FM-QUARTER", [("2", AT_TEN)], 0),
    **{f"FM-Q{n}": ("FM-QUARTER", [("4", AT_TEN)], 0) for n in range(2, 7)},
    "FM-Q7": ("FM-QUARTER", [("4", "2019-04-09T23:30:00+00:00")], 0),
    **{f"FM-R{n}": ("FM-RECORDS", [], 1) for n in range(5)},
}

# research.triage_daily on DAY: (priority, state, lga, patient_count, visit_count)
EXPECTED_DAILY = {("Low", "Kano", "Fagge", 6, 6), ("High", "Kano", None, 6, 6)}
# research.facility_map: code -> (visit_count, record_count, patient_count, critical_high_share, acuity_category)
EXPECTED_MAP = {
    "FM-BUSY": (7, 3, 6, 0.5714, "High acuity"),  # 4/7 = 0.571428…
    "FM-FEW": (None, None, None, None, None),
    "FM-QUARTER": (8, 0, 8, 0.25, "Medium acuity"),
    "FM-RECORDS": (0, 5, 5, None, None),
}


def append_dashboard_rows(csv_dir: Path) -> None:
    """Add the facilities, patients, records and visits above to the sample's CSVs."""
    rows: dict[str, list[dict[str, str]]] = {
        "facilities": [],
        "patients": [],
        "medical_records": [],
        "triage_visits": [],
    }
    for code, (name, state, lga, lat, lon) in FACILITIES.items():
        rows["facilities"].append({"name": name, "state": state, "lga": lga, "type": "Primary Health Centre",
                                   "lat": lat, "lon": lon, "facility_code": code, "ownership": "public",
                                   "phone": "", "email": "", "address": ""})  # fmt: skip
    for number, (facility, visits, records) in PEOPLE.items():
        ref = {"facility_code": facility, "facility_name": "", "facility_state": "", "facility_lga": ""}
        rows["patients"].append({**ref, "first_name": "Map", "last_name": number, "sex": "F", "dob": "1980-01-10",
                                 "patient_number": number, "phone": "", "email": "", "address": ""})  # fmt: skip
        for n, (level, at) in enumerate(visits):
            rows["triage_visits"].append({**ref, "patient_number": number, "triage_level": level,
                                          "visit_ref": f"TV-{number}-{n}", "likely_conditions": "Fever",
                                          "recommendations": "", "language": "en", "provider": "Nurse Map",
                                          "visited_at": at})  # fmt: skip
        for n in range(records):
            rows["medical_records"].append({**ref, "patient_number": number, "record_type": "Consultation",
                                            "record_ref": f"MR-{number}-{n}", "recorded_at": AT_TEN,
                                            "diagnosis": "Malaria", "icd10_code": "B54", "treatment": "",
                                            "medications": "", "notes": "seen"})  # fmt: skip
    for entity, new_rows in rows.items():
        path = csv_dir / f"{entity}.csv"
        with path.open("a", encoding="utf-8", newline="") as handle:
            csv.DictWriter(handle, fieldnames=list(COLUMNS[entity]), lineterminator="\n").writerows(new_rows)
