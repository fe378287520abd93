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

research.condition_profile (all time, chapter × age band × sex × LGA/state): the people CP-* have
cellulitis records only (L03.0, chapter XII, which the generated sample never codes), all born
1980, so aged 39 (30-39) in April and May 2019:
  Ikeja     5 women, CP-I0 with a record in April and one in May: exactly k, released with its LGA,
            5 people and 6 records.
  Surulere  1 woman: under k alone; at state level she is the only Lagos woman left, suppressed.
  Dala      3 men, Fagge 2 men: each LGA under k, together 5 in Kano: released with lga null.
  Ibadan N. 4 women in Oyo: under k at both levels, absent.
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

IN_MAY = "2019-05-14T10:00:00+01:00"
CONDITION_FACILITIES = {
    "CP-IKEJA": ("Profile Ikeja Health Centre", "Lagos", "Ikeja", "", ""),
    "CP-SURULERE": ("Profile Surulere Health Centre", "Lagos", "Surulere", "", ""),
    "CP-DALA": ("Profile Dala Health Centre", "Kano", "Dala", "", ""),
    "CP-FAGGE": ("Profile Fagge Health Centre", "Kano", "Fagge", "", ""),
    "CP-IBADAN": ("Profile Ibadan Health Centre", "Oyo", "Ibadan North", "", ""),
}
# patient_number: (facility, sex, [recorded_at of each L03.0 record, …])
CONDITION_PEOPLE: dict[str, tuple[str, str, list[str]]] = {
    "CP-I0": ("CP-IKEJA", "F", [AT_TEN, IN_MAY]),
    **{f"CP-I{n}": ("CP-IKEJA", "F", [AT_TEN]) for n in range(1, 5)},
    "CP-S0": ("CP-SURULERE", "F", [AT_TEN]),
    **{f"CP-D{n}": ("CP-DALA", "M", [AT_TEN]) for n in range(3)},
    **{f"CP-G{n}": ("CP-FAGGE", "M", [AT_TEN]) for n in range(2)},
    **{f"CP-O{n}": ("CP-IBADAN", "F", [AT_TEN]) for n in range(4)},
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
# research.condition_profile, chapter XII: (age_band, sex, state, lga, patient_count, record_count)
EXPECTED_PROFILE = {("30-39", "F", "Lagos", "Ikeja", 5, 6), ("30-39", "M", "Kano", None, 5, 5)}


def append_dashboard_rows(csv_dir: Path) -> None:
    """Add the facilities, patients, records and visits above to the sample's CSVs."""
    rows: dict[str, list[dict[str, str]]] = {
        "facilities": [],
        "patients": [],
        "medical_records": [],
        "triage_visits": [],
    }
    for code, (name, state, lga, lat, lon) in {**FACILITIES, **CONDITION_FACILITIES}.items():
        rows["facilities"].append({"name": name, "state": state, "lga": lga, "type": "Primary Health Centre",
                                   "lat": lat, "lon": lon, "facility_code": code, "ownership": "public",
                                   "phone": "", "email": "", "address": ""})  # fmt: skip
    for number, (facility, visits, records) in PEOPLE.items():
        rows["patients"].append(_patient(number, facility, "F"))
        for n, (level, at) in enumerate(visits):
            rows["triage_visits"].append({**_ref(facility), "patient_number": number, "triage_level": level,
                                          "visit_ref": f"TV-{number}-{n}", "likely_conditions": "Fever",
                                          "recommendations": "", "language": "en", "provider": "Nurse Map",
                                          "visited_at": at})  # fmt: skip
        rows["medical_records"] += [_record(number, facility, n, AT_TEN, "B54", "Malaria") for n in range(records)]
    for number, (facility, sex, dates) in CONDITION_PEOPLE.items():
        rows["patients"].append(_patient(number, facility, sex))
        rows["medical_records"] += [
            _record(number, facility, n, at, "L03.0", "Cellulitis") for n, at in enumerate(dates)
        ]
    for entity, new_rows in rows.items():
        path = csv_dir / f"{entity}.csv"
        with path.open("a", encoding="utf-8", newline="") as handle:
            csv.DictWriter(handle, fieldnames=list(COLUMNS[entity]), lineterminator="\n").writerows(new_rows)


def _ref(facility: str) -> dict[str, str]:
    return {"facility_code": facility, "facility_name": "", "facility_state": "", "facility_lga": ""}


def _patient(number: str, facility: str, sex: str) -> dict[str, str]:
    return {**_ref(facility), "first_name": "Map", "last_name": number, "sex": sex, "dob": "1980-01-10",
            "patient_number": number, "phone": "", "email": "", "address": ""}  # fmt: skip


def _record(number: str, facility: str, n: int, at: str, icd10: str, diagnosis: str) -> dict[str, str]:
    return {**_ref(facility), "patient_number": number, "record_type": "Consultation", "record_ref": f"MR-{number}-{n}",
            "recorded_at": at, "diagnosis": diagnosis, "icd10_code": icd10, "treatment": "", "medications": "",
            "notes": "seen"}  # fmt: skip
