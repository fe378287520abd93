"""A research sample built to contain dense, mergeable and rare combinations (May 2019, a month the
generated sample never reaches), with the expected releases worked out by hand for k = 5.

  dense    8 women aged 34 at one Lagos/Ikeja primary facility: released with their LGA.
  merged   3 men aged 39 at a Kano/Dala facility and 3 at a Kano/Fagge one: each LGA cell holds
           3 < 5 people, together 6 in Kano, so they are released with lga null.
  rare     a woman of 95 at the Ikeja facility and a person of sex Other aged 94 at Dala: alone
           in their cells at any level, so suppressed.
"""

from __future__ import annotations

from pathlib import Path

from dbt_testdata import write_csv

from elt.sample import COLUMNS

MONTH = "2019-05"
FACILITIES = {
    "RS-IKEJA": ("Research Dense Health Centre", "Lagos", "Ikeja"),
    "RS-DALA": ("Research Dala Health Centre", "Kano", "Dala"),
    "RS-FAGGE": ("Research Fagge Health Centre", "Kano", "Fagge"),
}
# patient_number: (facility_code, sex, dob, triage_level, icd10 or "")
PATIENTS: dict[str, tuple[str, str, str, str, str]] = {
    **{f"RS-DENSE-{n}": ("RS-IKEJA", "F", "1985-01-10", "4", "B54") for n in range(8)},
    **{f"RS-DALA-{n}": ("RS-DALA", "M", "1980-01-10", "3", "B54") for n in range(3)},
    **{f"RS-FAGGE-{n}": ("RS-FAGGE", "M", "1980-01-10", "3", "B54") for n in range(3)},
    "RS-RARE-95": ("RS-IKEJA", "F", "1924-01-10", "4", ""),
    "RS-RARE-OTHER": ("RS-DALA", "Other", "1925-01-10", "3", ""),
}
DENSE = [number for number in PATIENTS if number.startswith("RS-DENSE")]
MERGED = [number for number in PATIENTS if number.startswith(("RS-DALA", "RS-FAGGE"))]
RARE = ["RS-RARE-95", "RS-RARE-OTHER"]


def append_research_rows(csv_dir: Path) -> None:
    """Add the research facilities, patients, records and visits to the sample's CSVs."""
    facilities = [
        {"name": name, "state": state, "lga": lga, "type": "Primary Health Centre", "lat": "", "lon": "",
         "facility_code": code, "ownership": "public", "phone": "", "email": "", "address": ""}
        for code, (name, state, lga) in FACILITIES.items()
    ]  # fmt: skip
    patients, records, visits = [], [], []
    for number, (facility, sex, dob, level, icd10) in PATIENTS.items():
        ref = {"facility_code": facility, "facility_name": "", "facility_state": "", "facility_lga": ""}
        patients.append({**ref, "first_name": "Research", "last_name": number, "sex": sex, "dob": dob,
                         "patient_number": number, "phone": "", "email": "", "address": ""})  # fmt: skip
        visits.append({**ref, "patient_number": number, "triage_level": level, "visit_ref": f"TV-{number}",
                       "likely_conditions": "Fever", "recommendations": "", "language": "en",
                       "provider": "Nurse Research", "visited_at": "2019-05-14T10:00:00+01:00"})  # fmt: skip
        if icd10:
            records.append({**ref, "patient_number": number, "record_type": "Consultation",
                            "record_ref": f"MR-{number}", "recorded_at": "2019-05-14T10:30:00+01:00",
                            "diagnosis": "Malaria", "icd10_code": icd10, "treatment": "", "medications": "",
                            "notes": "seen"})  # fmt: skip
    for entity, rows in (
        ("facilities", facilities),
        ("patients", patients),
        ("medical_records", records),
        ("triage_visits", visits),
    ):
        path = csv_dir / f"{entity}.csv"
        existing = path.read_text(encoding="utf-8").splitlines()[1:] if path.exists() else []
        write_csv(path, rows, COLUMNS[entity])
        if existing:
            with path.open("a", encoding="utf-8") as handle:
                handle.write("\n".join(existing) + "\n")
